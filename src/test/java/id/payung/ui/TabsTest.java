package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Tabs not shown get their content when first chosen; nested tab panes too. */
@ExtendWith(ApplicationExtension.class)
class TabsTest {
    @Test
    void aTabGetsItsContentWhenFirstChosenAndKeepsIt(FxRobot robot) {
        Label shown = new Label("shown");
        Label later = new Label("later");
        Label nested = new Label("nested");
        TabPane inner = new TabPane(new Tab("a", new Label("a")), new Tab("b", nested));
        TabPane outer = new TabPane(new Tab("one", shown), new Tab("two", new VBox(later, inner)));
        robot.interact(() -> {
            Tabs.contentOnFirstVisit(new VBox(outer));

            assertThat(outer.getTabs().get(0).getContent()).isSameAs(shown);
            assertThat(outer.getTabs().get(1).getContent()).isNull();
            assertThat(inner.getTabs().get(1).getContent()).isNull();

            outer.getSelectionModel().select(1);
            assertThat(((VBox) outer.getTabs().get(1).getContent()).getChildren()).containsExactly(later, inner);
            inner.getSelectionModel().select(1);
            assertThat(inner.getTabs().get(1).getContent()).isSameAs(nested);

            outer.getSelectionModel().select(0);
            outer.getSelectionModel().select(1);
            assertThat(((VBox) outer.getTabs().get(1).getContent()).getChildren()).containsExactly(later, inner);
        });
    }
}
