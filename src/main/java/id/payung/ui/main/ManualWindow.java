package id.payung.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        VBox page = new VBox(8);
        page.getStyleClass().addAll("page", "manual");
        for (String block : read().split("\\n\\s*\\n")) {
            page.getChildren().add(node(block.strip()));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(scroll, 860, 700);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
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
            InputStream png = ManualWindow.class.getResourceAsStream("/manual/" + image.group(2));
            if (png != null) {
                ImageView view = new ImageView(new Image(png));
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
