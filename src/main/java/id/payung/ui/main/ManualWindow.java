package id.payung.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Bantuan → Panduan: the user manual (docs/PANDUAN.md, inside the jar as /manual/PANDUAN.md) shown as headings,
 * paragraphs, lists, tables and its screenshots ({@link ManualText}), its chapters listed at the side to jump to.
 */
public final class ManualWindow {
    static final String MANUAL = "/manual/PANDUAN.md";

    private ManualWindow() {
    }

    /** Opens the manual in its own window: contents at the side, the text beside; Esc closes it. */
    public static Stage show(Window owner, String title, String stylesheet) {
        VBox page = page();
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        ScrollPane contents = new ScrollPane(contents(page, scroll));
        contents.setFitToWidth(true);
        contents.getStyleClass().add("manual-contents");
        root.setLeft(contents);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, 1080, 700);
        scene.getStylesheets().add(stylesheet);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The manual's chapters (its "##" headings) as links that scroll the page to each. */
    static VBox contents(VBox page, ScrollPane scroll) {
        VBox links = new VBox(2);
        links.getStyleClass().add("manual-contents-list");
        for (Node node : page.getChildren()) {
            if (node.getStyleClass().contains("section-title") && node instanceof Label heading) {
                Hyperlink link = new Hyperlink(heading.getText());
                link.setWrapText(true);
                link.setOnAction(e -> scrollTo(scroll, page, heading));
                links.getChildren().add(link);
            }
        }
        return links;
    }

    private static void scrollTo(ScrollPane scroll, VBox page, Node target) {
        double hidden = page.getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            scroll.setVvalue(Math.min(1, target.getBoundsInParent().getMinY() / hidden));
        }
    }

    /** The manual as a column of headings, paragraphs, list items, tables and screenshots (which appear as decoded). */
    static VBox page() {
        VBox page = new VBox(8);
        page.getStyleClass().addAll("page", "manual");
        for (ManualText.Block block : ManualText.blocks(read())) {
            page.getChildren().add(node(block));
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

    private static Node node(ManualText.Block block) {
        if (block instanceof ManualText.Image image) {
            URL png = ManualWindow.class.getResource("/manual/" + image.path());
            if (png != null) {
                // Decoded on JavaFX's loader thread: decoding the 1200 px screenshots on the FX thread held
                // the window back; now the text shows at once and each picture appears when it is ready.
                ImageView view = new ImageView(new Image(png.toExternalForm(), true));
                view.setPreserveRatio(true);
                view.setFitWidth(800);
                return view;
            }
            return new Label("[" + image.caption() + "]");
        }
        if (block instanceof ManualText.Heading heading) {
            Label label = wrapped(heading.text());
            label.getStyleClass().add(heading.level() == 1 ? "page-title" : "section-title");
            return label;
        }
        if (block instanceof ManualText.Item item) {
            Label marker = new Label(item.marker());
            marker.setMinWidth(24);
            HBox row = new HBox(4, marker, wrapped(item.text()));
            row.setPadding(new Insets(0, 0, 0, 8 + 20 * item.depth()));
            row.getStyleClass().add("manual-item");
            return row;
        }
        if (block instanceof ManualText.Table table) {
            return table(table);
        }
        if (block instanceof ManualText.Code code) {
            Label label = new Label(code.text());
            label.getStyleClass().add("manual-code");
            return label;
        }
        return wrapped(((ManualText.Paragraph) block).text());
    }

    private static GridPane table(ManualText.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("manual-table");
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Label cell = wrapped(row.get(c));
                if (r == 0) {
                    cell.getStyleClass().add("manual-table-head");
                }
                grid.add(cell, c, r);
            }
        }
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(150);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(first, rest);
        return grid;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
