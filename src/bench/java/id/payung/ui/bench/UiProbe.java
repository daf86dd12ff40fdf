package id.payung.ui.bench;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.facade.PayungServices;
import id.payung.ui.FxTaskExecutor;
import id.payung.ui.I18n;
import id.payung.app.MainWindow;
import id.payung.ui.enrollments.RegisterLine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Measures the window from the inside, in a JVM of its own started by the benchmark (so that
 * start-up is cold and the heap limit is the one given). Prints {@code KEY value} lines and exits.
 *
 * <ul>
 *   <li>{@code empty}: an empty JavaFX window, the yardstick for start-up: prints {@code FIRST_FRAME}.</li>
 *   <li>{@code app DB}: Payung's main window on a database, opened as the app opens it: {@code FIRST_FRAME},
 *   then {@code DASHBOARD} when the dashboard's chart is drawn with its data.</li>
 *   <li>{@code register DB}: then, {@value #READING_MS} ms after the dashboard is drawn (a person reading it),
 *   the register: first page, a kecamatan filter, a sort by name (each timed
 *   until the table shows the new rows), the longest the FX thread was kept from drawing meanwhile, frame
 *   times while scrolling through pages, and the heap in use afterwards.</li>
 *   <li>{@code import DB [WAIT_MS]}: then, {@code WAIT_MS} ms (default {@value #READING_MS}) after the dashboard is
 *   drawn, the import window as Berkas → Impor… opens it, twice (closed in between): {@code IMPORT_COLD_MS} and
 *   {@code IMPORT_WARM_MS} from the menu to the frame drawn with the window's content (its funders listed),
 *   {@code IMPORT_SHOWN_MS} to its first frame of any content, and the longest the main window's FX thread was kept
 *   from drawing meanwhile ({@code IMPORT_..._MAX_BLOCK_MS}) and in the wait before ({@code ..._BEFORE_MAX_BLOCK_MS});
 *   then {@code PLAIN_WINDOW_MS}, a window of one label from {@code show()} to its first frame, the yardstick.</li>
 * </ul>
 */
@id.payung.architecture.AllowedToUseCompositionRoot("the window probe times the real window, built as the app "
        + "builds it; it leaves the shipped jar with the rest of the bench tooling")
public final class UiProbe {
    private static volatile java.util.concurrent.CompletableFuture<PayungServices> early;
    /** How long the register probe waits after the dashboard is drawn before opening the register. */
    static final long READING_MS = 1500;

    private UiProbe() {
    }

    /** Whether the node and all its parents are visible (screens stay in the window, hidden, once built). */
    static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        // A probe that cannot finish (a step that never shows its rows) must not hang the benchmark.
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(180_000);
                System.out.println("TIMEOUT");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "probe-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        if (args.length > 1) {
            // As the app does: the database opens while JavaFX starts.
            Path file = Path.of(args[1]);
            early = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> PayungServices.open(file, false, Clock.systemDefaultZone()));
        }
        // As the app does (the empty window too: it is the yardstick for the same settings).
        id.payung.ui.Rendering.configure();
        Application.launch(ProbeApp.class, args);
    }

    /** The probe's JavaFX application. */
    public static final class ProbeApp extends Application {
        private final Clock clock = Clock.systemDefaultZone();
        private PayungServices services;
        private FxTaskExecutor tasks;
        private Scene scene;
        private final List<Long> gaps = new ArrayList<>();
        private long lastPulse;
        private int phaseStart;

        @Override
        public void init() {
            mark("INIT");
            if (early != null) {
                services = early.join();
            }
            mark("OPENED");
        }

        @Override
        public void start(Stage stage) {
            String mode = getParameters().getRaw().get(0);
            mark("START");
            if (mode.equals("empty")) {
                stage.setScene(new Scene(new StackPane(), 1200, 760));
                stage.show();
                scene = stage.getScene();
            } else {
                tasks = new FxTaskExecutor(error -> {
                    error.printStackTrace();
                    System.out.println("ERROR " + error);
                    Platform.exit();
                });
                new MainWindow(stage, services, tasks, clock, I18n.INDONESIAN, "bench").show();
                scene = stage.getScene();
            }
            mark("SHOWN");
            // Said from inside the first pulse: work the window queues for after its first frame (the
            // dashboard) must not count as start-up.
            Runnable[] first = new Runnable[1];
            first[0] = () -> {
                scene.removePostLayoutPulseListener(first[0]);
                mark("FRAME");
                System.out.println("FIRST_FRAME");
                System.out.flush();
            };
            scene.addPostLayoutPulseListener(first[0]);
            if (mode.equals("empty")) {
                onNextFrame(Platform::exit);
                return;
            }
            if (mode.equals("register") || mode.equals("import")) {
                // Frames are timed from the first one: start-up's longest frame is reported too.
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (lastPulse != 0) {
                            gaps.add(now - lastPulse);
                        }
                        lastPulse = now;
                    }
                }.start();
            }
            whenShown("#sharesChart", chart -> onNextFrame(() -> {
                mark("DASHBOARD");
                System.out.println("DASHBOARD");
                System.out.flush();
                if (mode.equals("import")) {
                    gaps.clear(); // from the dashboard drawn: the register and the import made ahead meanwhile
                    long wait = getParameters().getRaw().size() > 2 ? Long.parseLong(getParameters().getRaw().get(2))
                            : READING_MS;
                    PauseTransition reading = new PauseTransition(Duration.millis(Math.max(1, wait)));
                    reading.setOnFinished(e -> openImport("COLD", () -> openImport("WARM", () -> openPlain(Platform::exit))));
                    reading.play();
                } else if (mode.equals("register")) {
                    // A person looks at the dashboard before opening the register.
                    PauseTransition reading = new PauseTransition(Duration.millis(READING_MS));
                    reading.setOnFinished(e -> register());
                    reading.play();
                } else {
                    Platform.exit();
                }
            }), node -> node instanceof PieChart pie && !pie.getData().isEmpty());
        }

        @Override
        public void stop() {
            if (tasks != null) {
                tasks.close();
            }
            if (services != null) {
                services.close();
            }
        }

        private void onNextFrame(Runnable then) {
            id.payung.ui.Frames.afterNextFrame(scene, then);
        }

        /** Open the register, filter, sort, scroll; each step starts when the last one showed its rows. */
        private void register() {
            // Start-up (dashboard and register being built and laid out) is over: the register's own steps next.
            System.out.println("STARTUP_MAX_BLOCK_MS " + ms(gaps.isEmpty() ? 0 : Collections.max(gaps)));
            gaps.clear();
            long start = System.nanoTime();
            // The register may be built already (hidden): opening it shows it and reloads its first page.
            Object before = scene.lookup("#enrollmentsTable") instanceof TableView<?> t ? firstRow(t) : null;
            ((ToggleButton) scene.lookup("#enrollmentsNav")).fire();
            whenShown("#enrollmentsTable", node -> {
                TableView<?> table = (TableView<?>) node;
                whenRowsShown(table, start, "OPEN_MS", before, () -> {
                    ComboBox<?> region = (ComboBox<?>) scene.lookup("#regionFilter");
                    long filterStart = System.nanoTime();
                    Object unfiltered = firstRow(table);
                    // The first kecamatan (the list holds kecamatan and their desa, by code, after "all").
                    int kecamatan = 0;
                    for (int i = 0; i < region.getItems().size(); i++) {
                        if (region.getItems().get(i) instanceof Region r && r.level() == RegionLevel.KECAMATAN) {
                            kecamatan = i;
                            break;
                        }
                    }
                    region.getSelectionModel().select(kecamatan);
                    whenRowsShown(table, filterStart, "FILTER_MS", unfiltered, () -> {
                        long sortStart = System.nanoTime();
                        Object unsorted = firstRow(table);
                        sortByName(table);
                        whenRowsShown(table, sortStart, "SORT_MS", unsorted, () -> {
                            System.out.println("MAX_BLOCK_MS " + ms(gaps.isEmpty() ? 0 : Collections.max(gaps)));
                            scroll(table);
                        });
                    });
                });
            }, UiProbe::treeVisible);
        }

        /**
         * Opens the import window from the menu, prints when it first drew anything and when it drew its content
         * (the funder list filled), then closes it and goes on with {@code then}.
         */
        private void openImport(String key, Runnable then) {
            System.out.println("IMPORT_" + key + "_BEFORE_MAX_BLOCK_MS " + ms(gaps.isEmpty() ? 0 : Collections.max(gaps)));
            gaps.clear();
            // How long the FX thread takes to answer a runLater while the window opens (asked every 10 ms).
            long[] slowest = new long[1];
            boolean[] opening = {true};
            Thread asking = new Thread(() -> {
                while (opening[0]) {
                    long asked = System.nanoTime();
                    java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
                    Platform.runLater(answered::countDown);
                    try {
                        answered.await();
                        slowest[0] = Math.max(slowest[0], System.nanoTime() - asked);
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "probe-asking");
            asking.setDaemon(true);
            asking.start();
            List<javafx.stage.Window> before = List.copyOf(javafx.stage.Window.getWindows());
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) scene.lookup("#menuBar");
            javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream()
                    .filter(i -> "menuImport".equals(i.getId())).findFirst().orElseThrow();
            long start = System.nanoTime();
            item.fire();
            boolean[] shown = new boolean[1];
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    javafx.stage.Window opened = javafx.stage.Window.getWindows().stream()
                            .filter(w -> !before.contains(w) && w.isShowing() && w.getScene() != null)
                            .findFirst().orElse(null);
                    if (opened == null) {
                        return;
                    }
                    if (!shown[0]) {
                        shown[0] = true;
                        Scene importScene = opened.getScene();
                        id.payung.ui.Frames.afterNextFrame(importScene, () -> System.out.println("IMPORT_SHOWN_"
                                + key + "_MS " + ms(System.nanoTime() - start)));
                    }
                    if (opened.getScene().lookup("#importFunder") instanceof ComboBox<?> funders
                            && !funders.getItems().isEmpty() && funders.getSkin() != null) {
                        stop();
                        id.payung.ui.Frames.afterNextFrame(opened.getScene(), () -> {
                            System.out.println("IMPORT_" + key + "_MS " + ms(System.nanoTime() - start));
                            System.out.println("IMPORT_" + key + "_MAX_BLOCK_MS " + ms(gaps.isEmpty() ? 0
                                    : Collections.max(gaps)));
                            opening[0] = false;
                            System.out.println("IMPORT_" + key + "_RUNLATER_MAX_MS " + ms(slowest[0]));
                            opened.hide();
                            PauseTransition settle = new PauseTransition(Duration.millis(READING_MS));
                            settle.setOnFinished(e -> then.run());
                            settle.play();
                        });
                    }
                }
            }.start();
        }

        /**
         * The yardstick for the import window: a window of the same size holding one label, from {@code show()} to
         * its first frame ({@code PLAIN_WINDOW_MS}).
         */
        private void openPlain(Runnable then) {
            Stage plain = new Stage();
            plain.initOwner(scene.getWindow());
            javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
            plain.setScene(new Scene(new StackPane(new javafx.scene.control.Label("Memuat…")), usable.getWidth(),
                    usable.getHeight()));
            long start = System.nanoTime();
            plain.show();
            id.payung.ui.Frames.afterNextFrame(plain.getScene(), () -> {
                System.out.println("PLAIN_WINDOW_MS " + ms(System.nanoTime() - start));
                plain.hide();
                then.run();
            });
        }

        /** Calls {@code then} with the node once a pulse has laid it out in the window as {@code ready} wants. */
        private void whenShown(String selector, java.util.function.Consumer<Node> then,
                               java.util.function.Predicate<Node> ready) {
            Runnable[] self = new Runnable[1];
            self[0] = () -> {
                Node node = scene.lookup(selector);
                if (node != null && ready.test(node)) {
                    scene.removePostLayoutPulseListener(self[0]);
                    Platform.runLater(() -> then.accept(node));
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(self[0]);
            Platform.requestNextPulse();
        }

        private static <S> void sortByName(TableView<S> table) {
            TableColumn<S, ?> name = table.getColumns().get(1);
            name.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(name));
        }

        /**
         * Calls {@code then} once the table shows another first row than {@code before} (a new page: every
         * read makes new rows), at the frame after the pulse that laid it out; prints the time since {@code start}.
         */
        private void whenRowsShown(TableView<?> table, long start, String key, Object before, Runnable then) {
            Runnable[] self = new Runnable[1];
            self[0] = () -> {
                Object now = firstRow(table);
                if (now != null && now != before) {
                    scene.removePostLayoutPulseListener(self[0]);
                    Platform.runLater(() -> onNextFrame(() -> {
                        System.out.println(key + " " + ms(System.nanoTime() - start));
                        phaseBlock(key);
                        then.run();
                    }));
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(self[0]);
            Platform.requestNextPulse();
        }

        /** What the table's first line shows (the register keeps its lines and changes what they show). */
        private static Object firstRow(TableView<?> table) {
            if (table.getItems().isEmpty()) {
                return null;
            }
            Object first = table.getItems().get(0);
            return first instanceof RegisterLine line ? line.row() : first;
        }

        /** The longest gap between frames in the step just measured (on standard error: for finding it). */
        private void phaseBlock(String key) {
            System.err.println("BLOCK " + key + " " + ms(gaps.stream().skip(phaseStart).max(Long::compare).orElse(0L)));
            phaseStart = gaps.size();
        }

        /** Scrolls down a page a bit every frame for 300 frames, turning pages at the bottom. */
        private void scroll(TableView<?> table) {
            gaps.clear();
            Node next = scene.lookup("#nextPage");
            ScrollBar bar = (ScrollBar) table.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar s && s.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                    .findFirst().orElseThrow();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames > 300) {
                        stop();
                        report();
                        return;
                    }
                    if (bar.getValue() >= bar.getMax() - 1e-9) {
                        ((javafx.scene.control.Button) next).fire();
                        bar.setValue(0);
                    } else {
                        bar.setValue(Math.min(bar.getMax(), bar.getValue() + bar.getMax() / 20));
                    }
                }
            }.start();
        }

        private void report() {
            List<Long> sorted = new ArrayList<>(gaps);
            Collections.sort(sorted);
            System.out.println("FRAME_MEDIAN_MS " + ms(sorted.get(sorted.size() / 2)));
            System.out.println("FRAME_MAX_MS " + ms(sorted.get(sorted.size() - 1)));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.println("HEAP_MB " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            Platform.exit();
        }

        /** When each start-up stage was reached, in ms since the JVM started (on standard error). */
        private static void mark(String stage) {
            System.err.println("AT_" + stage + " " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }

        private static String ms(long nanos) {
            return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
        }
    }
}
