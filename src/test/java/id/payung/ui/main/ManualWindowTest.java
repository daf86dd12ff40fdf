package id.payung.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Bantuan → Panduan: the manual travels inside the jar with every screenshot it shows. */
@ExtendWith(ApplicationExtension.class)
class ManualWindowTest {
    @Test
    void theManualAndItsScreenshotsAreInTheJar() {
        String manual = ManualWindow.read();

        assertThat(manual).startsWith("# Panduan Payung").contains("Mendaftarkan peserta", "Mengimpor daftar nama",
                "Membaca dasbor", "Mencetak laporan", "Membuat cadangan");
        Matcher image = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(manual);
        int images = 0;
        while (image.find()) {
            assertThat(ManualWindow.class.getResource("/manual/" + image.group(1))).as(image.group(1)).isNotNull();
            images++;
        }
        assertThat(images).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theScreenshotsAreDecodedInTheBackgroundAndAllArrive() throws Exception {
        List<Node> page = WaitForAsyncUtils.asyncFx(() -> List.copyOf(ManualWindow.page().getChildren()))
                .get(20, TimeUnit.SECONDS);
        List<Image> images = page.stream().filter(ImageView.class::isInstance).map(n -> ((ImageView) n).getImage()).toList();
        // Every picture of the manual is there, none replaced by its "[caption]" label for a missing file.
        assertThat(page).filteredOn(Label.class::isInstance).extracting(n -> ((Label) n).getText())
                .noneMatch(t -> t.startsWith("["));

        assertThat(images).hasSizeGreaterThanOrEqualTo(5).allSatisfy(i -> assertThat(i.isBackgroundLoading()).isTrue());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> images.stream().allMatch(i -> i.getProgress() >= 1));
        assertThat(images).allSatisfy(i -> {
            assertThat(i.isError()).as("decoded without error").isFalse();
            assertThat(i.getWidth()).isPositive();
        });
    }

    @Test
    void escClosesTheManualAndItsChaptersAreListedAtTheSide(FxRobot robot) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> ManualWindow.show(null, "Payung — Panduan",
                ManualWindow.class.getResource("/theme/payung.css").toExternalForm())).get(20, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane side = (ScrollPane) ((BorderPane) stage.getScene().getRoot()).getLeft();
            List<Hyperlink> chapters = ((javafx.scene.layout.VBox) side.getContent()).getChildren().stream()
                    .map(Hyperlink.class::cast).toList();
            assertThat(chapters).extracting(Hyperlink::getText).contains("4. Mencetak laporan", "Pintasan papan ketik");
            ScrollPane text = (ScrollPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
            robot.interact(() -> chapters.get(chapters.size() - 1).fire());
            assertThat(text.getVvalue()).as("jumped towards the end").isGreaterThan(0.5);

            robot.interact(stage::requestFocus);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(stage.isShowing()).as("Esc closed the manual").isFalse();
        } finally {
            robot.interact(stage::close);
        }
    }
}
