package id.payung.ui.settings;

import id.payung.domain.Formats;
import id.payung.service.InvalidInputException;
import id.payung.service.OfficeLogo;
import id.payung.service.RegionImportService;
import id.payung.ui.I18n;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** Pengaturan: the office on printouts (name, town, address, logo), the regency whose NIKs are local, language and year at start, the backup folder, the region list, and "about". */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Path databaseFile;
    private final String version;
    private final Locale shownLocale;
    private final Consumer<Locale> languageSwitch;

    @FXML private ResourceBundle resources;
    @FXML private TextField officeField;
    @FXML private TextField regencyField;
    @FXML private javafx.scene.control.Label regencyLabel;
    @FXML private TextField placeField;
    @FXML private TextArea addressField;
    @FXML private javafx.scene.control.TextField headNameField;
    @FXML private javafx.scene.control.TextField headTitleField;
    @FXML private javafx.scene.control.TextField headNipField;
    @FXML private ComboBox<String> languageField;
    @FXML private TextField yearField;
    @FXML private ImageView logoView;
    @FXML private Label logoLabel;
    @FXML private Button removeLogoButton;
    @FXML private Label backupFolderLabel;
    @FXML private Label outcomeLabel;
    @FXML private Label regionsLabel;
    @FXML private Label aboutLabel;
    @FXML private javafx.scene.layout.VBox serverSection;
    @FXML private Label serverTitle;
    @FXML private Label backupFolderTitle;
    @FXML private javafx.scene.layout.GridPane officeGrid;
    @FXML private Button saveButton;
    @FXML private Label unsavedLabel;
    @FXML private Button importRegionsButton;
    private id.payung.ui.WriteAccess access = id.payung.ui.WriteAccess.writable();
    @FXML private javafx.scene.layout.HBox backupFolderRow;
    private final ServerSettingsViewModel server;

    /**
     * @param shownLocale    the language the window shows now
     * @param languageSwitch shows the window in another language (after the start language was saved)
     */
    public SettingsView(SettingsViewModel model, Path databaseFile, String version, Locale shownLocale,
                        Consumer<Locale> languageSwitch) {
        this(model, databaseFile, version, shownLocale, languageSwitch, null);
    }

    /**
     * @param databaseFile the database file, or null when the window has a server open ({@code server}'s
     *                     {@link ServerSettingsViewModel#openNow()})
     * @param server       Basis data server (null: the section is left out)
     */
    public SettingsView(SettingsViewModel model, Path databaseFile, String version, Locale shownLocale,
                        Consumer<Locale> languageSwitch, ServerSettingsViewModel server) {
        this.server = server;
        this.model = model;
        this.databaseFile = databaseFile;
        this.version = version;
        this.shownLocale = shownLocale;
        this.languageSwitch = languageSwitch;
    }

    /**
     * Whether the database may be written: read-only (a provincial reader), the office's settings, the Simpan and
     * the region import are disabled and say why. The database server's address stays: it is this PC's.
     */
    public SettingsView writeAccess(id.payung.ui.WriteAccess writeAccess) {
        this.access = writeAccess;
        return this;
    }

    @FXML
    private void initialize() {
        officeField.textProperty().bindBidirectional(model.officeNameProperty());
        regencyField.textProperty().bindBidirectional(model.regencyCodeProperty());
        // A provincial reader's office is a province's: its code, under its own label, and no regency's example.
        regencyLabel.textProperty().bind(model.provinceProperty().map(p -> resources.getString("settings.province"))
                .orElse(resources.getString("settings.regency")));
        regencyField.promptTextProperty().bind(model.provinceProperty().orElse("53.10"));
        placeField.textProperty().bindBidirectional(model.placeProperty());
        // The example names the office's own town, or none: "Ruteng" was shown to every regency's office.
        placeField.promptTextProperty().bind(model.knownPlaceProperty().orElse(resources.getString("settings.place.prompt")));
        headTitleField.promptTextProperty().bind(model.knownHeadTitleProperty()
                .orElse(resources.getString("settings.headTitle.prompt")));
        addressField.textProperty().bindBidirectional(model.addressProperty());
        headNameField.textProperty().bindBidirectional(model.headNameProperty());
        headTitleField.textProperty().bindBidirectional(model.headTitleProperty());
        headNipField.textProperty().bindBidirectional(model.headNipProperty());
        yearField.textProperty().bindBidirectional(model.defaultYearProperty());
        languageField.getItems().setAll(LANGUAGES);
        languageField.valueProperty().addListener((obs, old, now) -> model.languageProperty().set(TAGS[index(now)]));
        model.languageProperty().addListener((obs, old, now) -> languageField.setValue(LANGUAGES["en".equals(now) ? 1 : 0]));
        languageField.setValue(LANGUAGES["en".equals(model.languageProperty().get()) ? 1 : 0]);
        showLogo(null);
        model.logoProperty().addListener((obs, old, now) -> showLogo(now));
        model.backupFolderProperty().addListener((obs, old, now) -> {
            backupFolderLabel.setText(now == null ? "" : now.toString());
            if (databaseFile != null) {
                aboutLabel.setText(MessageFormat.format(resources.getString("settings.about.text"), version,
                        databaseFile.toString(), now == null ? "" : now.toString()));
            }
        });
        model.outcomeProperty().addListener((obs, old, now) -> {
            // Only a save of the settings switches the window, to the language that was saved.
            if (now instanceof SettingsViewModel.Saved saved) {
                Locale chosen = I18n.fromTag(saved.settings().language());
                if (!chosen.getLanguage().equals(I18n.fromTag(shownLocale.getLanguage()).getLanguage())) {
                    languageSwitch.accept(chosen);
                }
            }
        });
        regionsLabel.textProperty().bind(model.regionCountsProperty().map(c -> MessageFormat.format(
                resources.getString("settings.regions.count"), Formats.count(c[0]), Formats.count(c[1]))));
        outcomeLabel.textProperty().bind(model.outcomeProperty().map(this::describe));
        model.outcomeProperty().addListener((obs, old, now) -> {
            outcomeLabel.getStyleClass().removeAll("form-error", "form-info");
            outcomeLabel.getStyleClass().add(now instanceof InvalidInputException ? "form-error" : "form-info");
        });
        // Simpan saves the fields above it, and only they wait for it (the logo and the backup folder are stored as
        // chosen): it is offered, and a line says so, only while one of them was changed (trial 18 #1).
        saveButton.disableProperty().bind(model.unsavedProperty().not());
        unsavedLabel.visibleProperty().bind(model.unsavedProperty());
        unsavedLabel.managedProperty().bind(model.unsavedProperty());
        access.guard(resources, officeGrid, saveButton, importRegionsButton);
        if (server != null) {
            serverSection.getChildren().setAll(new ServerSettingsPane(server, resources).root());
        } else {
            for (javafx.scene.Node n : new javafx.scene.Node[] {serverTitle, serverSection}) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }
        if (databaseFile != null) {
            aboutLabel.setText(MessageFormat.format(resources.getString("settings.about.text"), version,
                    databaseFile.toString(), databaseFile.getParent().resolve("backups").toString()));
        } else {
            // On a server this PC keeps no backups: the administrator backs the server up (pg_dump, docs/SERVER.md).
            for (javafx.scene.Node n : new javafx.scene.Node[] {backupFolderTitle, backupFolderRow}) {
                n.setVisible(false);
                n.setManaged(false);
            }
            aboutLabel.setText(MessageFormat.format(resources.getString("pgui.settings.about.server"), version,
                    server == null || server.openNow() == null ? "" : server.openNow().toString()));
        }
        model.load();
    }

    private static final String[] LANGUAGES = {"Bahasa Indonesia", "English"};
    private static final String[] TAGS = {"id", "en"};

    private static int index(String language) {
        return LANGUAGES[1].equals(language) ? 1 : 0;
    }

    private void showLogo(OfficeLogo logo) {
        removeLogoButton.setDisable(logo == null);
        if (logo == null) {
            logoView.setImage(null);
            logoLabel.setText(resources.getString("settings.logo.none"));
        } else {
            logoView.setImage(new Image(new ByteArrayInputStream(logo.bytes())));
            logoLabel.setText(MessageFormat.format(resources.getString("settings.logo.info"), logo.type().name(),
                    Formats.count(logo.width()), Formats.count(logo.height()), Formats.count(logo.bytes().length / 1024)));
        }
    }

    private String describe(Object outcome) {
        if (outcome instanceof OfficeLogo) {
            return resources.getString("settings.logo.saved");
        }
        if (outcome instanceof RegionImportService.Result r) {
            return MessageFormat.format(resources.getString("settings.regions.done"), Formats.count(r.kecamatanAdded()),
                    Formats.count(r.villagesAdded()), Formats.count(r.alreadyKnown()), Formats.count(r.skipped()));
        }
        if (outcome instanceof InvalidInputException e) {
            return e.problems().stream().map(p -> label(p.field()) + id.payung.ui.UserMessages.problem(resources, p))
                    .collect(Collectors.joining("\n"));
        }
        return resources.getString("settings.saved");
    }

    /** The settings field a problem is about ("Nama kantor: …"); none for region-list lines. */
    private String label(id.payung.domain.FormProblem.Field field) {
        return switch (field) {
            case NAME -> resources.getString("settings.officeName") + ": ";
            case YEAR -> resources.getString("settings.defaultYear") + ": ";
            case PLACE -> resources.getString("settings.place") + ": ";
            case ADDRESS -> resources.getString("settings.address") + ": ";
            case HEAD_NAME -> resources.getString("settings.headName") + ": ";
            case HEAD_TITLE -> resources.getString("settings.headTitle") + ": ";
            case HEAD_NIP -> resources.getString("settings.headNip") + ": ";
            case TITLE -> resources.getString("settings.logo") + ": ";
            case REGION -> model.outcomeProperty().get() instanceof InvalidInputException e
                    && e.problems().stream().anyMatch(p -> p.code().startsWith("REGION_")) ? ""
                    : resources.getString("settings.regency") + ": ";
            default -> "";
        };
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("settings.logo.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG", "*.png", "*.jpg", "*.jpeg",
                "*.PNG", "*.JPG", "*.JPEG"));
        id.payung.ui.SaveDialogs.startInLastFolder(chooser); // as every dialog: the folder used last (trial 22b)
        File chosen = chooser.showOpenDialog(officeField.getScene().getWindow());
        id.payung.ui.SaveDialogs.remember(chosen);
        if (chosen != null) {
            model.chooseLogo(chosen.toPath());
        }
    }

    @FXML
    private void removeLogo() {
        model.removeLogo();
    }

    @FXML
    private void chooseBackupFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(resources.getString("settings.backupFolder"));
        Path current = model.backupFolderProperty().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        } else {
            id.payung.ui.SaveDialogs.startInLastFolder(chooser);
        }
        File chosen = chooser.showDialog(officeField.getScene().getWindow());
        if (chosen != null) {
            model.chooseBackupFolder(chosen.toPath());
        }
    }

    @FXML
    private void importRegions() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("settings.regions.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        id.payung.ui.SaveDialogs.startInLastFolder(chooser);
        File chosen = chooser.showOpenDialog(officeField.getScene().getWindow());
        id.payung.ui.SaveDialogs.remember(chosen);
        if (chosen != null) {
            model.importRegions(chosen.toPath());
        }
    }
}
