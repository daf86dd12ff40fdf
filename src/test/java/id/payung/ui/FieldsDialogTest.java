package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.service.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A save the service refuses shows its reasons in the dialog and leaves OK usable; so does a save that
 * fails for another reason (the window's error dialog shows that one); a save that succeeds closes it.
 */
@ExtendWith(ApplicationExtension.class)
class FieldsDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aRefusedSaveShowsItsProblemsAndLeavesTheDialogUsable(FxRobot robot) {
        ResourceBundle res = I18n.bundle(I18n.INDONESIAN);
        RecordingTaskExecutor tasks = new RecordingTaskExecutor();
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger afterSave = new AtomicInteger();
        robot.interact(() -> new FieldsDialog(stage, res, "Anggaran").show(tasks, () -> null, () -> {
            switch (saves.incrementAndGet()) {
                case 1 -> throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.YEAR, "DEFAULT_YEAR",
                        2000, 2100)), 0);
                case 2 -> throw new IllegalStateException("disk full");
                default -> {
                    return "saved";
                }
            }
        }, afterSave::incrementAndGet));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        Label errors = (Label) pane.lookup("#dialogErrors");

        robot.interact(ok::fire);
        assertThat(saves).hasValue(1);
        assertThat(errors.getText()).isEqualTo("Tahun: tulis tahun antara 2000 dan 2100, atau kosongkan.");
        assertThat(ok.isDisabled()).as("OK usable again after a refusal").isFalse();
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();
        assertThat(tasks.shown).as("a refusal is the dialog's to show, not the error dialog's").isEmpty();
        assertThat(afterSave).hasValue(0);

        robot.interact(ok::fire);
        assertThat(saves).hasValue(2);
        assertThat(tasks.shown).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(ok.isDisabled()).as("OK usable again after a failure").isFalse();
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();

        Window dialog = pane.getScene().getWindow();
        robot.interact(ok::fire);
        assertThat(saves).hasValue(3);
        assertThat(afterSave).hasValue(1);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(tasks.shown).hasSize(1);
    }

    /** Typing starts in the first field (not on OK), and reasons of several lines leave OK in sight. */
    @Test
    void theFirstFieldTakesTheTypingAndTheDialogGrowsToShowEveryReason(FxRobot robot) {
        ResourceBundle res = I18n.bundle(I18n.INDONESIAN);
        RecordingTaskExecutor tasks = new RecordingTaskExecutor();
        robot.interact(() -> {
            FieldsDialog d = new FieldsDialog(stage, res, "Sumber dana");
            d.text("col.name", "first", "");
            d.text("col.code", "second", "");
            d.show(tasks, () -> null, () -> {
                throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.NAME, "REQUIRED"),
                        FormProblem.error(FormProblem.Field.CODE, "FUNDER_CODE_FORMAT"),
                        FormProblem.error(FormProblem.Field.REGION, "FUNDER_REGION_LEVEL")), 0);
            }, () -> { });
        });
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        WindowFixture.waitUntil(() -> pane.lookup("#first").isFocused());
        Window dialog = pane.getScene().getWindow();
        double before = dialog.getHeight();

        robot.interact(((Button) pane.lookupButton(ButtonType.OK))::fire);

        Label errors = (Label) pane.lookup("#dialogErrors");
        assertThat(errors.getText().split("\n")).hasSize(3);
        assertThat(dialog.getHeight()).isGreaterThan(before);
        javafx.geometry.Bounds ok = pane.lookupButton(ButtonType.OK).localToScene(
                pane.lookupButton(ButtonType.OK).getBoundsInLocal());
        assertThat(ok.getMaxY()).as("OK within the dialog").isLessThanOrEqualTo(pane.getScene().getHeight());
        robot.interact(() -> ((javafx.stage.Stage) dialog).close());
    }

    /**
     * A date typed that is no date is refused by its field's name and stays in the field; before, the field lost it
     * on leaving and the dialog asked for a date, or "31/02/2025" was saved as 28/02/2025 (trial 13). A date as a
     * letter writes it is taken.
     */
    @Test
    void aDateThatIsNoDateIsRefusedByNameAndKept(FxRobot robot) {
        ResourceBundle res = I18n.bundle(I18n.INDONESIAN);
        RecordingTaskExecutor tasks = new RecordingTaskExecutor();
        List<java.time.LocalDate> saved = new ArrayList<>();
        javafx.scene.control.DatePicker[] date = new javafx.scene.control.DatePicker[1];
        robot.interact(() -> {
            FieldsDialog d = new FieldsDialog(stage, res, "Kegiatan");
            date[0] = d.date("event.date", "day", java.time.LocalDate.of(2025, 9, 1));
            d.text("col.title", "title", "Piagam");
            d.show(tasks, () -> date[0].getValue() == null ? "wajib" : null, () -> saved.add(date[0].getValue()), () -> { });
        });
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        Label errors = (Label) pane.lookup("#dialogErrors");

        robot.interact(() -> date[0].getEditor().setText("31/02/2025"));
        robot.interact(() -> pane.lookup("#title").requestFocus());
        robot.interact(date[0]::commitValue); // what leaving the field does
        assertThat(date[0].getEditor().getText()).as("kept, not emptied").isEqualTo("31/02/2025");
        robot.interact(ok::fire);
        assertThat(saved).isEmpty();
        assertThat(errors.getText()).isEqualTo("Tanggal: \"31/02/2025\" bukan tanggal yang ada: tulis hh/bb/tttt, "
                + "misalnya 25/09/2025, atau 25 September 2025.");

        robot.interact(() -> date[0].getEditor().setText("25 September 2025"));
        assertThat(errors.getText()).as("the sentence about the date goes once it is mended").isEmpty();
        robot.interact(date[0]::commitValue);
        robot.interact(ok::fire);
        assertThat(saved).containsExactly(java.time.LocalDate.of(2025, 9, 25));
    }
}
