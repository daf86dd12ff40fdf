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

    public StartupRecovery(ResourceBundle bundle, Path file, Clock clock) {
        this.bundle = bundle;
        this.file = file;
        this.clock = clock;
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
                FileChooser chooser = new FileChooser();
                chooser.setTitle(bundle.getString("backup.restoreFile"));
                File backups = file.getParent().resolve("backups").toFile();
                if (backups.isDirectory()) {
                    chooser.setInitialDirectory(backups);
                }
                File chosen = chooser.showOpenDialog(null);
                if (chosen != null) {
                    return attempt(() -> {
                        PayungServices.replaceDamaged(file, chosen.toPath());
                        return PayungServices.open(file, false, clock);
                    });
                }
            }
            return Optional.empty();
        }
        ErrorDialog.show(null, bundle, message, failure);
        return Optional.empty();
    }

    private boolean ask(String message, ButtonType way) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, way, ButtonType.CLOSE);
        alert.setTitle(bundle.getString("error.title"));
        alert.setHeaderText(MessageFormat.format(bundle.getString("recovery.header"), file.getFileName()));
        Buttons.translate(alert.getDialogPane(), bundle);
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
