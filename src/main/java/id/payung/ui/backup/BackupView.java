package id.payung.ui.backup;

import id.payung.domain.Formats;
import id.payung.service.BackupService;
import id.payung.ui.Cells;
import id.payung.ui.Tables;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** Backups: where they are, "Backup now", "Restore", and how many automatic ones are kept. */
public final class BackupView {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final BackupViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private Label folderLabel;
    @FXML private Label lastBackupLabel;
    @FXML private Spinner<Integer> keepSpinner;
    @FXML private TableView<BackupService.Backup> backupsTable;
    @FXML private TableColumn<BackupService.Backup, String> fileColumn;
    @FXML private TableColumn<BackupService.Backup, Instant> timeColumn;
    @FXML private TableColumn<BackupService.Backup, Long> sizeColumn;
    @FXML private TableColumn<BackupService.Backup, String> kindColumn;
    @FXML private Button restoreButton;
    @FXML private Button restoreFromFileButton;
    @FXML private Button chooseFolderButton;
    @FXML private Button saveKeepButton;
    @FXML private javafx.scene.layout.VBox page;
    @FXML private Label titleLabel;
    @FXML private Label helpLabel;
    private final boolean onServer;
    private id.payung.ui.WriteAccess access = id.payung.ui.WriteAccess.writable();

    public BackupView(BackupViewModel model) {
        this(model, false);
    }

    /**
     * @param onServer the database is on a PostgreSQL server: its administrator backs it up with pg_dump, so
     *                 the page says so instead of offering this PC's backup files and restore
     */
    public BackupView(BackupViewModel model, boolean onServer) {
        this.model = model;
        this.onServer = onServer;
    }

    /**
     * Whether the database may be written: read-only, restoring (it replaces the data) and the folder and how many
     * are kept (kept in the database) are disabled, saying why; "Cadangkan sekarang" stays, a backup reads the file.
     */
    public BackupView writeAccess(id.payung.ui.WriteAccess writeAccess) {
        this.access = writeAccess;
        return this;
    }

    @FXML
    private void initialize() {
        if (onServer) {
            serverPage();
            return;
        }
        folderLabel.textProperty().bind(model.folderProperty().map(Path::toString));
        lastBackupLabel.textProperty().bind(model.lastBackupProperty().map(p ->
                MessageFormat.format(resources.getString("backup.done"), p.toString())));
        keepSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 365,
                model.keepProperty().get()));
        model.keepProperty().addListener((obs, old, now) -> keepSpinner.getValueFactory().setValue(now.intValue()));
        Tables.show(backupsTable, model.backups());
        fileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().file().getFileName().toString()));
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().modified()));
        timeColumn.setCellFactory(Cells.formatted(i -> STAMP.format(i.atZone(ZoneId.systemDefault()))));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                resources.getString("backup.kind." + c.getValue().kind().name())));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bytes()));
        sizeColumn.setCellFactory(Cells.formatted(b -> size(resources, b)));
        restoreButton.disableProperty().bind(backupsTable.getSelectionModel().selectedItemProperty().isNull());
        access.guard(resources, chooseFolderButton, keepSpinner, saveKeepButton, restoreButton, restoreFromFileButton);
        // Read again when the screen is shown again, on F5 and after Berkas → Cadangkan sekarang: the list had kept
        // the backups of the screen's first showing (a backup made from the menu stayed out of it).
        page.getProperties().put(id.payung.ui.main.MainView.RELOAD, (Runnable) model::load);
        model.load();
    }

    /**
     * On a server the administrator backs the whole server up; a clerk may keep an offline copy of their regency's data
     * (a Payung file any PC opens) — the trial's clerk found it only as a command. A provincial reader gets none (their
     * regencies would meet in one office's file), and the page says so.
     */
    private void serverPage() {
        boolean reader = access.readOnlyProperty().get();
        helpLabel.setText(resources.getString(reader ? "pgui.backup.onServerReader" : "pgui.backup.onServer"));
        helpLabel.setId("backupOnServer");
        page.getChildren().retainAll(titleLabel, helpLabel);
        if (reader || model.offlineCopyName() == null) {
            return;
        }
        Button copy = new Button(resources.getString("backup.offline"));
        copy.setId("offlineCopy");
        copy.getStyleClass().add("accent");
        Label done = new Label();
        done.setId("offlineCopyDone");
        done.getStyleClass().add("form-info");
        done.setWrapText(true);
        done.textProperty().bind(model.lastBackupProperty().map(p ->
                MessageFormat.format(resources.getString("backup.offline.done"), p.toString())));
        copy.setOnAction(e -> id.payung.ui.SaveDialogs.choose(page.getScene().getWindow(), model.offlineCopyName(),
                new FileChooser.ExtensionFilter("Payung (*.db)", "*.db")).ifPresent(model::offlineCopy));
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, copy, done);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        page.getChildren().add(row);
    }

    @FXML
    private void backupNow() {
        model.backupNow();
    }

    @FXML
    private void chooseFolder() {
        if (access.readOnlyProperty().get()) {
            return; // disabled; it would end in the refusal
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(resources.getString("backup.folder"));
        Path current = model.folderProperty().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        } else {
            id.payung.ui.SaveDialogs.startInLastFolder(chooser); // as every dialog (trial 22b)
        }
        java.io.File chosen = chooser.showDialog(backupsTable.getScene().getWindow());
        if (chosen != null) {
            model.configure(chosen.toPath(), keepSpinner.getValue());
        }
    }

    @FXML
    private void saveKeep() {
        if (access.readOnlyProperty().get()) {
            return; // disabled; it would end in the refusal
        }
        model.configure(model.folderProperty().get(), keepSpinner.getValue());
    }

    @FXML
    private void restoreSelected() {
        if (access.readOnlyProperty().get()) {
            return; // disabled; it would end in the refusal
        }
        BackupService.Backup b = backupsTable.getSelectionModel().getSelectedItem();
        if (b != null) {
            model.restore(b.file(), this::confirm);
        }
    }

    @FXML
    private void restoreFromFile() {
        if (access.readOnlyProperty().get()) {
            return; // disabled; it would end in the refusal
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("backup.restoreFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Payung (*.db)", "*.db"));
        id.payung.ui.SaveDialogs.startInLastFolder(chooser); // as every dialog (trial 22b)
        java.io.File chosen = chooser.showOpenDialog(backupsTable.getScene().getWindow());
        id.payung.ui.SaveDialogs.remember(chosen);
        if (chosen != null) {
            model.restore(chosen.toPath(), this::confirm);
        }
    }

    /**
     * A file's size as the office reads it: "512 KB", "2,9 MB", "1,2 GB" (id-ID decimals; a few thousand KB read as a
     * number to be worked out, trial 14). Below 1 KB still "1 KB": a backup is never empty.
     */
    public static String size(ResourceBundle bundle, long bytes) {
        double kb = bytes / 1024.0;
        if (Math.round(kb) < 1024) { // decided on the figure shown: 1.048.000 bytes is "1,0 MB", not "1.024 KB"
            return MessageFormat.format(bundle.getString("size.kb"), Formats.count(Math.max(1, Math.round(kb))));
        }
        double mb = kb / 1024;
        if (Math.round(mb * 10) < 1024 * 10) {
            return MessageFormat.format(bundle.getString("size.mb"), Formats.oneDecimal(mb));
        }
        return MessageFormat.format(bundle.getString("size.gb"), Formats.oneDecimal(mb / 1024));
    }

    /**
     * Asks before replacing the data, saying what the checked backup holds so the wrong one is seen, and beside it the
     * data now and how many of its changes came after the backup's last one: all of them go (a head restored a
     * morning backup and lost 608 enrollments with no word, trial 14). With changes to lose, Cancel is the default.
     */
    private boolean confirm(BackupViewModel.Holds checked) {
        return id.payung.ui.RestoreQuestion.confirm(resources, backupsTable.getScene().getWindow(),
                question(resources, checked), checked.current());
    }

    /**
     * The words of a daily backup that failed: made by Payung itself when the window opened, not by the clerk, and the
     * data is safe; then why ({@code UserMessages}: a full disk named with its folder). Trial 23b: "Tidak dapat
     * dilakukan / Disk penuh … backups/f-…db" on opening a database, though the clerk had done nothing.
     */
    public static String dailyFailed(ResourceBundle resources, Throwable error) {
        return MessageFormat.format(resources.getString("backup.daily.failed"),
                id.payung.ui.UserMessages.describe(resources, error));
    }

    /** The question's text: what the backup holds, the data now, and what of it would be lost. */
    public static String question(ResourceBundle resources, BackupViewModel.Holds checked) {
        return id.payung.ui.RestoreQuestion.text(resources, checked.fileName(), checked.officeName(), checked.people(),
                checked.enrollments(), checked.lastChange(), checked.lastActor(), checked.current());
    }
}
