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
            if (mode.equals("register")) {
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
                if (mode.equals("register")) {
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
