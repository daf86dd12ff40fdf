package id.payung.ui;

import id.payung.domain.Formats;
import id.payung.service.facade.CheckedBackup;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;

/**
 * The one question before every restore: Cadangan's, and a damaged database's "Pulihkan dari cadangan…" at start
 * (trial 21b #2). It says what the checked backup holds so the wrong one is seen, and beside it the data now and how
 * many of its changes came after the backup's last one, when the data now can be read.
 */
public final class RestoreQuestion {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RestoreQuestion() {
    }

    /** Asks {@code text} (see {@link #text}) with "Pulihkan" and "Batal", Batal the default. */
    public static boolean confirm(ResourceBundle resources, javafx.stage.Window owner, String text,
                                  CheckedBackup.Current current) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("restoreQuestion");
        alert.setTitle("Payung"); // not JavaFX's English "Confirmation" (trial 12)
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setHeaderText(resources.getString("backup.restore.header"));
        Buttons.translate(alert.getDialogPane(), resources);
        // The act named on its button, not "Oke" (trial 21d L4); Batal the default always: Enter never replaces the
        // office's data, a click on "Pulihkan" does.
        Button restore = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        restore.setText(resources.getString("backup.restore.go"));
        restore.setDefaultButton(false);
        cancel.setDefaultButton(true);
        alert.setOnShown(e -> cancel.requestFocus());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** The question's text: what the backup holds, the data now, and what of it would be lost. */
    public static String text(ResourceBundle resources, String fileName, String officeName, long people,
                              long enrollments, Instant lastChange, String lastActor, CheckedBackup.Current now) {
        String holds = MessageFormat.format(resources.getString("backup.restore.holds"),
                officeName == null ? "–" : officeName, Formats.count(people),
                Formats.count(enrollments), when(resources, lastChange, lastActor));
        StringBuilder text = new StringBuilder();
        if (now.otherRegency()) {
            // Said first, before anything else is read: restoring it puts another office's register in this one's place.
            text.append(MessageFormat.format(resources.getString("backup.restore.otherRegency"),
                    now.backupRegency().name(), now.backupRegency().code(), now.regency().name(),
                    now.regency().code())).append("\n\n");
        }
        text.append(MessageFormat.format(resources.getString("backup.restore.confirm"), fileName)).append("\n\n")
                .append(holds);
        if (now != CheckedBackup.Current.UNKNOWN) {
            String last = when(resources, now.lastChange(), now.lastActor());
            text.append("\n\n").append(MessageFormat.format(resources.getString("backup.restore.current"),
                    Formats.count(now.people()), Formats.count(now.enrollments()), last));
            // One import is one change however many enrollments it brought: they are said (trial 23b: "4 perubahan"
            // where an import of 49.814 enrollments went).
            text.append("\n\n").append(now.changesAfter() <= 0 ? resources.getString("backup.restore.losesNone")
                    : now.importedEnrollments() > 0
                    ? MessageFormat.format(resources.getString("backup.restore.losesImports"), Formats.count(now.changesAfter()),
                            last, Formats.count(now.importsAfter()), Formats.count(now.importedEnrollments()))
                    : MessageFormat.format(resources.getString("backup.restore.loses"), Formats.count(now.changesAfter()), last));
        }
        return text.toString();
    }

    /** "06/12/2026 16:24 oleh siti"; the time alone when nobody is named; "–" for none. */
    private static String when(ResourceBundle resources, Instant at, String actor) {
        if (at == null) {
            return "–";
        }
        String time = STAMP.format(at.atZone(ZoneId.systemDefault()));
        return actor == null || actor.isBlank() ? time
                : MessageFormat.format(resources.getString("backup.restore.by"), time, actor);
    }
}
