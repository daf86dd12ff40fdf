package id.payung.ui.dashboard;

import id.payung.ui.SaveDialogs;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;

/**
 * A dashboard chart as a picture for the regent's slides: "Salin gambar" (to the clipboard) and "Simpan sebagai
 * PNG…", from a right-click on the chart and from the dashboard's "Gambar grafik" button. Every chart (the pie, the
 * trend, per kecamatan, per pekerjaan, per kabupaten/kota, the coverage) is drawn anew as a {@link Slide} of one size
 * (1920 × 1080) whatever the window's, titled with what is counted, the year and the total (trial 21a: the others were
 * still drawn at the window's size). On white, and under it a footer
 * saying whose numbers and as of when ("Dinas … Kabupaten Manggarai · data per 06/12/2026"): a picture pasted in a
 * slide has no other place that says so. The PNG is written by the view model ({@link DashboardViewModel#savePicture}),
 * whole or not at all.
 */
final class ChartPictures {
    /** Drawn at twice the screen's size: a 700 px pie becomes 1.400 px, sharp when a projector enlarges it. */
    static final double SCALE = 2;
    /** The PNG's resolution: the screen's 96 dpi times {@link #SCALE}, so a slide shows it at its on-screen size. */
    static final int DPI = 192;
    /** A chart drawn anew for a slide: its axes' and legend's words read from the back of a meeting room. */
    static final String SLIDE_CHART_STYLE = "-fx-font-size: 14px;";

    /** Writes a picture to a file (the view model's {@link DashboardViewModel#savePicture}). */
    @FunctionalInterface
    interface Saver {
        void save(DashboardViewModel.Picture picture, int dpi, Path file, Consumer<Path> saved, Consumer<Exception> failed);
    }

    /**
     * One chart to draw: {@code node} the chart on screen (its window, its stylesheets; hidden, nothing to draw),
     * {@code fileName} the name the save dialog offers, {@code slide} the slide it is drawn as.
     */
    record Target(Node node, Supplier<String> fileName, Supplier<Slide> slide) {
    }

    /**
     * A chart drawn as a slide for the regent, {@link #SLIDE_WIDTH} × {@link #SLIDE_HEIGHT} whatever the window's size
     * (trial 21a: the pie's PNG was 1324×640 on a laptop and 2046×1328 on a 1920×1080 screen, its pie huge and its
     * legend small): {@code title} says what is counted, the year and the total; {@code filter} the filter chosen
     * ("Saringan: Kecamatan Ruteng, segmen PU"; null: none); {@code body} builds the chart anew at the slide's size.
     */
    record Slide(String title, String filter, Supplier<Node> body, String caution) {
        /** A slide with no caution. */
        Slide(String title, String filter, Supplier<Node> body) {
            this(title, filter, body, null);
        }
    }

    /**
     * The caution a slide carries under its title ({@link Slide#caution}; null: none): the dashboard's and the year
     * report's "Perhatian …" when a funder that had participants the year before has none or far fewer recorded in
     * the year drawn ({@link id.payung.domain.FunderGap}). The picture goes into the regent's slides and WhatsApp
     * without the dashboard around it (trial 23a: "2026 — 16 peserta" read as coverage fallen from 5.280).
     */
    static final String CAUTION_CLASS = "picture-caution";

    /**
     * "Saringan: Kecamatan Ruteng, segmen PU, sumber dana APBDes": the dashboard's filter words ({@code dashboard}) and a
     * tab's own ({@code more}, e.g. its funder), either null; null when neither.
     */
    static String filterLine(ResourceBundle res, String dashboard, String more) {
        String words = dashboard == null ? more : more == null ? dashboard : dashboard + ", " + more;
        return words == null ? null : MessageFormat.format(res.getString("export.filter"), words);
    }

    /** {@link #filterLine} of the dashboard's filter and a tab's own funder ({@code funder} null: none chosen). */
    static String filterLineWithFunder(ResourceBundle res, String dashboard, id.payung.domain.FundingSource funder) {
        return filterLine(res, dashboard, funder == null ? null
                : MessageFormat.format(res.getString("export.filter.funder"), funder.name()));
    }

    /** A slide's axis of participants: labelled, id-ID ticks, no minor ticks (the per-kecamatan/pekerjaan/regency bars). */
    static javafx.scene.chart.NumberAxis countAxis(ResourceBundle res) {
        javafx.scene.chart.NumberAxis counts = new javafx.scene.chart.NumberAxis();
        counts.setLabel(res.getString("col.participants"));
        counts.setMinorTickVisible(false);
        DashboardCharts.countTicks(counts);
        return counts;
    }

    /** A slide's size in points: drawn at {@link #SCALE}, 1920 × 1080 pixels (16:9), 10 × 5,625 inches at {@link #DPI}. */
    static final double SLIDE_WIDTH = 960;
    static final double SLIDE_HEIGHT = 540;
    /** The slide's title's and filter line's style classes. */
    static final String TITLE_CLASS = "picture-title";
    static final String FILTER_CLASS = "picture-filter";

    /** The footer's style class; its text is {@link #footer}. */
    static final String FOOTER_CLASS = "picture-footer";

    private final ResourceBundle res;
    private final Supplier<String> footer;
    private final Saver saver;
    private final Consumer<String> said;
    private final java.util.function.BiConsumer<String, Exception> failed;

    /**
     * @param footer the line under each picture, asked when it is drawn ({@link #footer}); null: none
     * @param said   shows what was done ("Gambar tersimpan: …"), in the dashboard's message line
     * @param failed shows why a picture was not saved: the sentence ({@link #whyNotSaved}) and the failure
     */
    ChartPictures(ResourceBundle res, Supplier<String> footer, Saver saver, Consumer<String> said,
                  java.util.function.BiConsumer<String, Exception> failed) {
        this.res = res;
        this.footer = footer;
        this.saver = saver;
        this.said = said;
        this.failed = failed;
    }

    /** A right-click on any of {@code on} (the chart, its legend) offers to copy or save {@code target}. */
    void install(Target target, Node... on) {
        for (Node n : on) {
            n.setOnContextMenuRequested(e -> {
                menu(target).show(n, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        }
    }

    /** "Salin gambar" and "Simpan sebagai PNG…" for {@code target}. */
    ContextMenu menu(Target target) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("chart-picture-menu");
        menu.getItems().setAll(items(() -> target));
        return menu;
    }

    /** The two menu items, for the chart {@code target} gives when chosen (the button's: the current tab's chart). */
    java.util.List<MenuItem> items(Supplier<Target> target) {
        MenuItem copy = new MenuItem(res.getString("picture.copy"));
        copy.getStyleClass().add("copy-picture");
        copy.setOnAction(e -> copy(target.get()));
        MenuItem save = new MenuItem(res.getString("picture.save"));
        save.getStyleClass().add("save-picture");
        save.setOnAction(e -> saveAs(target.get()));
        return java.util.List.of(copy, save);
    }

    /** Puts the chart's picture on the clipboard, for pasting into a slide or a letter. */
    void copy(Target target) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(draw(target, footer.get()));
        Clipboard.getSystemClipboard().setContent(content);
        said.accept(res.getString("picture.copied"));
    }

    /** Asks where to save the chart (the name offered names the year and filters), then saves it there. */
    private void saveAs(Target target) {
        WritableImage image = draw(target, footer.get()); // drawn now: what the user sees as he chooses, not after
        SaveDialogs.choose(target.node().getScene().getWindow(), target.fileName().get(),
                new FileChooser.ExtensionFilter("PNG", "*.png")).ifPresent(file -> save(image, file));
    }

    /** Draws {@code target} now (on the FX thread) and writes it to {@code file} (off it), as "Simpan sebagai PNG…" does. */
    void saveTo(Target target, Path file) {
        save(draw(target, footer.get()), file);
    }

    /** What {@code target}'s picture is drawn from, laid out but not drawn. */
    javafx.scene.Parent slideOf(Target target) {
        return slide(target.slide().get(), footer.get(), stylesheets(target.node()));
    }

    /** Writes a drawn chart to {@code file}; says it was saved, or why not. */
    void save(WritableImage image, Path file) {
        saver.save(pixels(image), DPI, file,
                f -> said.accept(MessageFormat.format(res.getString("picture.saved"), f.toString())),
                e -> failed.accept(whyNotSaved(res, file, e), e));
    }

    /**
     * "Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data per 06/12/2026": whose numbers a picture shows
     * (the office and its regency; the regency once when the office's name already says it) and the day they were
     * drawn, id-ID. Only the day when neither is known (an office not named yet).
     */
    static String footer(ResourceBundle res, id.payung.service.DashboardService.Source source) {
        String office = source.office();
        String region = source.region();
        String who;
        if (office == null) {
            who = region;
        } else if (region == null || names(office, region)) {
            who = office;
        } else {
            who = office + " " + region;
        }
        String day = id.payung.domain.Formats.date(source.asOf());
        return who == null ? MessageFormat.format(res.getString("picture.footer.dateOnly"), day)
                : MessageFormat.format(res.getString("picture.footer"), who, day);
    }

    /** True when an office's name already names its region ("Disnaker Kab. Manggarai" for "Kabupaten Manggarai"). */
    private static boolean names(String office, String region) {
        String bare = region.replaceFirst("(?i)^(kabupaten|kota|provinsi)\\s+", "").strip().toLowerCase(java.util.Locale.ROOT);
        String words = " " + office.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        if (bare.isEmpty()) {
            return false;
        }
        // Or by its initials, as offices write a province ("Provinsi NTT" for "Provinsi Nusa Tenggara Timur": the
        // footer said both, trial 20a).
        String[] parts = bare.split("[^\\p{L}\\p{N}]+");
        StringBuilder initials = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                initials.append(part.charAt(0));
            }
        }
        return words.contains(" " + bare.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                || (initials.length() >= 2 && words.contains(" " + initials + " "));
    }

    /** {@code target}'s slide drawn, with {@code footer} under it (null: none): {@link #drawSlide}. */
    static WritableImage draw(Target target, String footer) {
        return drawSlide(slide(target.slide().get(), footer, stylesheets(target.node())));
    }

    /** The window's stylesheets, for a slide drawn in a scene of its own (the charts' colours and labels as on screen). */
    private static java.util.List<String> stylesheets(Node node) {
        return node.getScene() == null ? java.util.List.of() : java.util.List.copyOf(node.getScene().getStylesheets());
    }

    /** A line of a slide's head: wrapping, as tall as its lines, {@code wide} across the slide's width. */
    private static javafx.scene.control.Label slideLine(String text, String styleClass, String style, boolean wide) {
        javafx.scene.control.Label line = new javafx.scene.control.Label(text);
        line.getStyleClass().add(styleClass);
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (wide) {
            line.setMaxWidth(Double.MAX_VALUE);
        }
        line.setStyle(style);
        return line;
    }

    /**
     * A slide, laid out in a scene of its own with {@code stylesheets} and not shown: {@code slide}'s title (what is
     * counted, the year, the total), its filter, the chart its body builds, and {@code footer} (whose numbers and as of
     * when; null: none), on white, {@link #SLIDE_WIDTH} × {@link #SLIDE_HEIGHT}.
     */
    static javafx.scene.Parent slide(Slide slide, String footer, java.util.List<String> stylesheets) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8);
        box.setStyle("-fx-background-color: white;");
        box.setPadding(new javafx.geometry.Insets(22, 28, 14, 28));
        // Not by the window's stylesheet: the slide's own, read from the back of a meeting room.
        box.getChildren().add(slideLine(slide.title(), TITLE_CLASS,
                "-fx-font-size: 21px; -fx-font-weight: bold; -fx-text-fill: #222222;", true));
        if (slide.filter() != null) {
            box.getChildren().add(slideLine(slide.filter(), FILTER_CLASS, "-fx-font-size: 15px; -fx-text-fill: #444444;",
                    false));
        }
        if (slide.caution() != null) {
            box.getChildren().add(slideLine(slide.caution(), CAUTION_CLASS,
                    "-fx-font-size: 14px; -fx-text-fill: #8a4b00;", true));
        }
        Node body = slide.body().get();
        javafx.scene.layout.VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        if (body instanceof javafx.scene.layout.Region r) {
            r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            r.setMinSize(0, 0);
        }
        box.getChildren().add(body);
        if (footer != null) {
            javafx.scene.control.Label line = new javafx.scene.control.Label(footer);
            line.getStyleClass().add(FOOTER_CLASS);
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            line.setStyle("-fx-font-size: 11px; -fx-text-fill: #444444;");
            box.getChildren().add(line);
        }
        box.setMinSize(SLIDE_WIDTH, SLIDE_HEIGHT);
        box.setPrefSize(SLIDE_WIDTH, SLIDE_HEIGHT);
        box.setMaxSize(SLIDE_WIDTH, SLIDE_HEIGHT);
        javafx.scene.Scene scene = new javafx.scene.Scene(box, SLIDE_WIDTH, SLIDE_HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        box.applyCss();
        box.layout();
        return box;
    }

    /** A laid-out slide drawn at {@link #SCALE}: exactly {@link #SLIDE_WIDTH} × {@link #SLIDE_HEIGHT} times it, on white. */
    static WritableImage drawSlide(javafx.scene.Parent slide) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(SCALE, SCALE));
        params.setViewport(new Rectangle2D(0, 0, SLIDE_WIDTH * SCALE, SLIDE_HEIGHT * SCALE));
        return slide.snapshot(params, null);
    }

    /** The picture's pixels for the PNG writer. */
    static DashboardViewModel.Picture pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new DashboardViewModel.Picture(w, h, argb);
    }

    /** Why a picture was not saved, in the user's words: the folder refused, gone, the old file held open, … */
    static String whyNotSaved(ResourceBundle res, Path file, Exception e) {
        Throwable cause = e;
        while (cause instanceof java.io.UncheckedIOException || (cause instanceof RuntimeException && cause.getCause() != null)) {
            cause = cause.getCause();
        }
        String why;
        if (cause instanceof id.payung.service.ReplacingWrite.NotReplacedException n) {
            why = MessageFormat.format(res.getString("export.notReplaced"), n.target().toString());
        } else if (cause instanceof java.nio.file.AccessDeniedException) {
            why = MessageFormat.format(res.getString("picture.why.denied"), folder(file));
        } else if (cause instanceof java.nio.file.NoSuchFileException) {
            why = MessageFormat.format(res.getString("picture.why.noFolder"), folder(file));
        } else {
            String reason = cause instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            why = MessageFormat.format(res.getString("picture.why.other"), file.toString(), reason);
        }
        return MessageFormat.format(res.getString("picture.failed"), why);
    }

    private static String folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toString() : parent.toString();
    }
}
