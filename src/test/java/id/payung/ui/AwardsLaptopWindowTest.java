package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.ui.main.Screen;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Session 22: on a laptop (1366 × 768) Penghargaan cut every title ("Piagam penghargaan perlindungan j…"). Each title
 * now reads whole, wrapped at the column's width in a row as tall as it.
 */
@ExtendWith(ApplicationExtension.class)
class AwardsLaptopWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-awards-laptop").dashboardShown();

    @Test
    void everyTitleReadsWholeAtALaptopsWidth(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ui.stage().setMaximized(false);
            ui.stage().setWidth(1366);
            ui.stage().setHeight(700); // 768 less a task bar and a title bar
        });
        ScreenWaits.open(robot, Screen.AWARDS);
        TableView<Event> events = robot.lookup("#eventsTable").queryTableView();
        waitUntil(() -> events.getItems().size() == 3);
        robot.sleep(300); // the layout pass that sizes the rows
        List<Labeled> titles = robot.from(events).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "Judul".equals(c.getTableColumn().getText())
                        && c.getText() != null && !c.getText().isEmpty())
                .map(Labeled.class::cast).toList();
        assertThat(titles).extracting(Labeled::getText)
                .contains("Piagam penghargaan perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan");
        assertThat(titles.stream().map(AwardsLaptopWindowTest::shown).toList()).as("titles as drawn")
                .containsExactlyInAnyOrderElementsOf(titles.stream().map(Labeled::getText).toList());
        Shots.save(robot, ui.stage().getScene(), "awards-1366");
    }

    /**
     * The text a cell draws: cut with "…" where it does not fit, or (a title wrapped as a text of its own) its lines
     * while the cell is as high and wide as they are, else marked "…" too.
     */
    private static String shown(Labeled cell) {
        if (cell.getGraphic() instanceof javafx.scene.text.Text wrapped) {
            javafx.geometry.Bounds lines = wrapped.getBoundsInParent();
            boolean inside = lines.getMinX() >= 0 && lines.getMaxX() <= cell.getWidth() + 0.5
                    && lines.getHeight() <= cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset() + 0.5;
            return inside ? wrapped.getText() : wrapped.getText() + "…";
        }
        javafx.scene.text.Text text = (javafx.scene.text.Text) cell.lookup(".text");
        return text == null ? cell.getText() : text.getText();
    }
}
