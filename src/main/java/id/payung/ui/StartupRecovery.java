package id.payung.ui;

import id.payung.service.facade.PayungServices;
import id.payung.domain.DatabaseOpenException;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;

/**
 * When the database cannot be opened at start: says why, and offers the way out that fits — read-only
 * for a newer Payung's file, a backup for a damaged one. Otherwise the app closes, the file untouched.
 */
public final class StartupRecovery {
    private final ResourceBundle bundle;
    private final Path file;
    private final Clock clock;

    /** Asks which backup to put in place of a damaged file (a file chooser); null when none was chosen. */
    private final java.util.function.UnaryOperator<Path> chooseBackup;

    public StartupRecovery(ResourceBundle bundle, Path file, Clock clock) {
        this(bundle, file, clock, null);
    }

    /** {@code chooseBackup}: which backup to restore, given the folder it starts in (null: a file chooser). */
    StartupRecovery(ResourceBundle bundle, Path file, Clock clock, java.util.function.UnaryOperator<Path> chooseBackup) {
        this.bundle = bundle;
        this.file = file;
        this.clock = clock;
        this.chooseBackup = chooseBackup != null ? chooseBackup : this::chooseBackup;
    }

    private Path chooseBackup(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("backup.restoreFile"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(null);
        return chosen == null ? null : chosen.toPath();
    }

    /** Shows the problem and returns the services to go on with, or empty to close the app. */
    public Optional<PayungServices> recover(RuntimeException failure) {
        String message = UserMessages.describe(bundle, failure);
        if (failure instanceof DatabaseOpenException d && d.problem() == DatabaseOpenException.Problem.NEWER_VERSION) {
            ButtonType readOnly = new ButtonType(bundle.getString("recovery.readOnly"), ButtonBar.ButtonData.OK_DONE);
            if (ask(message, readOnly)) {
                return attempt(() -> PayungServices.openReadOnly(file, clock));
            }
            return Optional.empty();
        }
        if (failure instanceof DatabaseOpenException d && d.problem() == DatabaseOpenException.Problem.CORRUPT) {
            ButtonType restore = new ButtonType(bundle.getString("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
            if (ask(message, restore)) {
                Path chosen = chooseBackup.apply(file.toAbsolutePath().getParent().resolve("backups"));
                if (chosen != null) {
                    return restoreDamaged(chosen);
                }
            }
            return Optional.empty();
        }
        if (failure instanceof DatabaseOpenException d && d.problem() == DatabaseOpenException.Problem.MISSING) {
            return missing();
        }
        ErrorDialog.show(null, bundle, message, failure);
        return Optional.empty();
    }

    /**
     * The named file is not there (moved, renamed, its flash disk not plugged in): another file, or a new empty
     * database under this name. Choosing another is the default: a new file where the office's data should be
     * would hide the real one.
     */
    private Optional<PayungServices> missing() {
        ButtonType choose = new ButtonType(bundle.getString("recovery.missing.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType create = new ButtonType(bundle.getString("recovery.missing.create"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.ERROR, MessageFormat.format(bundle.getString("recovery.missing"),
                file.toString()), choose, create, ButtonType.CLOSE);
        alert.setTitle(bundle.getString("error.title"));
        alert.setHeaderText(MessageFormat.format(bundle.getString("recovery.header"), file.getFileName()));
        alert.getDialogPane().setId("missingDatabase");
        Buttons.translate(alert.getDialogPane(), bundle);
        for (ButtonType type : alert.getButtonTypes()) { // the three ways whole, not "Buat basis da…"
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false); // each as wide as its words
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CLOSE);
        if (answer == create) {
            return attempt(() -> PayungServices.open(file, true, clock));
        }
        if (answer == choose) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(bundle.getString("recovery.missing.chooseTitle"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(bundle.getString("recovery.missing.filter"), "*.db"),
                    new FileChooser.ExtensionFilter(bundle.getString("recovery.missing.allFiles"), "*"));
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File chosen = chooser.showOpenDialog(null);
            if (chosen != null) {
                return attempt(() -> PayungServices.open(chosen.toPath(), false, clock));
            }
        }
        return Optional.empty();
    }

    /**
     * A restore as Cadangan's (trial 21b #2): the backup checked first, then the same question saying what it holds
     * (and that the damaged file is kept), and only on OK put in place, with the restore's entry in the trail and its
     * lines in the log file. Cancel leaves the damaged file as it was, and the app closes.
     */
    private Optional<PayungServices> restoreDamaged(Path chosen) {
        id.payung.service.facade.CheckedBackup checked;
        try {
            checked = PayungServices.checkBackupForDamaged(file, chosen);
        } catch (RuntimeException e) {
            ErrorDialog.show(null, bundle, UserMessages.describe(bundle, e), e);
            return Optional.empty();
        }
        String kept = MessageFormat.format(bundle.getString("recovery.restore.kept"), file.getFileName());
        String question = RestoreQuestion.text(bundle, checked.backup().getFileName().toString(), checked.officeName(),
                checked.people(), checked.enrollments(), checked.lastChange(), checked.lastActor(), checked.current())
                + "\n\n" + kept;
        if (!RestoreQuestion.confirm(bundle, null, question, checked.current())) {
            checked.discard();
            return Optional.empty();
        }
        return attempt(() -> PayungServices.restoreDamaged(file, checked, clock));
    }

    private boolean ask(String message, ButtonType way) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, way, ButtonType.CLOSE);
        alert.setTitle(bundle.getString("error.title"));
        alert.setHeaderText(MessageFormat.format(bundle.getString("recovery.header"), file.getFileName()));
        alert.getDialogPane().setId("openProblem");
        // Room for the way out's words beside "Tutup" (trial 21b #13: "Pulihkan dari cadan…" at 1366 × 768).
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Buttons.translate(alert.getDialogPane(), bundle);
        for (ButtonType type : alert.getButtonTypes()) { // "Pulihkan dari cadangan…" whole, not "Pulihkan dari cadan…"
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return alert.showAndWait().filter(b -> b == way).isPresent();
    }

    private Optional<PayungServices> attempt(java.util.function.Supplier<PayungServices> open) {
        try {
            return Optional.of(open.get());
        } catch (RuntimeException e) {
            ErrorDialog.show(null, bundle, UserMessages.describe(bundle, e), e);
            return Optional.empty();
        }
    }
}
