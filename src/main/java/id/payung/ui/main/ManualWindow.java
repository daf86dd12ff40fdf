package id.payung.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Bantuan → Panduan: the user manual (docs/PANDUAN.md, inside the jar as /manual/PANDUAN.md) shown as headings,
 * paragraphs and its screenshots. Only the little Markdown the manual uses is understood.
 */
public final class ManualWindow {
    static final String MANUAL = "/manual/PANDUAN.md";
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");

    private ManualWindow() {
    }

    /** Opens the manual in its own window. */
    public static void show(Window owner, String title, String stylesheet) {
        ScrollPane scroll = new ScrollPane(page());
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(scroll, 860, 700);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
    }

    /** The manual as a column of headings, paragraphs and screenshots (which appear as they are decoded). */
    static VBox page() {
        VBox page = new VBox(8);
        page.getStyleClass().addAll("page", "manual");
        for (String block : read().split("\\n\\s*\\n")) {
            page.getChildren().add(node(block.strip()));
        }
        return page;
    }

    /** The manual's Markdown text. */
    static String read() {
        try (InputStream in = ManualWindow.class.getResourceAsStream(MANUAL)) {
            if (in == null) {
                return "# Panduan\n\nPANDUAN.md is missing from this build.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(String block) {
        Matcher image = IMAGE.matcher(block);
        if (image.matches()) {
            URL png = ManualWindow.class.getResource("/manual/" + image.group(2));
            if (png != null) {
                // Decoded on JavaFX's loader thread: decoding the 1200 px screenshots on the FX thread held
                // the window back; now the text shows at once and each picture appears when it is ready.
                ImageView view = new ImageView(new Image(png.toExternalForm(), true));
                view.setPreserveRatio(true);
                view.setFitWidth(800);
                return view;
            }
            return new Label("[" + image.group(1) + "]");
        }
        Label label = new Label(block.replaceFirst("^#+\\s*", "").replace("**", "").replace("`", ""));
        label.setWrapText(true);
        if (block.startsWith("# ")) {
            label.getStyleClass().add("page-title");
        } else if (block.startsWith("#")) {
            label.getStyleClass().add("section-title");
        }
        return label;
    }
}
