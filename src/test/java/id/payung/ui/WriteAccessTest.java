package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A guarded action says why it is off: a provincial login on a server, a read-only file otherwise (review 14 M4). */
@ExtendWith(ApplicationExtension.class)
class WriteAccessTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new HBox(), 200, 100));
        stage.show();
    }

    private static String said(FxRobot robot, WriteAccess access) {
        Button add = new Button("Tambah");
        HBox box = new HBox(add);
        robot.interact(() -> access.guard(I18n.bundle(I18n.INDONESIAN), add));
        assertThat(add.isDisabled() || add.getParent().isDisabled()).isTrue();
        Node holder = box.getChildren().get(0);
        Object tip = holder.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof Tooltip t ? t.getText() : null;
    }

    @Test
    void aServerSaysProvincialLoginAFileSaysReadOnly(FxRobot robot) {
        assertThat(said(robot, new WriteAccess(true, true))).isEqualTo("Login provinsi hanya membaca");
        assertThat(said(robot, new WriteAccess(true, false))).isEqualTo("Basis data dibuka hanya-baca");
    }

    @Test
    void aWritableDatabaseGuardsNothing(FxRobot robot) {
        Button add = new Button("Tambah");
        HBox box = new HBox(add);
        robot.interact(() -> WriteAccess.writable().guard(I18n.bundle(I18n.INDONESIAN), add));
        assertThat(add.isDisabled()).isFalse();
        assertThat(box.getChildren()).containsExactly(add);
    }
}
