package id.payung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart's names are drawn anew after a change even when JavaFX has lost a layout request above the chart: the
 * dashboard's per-kecamatan chart kept last year's five names over this year's one bar in about one year change of
 * ten on a busy machine, because the parent holding it had asked for a layout while its own parent was being laid
 * out (a request JavaFX drops), and an axis's own request stops at a parent already waiting.
 */
@ExtendWith(ApplicationExtension.class)
class ChartLayoutTest {
    @Test
    void namesChangedUnderAParentWhoseLayoutRequestWasLostAreDrawn() throws Exception {
        List<String> drawn = WaitForAsyncUtils.asyncFx(() -> {
            CategoryAxis names = new CategoryAxis();
            BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), names);
            chart.setAnimated(false);
            StackPane holder = new StackPane(chart);
            boolean[] asked = {false};
            // Laid out after the holder in the same pass, it asks for the holder's layout again: JavaFX marks the
            // holder but not its parent, which is in the middle of its layout, so no later pulse reaches the holder.
            Pane after = new Pane() {
                @Override
                protected void layoutChildren() {
                    super.layoutChildren();
                    if (!asked[0]) {
                        asked[0] = true;
                        holder.requestLayout();
                    }
                }
            };
            StackPane root = new StackPane(holder, after);
            new Scene(root, 400, 300);
            DashboardCharts.categories(names, List.of("Cibal", "Ruteng", "Wae Rii"));
            root.applyCss();
            root.layout();
            assertThat(holder.isNeedsLayout()).as("the holder waits for a layout that nobody above will give").isTrue();
            assertThat(root.isNeedsLayout()).isFalse();

            System.out.println("DBG ticks1 " + names.getTickMarks().stream().map(Axis.TickMark::getValue).toList());
            DashboardCharts.categories(names, List.of("(kecamatan tidak tercatat)"));
            for (javafx.scene.Parent p = names.getParent(); p != null; p = p.getParent()) System.out.println("DBG " + p.getClass().getSimpleName() + " " + p.isNeedsLayout());
            root.layout(); // what the next pulse does
            return names.getTickMarks().stream().map(Axis.TickMark::getValue).toList();
        }).get();
        assertThat(drawn).containsExactly("(kecamatan tidak tercatat)");
    }
}
