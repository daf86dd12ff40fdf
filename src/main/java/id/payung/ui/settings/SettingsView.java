package id.payung.ui.settings;

import id.payung.domain.Formats;
import id.payung.service.InvalidInputException;
import id.payung.service.RegionImportService;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** Pengaturan: the office on printouts, the regency whose NIKs are local, the region list, and "about". */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Path databaseFile;
    private final String version;

    @FXML private ResourceBundle resources;
    @FXML private TextField officeField;
    @FXML private TextField regencyField;
    @FXML private TextField placeField;
    @FXML private Label outcomeLabel;
    @FXML private Label regionsLabel;
    @FXML private Label aboutLabel;

    public SettingsView(SettingsViewModel model, Path databaseFile, String version) {
        this.model = model;
        this.databaseFile = databaseFile;
        this.version = version;
    }

    @FXML
    private void initialize() {
        officeField.textProperty().bindBidirectional(model.officeNameProperty());
        regencyField.textProperty().bindBidirectional(model.regencyCodeProperty());
        placeField.textProperty().bindBidirectional(model.placeProperty());
        regionsLabel.textProperty().bind(model.regionCountsProperty().map(c -> MessageFormat.format(
                resources.getString("settings.regions.count"), Formats.count(c[0]), Formats.count(c[1]))));
        outcomeLabel.textProperty().bind(model.outcomeProperty().map(this::describe));
        model.outcomeProperty().addListener((obs, old, now) -> {
            outcomeLabel.getStyleClass().removeAll("form-error", "form-info");
            outcomeLabel.getStyleClass().add(now instanceof InvalidInputException ? "form-error" : "form-info");
        });
        aboutLabel.setText(MessageFormat.format(resources.getString("settings.about.text"), version,
                databaseFile.toString(), databaseFile.getParent().resolve("backups").toString()));
        model.load();
    }

    private String describe(Object outcome) {
        if (outcome instanceof RegionImportService.Result r) {
            return MessageFormat.format(resources.getString("settings.regions.done"), Formats.count(r.kecamatanAdded()),
                    Formats.count(r.villagesAdded()), Formats.count(r.alreadyKnown()));
        }
        if (outcome instanceof InvalidInputException e) {
            return e.problems().stream().map(p -> label(p.field()) + MessageFormat.format(
                    resources.getString("problem." + p.code()), p.args().toArray())).collect(Collectors.joining("\n"));
        }
        return resources.getString("settings.saved");
    }

    /** The settings field a problem is about ("Nama kantor: …"); none for region-list lines. */
    private String label(id.payung.domain.FormProblem.Field field) {
        return switch (field) {
            case NAME -> resources.getString("settings.officeName") + ": ";
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
    private void importRegions() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("settings.regions.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File chosen = chooser.showOpenDialog(officeField.getScene().getWindow());
        if (chosen != null) {
            model.importRegions(chosen.toPath());
        }
    }
}
