package id.payung;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.architecture.AllowedToUseStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own {@code jdeps} over the built classes (as the issue's "done when" reads it): no cycle between
 * Payung's packages, and no edge from ui or cli to store except from a class named by
 * {@link AllowedToUseStore}. A second opinion next to ArchUnit, from the byte code as javac wrote it.
 * By hand: {@code jdeps -verbose:package -filter:none target/classes}.
 */
class PackageCyclesTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(id\\.payung\\.\\S+)\\s+->\\s+(id\\.payung\\.\\S+)\\s");

    /** Class → the Payung classes it uses, as jdeps reads them. */
    private static final Map<String, Set<String>> CLASS_EDGES = new TreeMap<>();

    @BeforeAll
    static void runJdeps() throws Exception {
        Path classes = Path.of(id.payung.app.Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none", classes.toString());
        assertThat(code).as("jdeps: %s", err).isZero();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find()) {
                CLASS_EDGES.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertThat(CLASS_EDGES).as("jdeps found Payung's classes").containsKey("id.payung.app.Launcher");
    }

    @Test
    void noCycleBetweenPayungsPackages() {
        Map<String, Set<String>> packages = new TreeMap<>();
        CLASS_EDGES.forEach((from, tos) -> tos.forEach(to -> {
            if (!packageOf(from).equals(packageOf(to))) {
                packages.computeIfAbsent(packageOf(from), k -> new TreeSet<>()).add(packageOf(to));
            }
        }));
        assertThat(packages).as("jdeps saw the package edges").containsKey("id.payung.ui.main");
        assertThat(cycles(packages)).as("package cycles (strongly connected groups of packages)").isEmpty();
    }

    @Test
    void uiAndCliNeverUseTheStoreExceptNamedExemptions() throws Exception {
        List<String> edges = new ArrayList<>();
        for (var e : CLASS_EDGES.entrySet()) {
            String from = e.getKey();
            if ((from.startsWith("id.payung.ui.") || from.startsWith("id.payung.cli.")) && !exempt(from)) {
                e.getValue().stream().filter(to -> to.startsWith("id.payung.store.")).forEach(to -> edges.add(from + " -> " + to));
            }
        }
        assertThat(edges).isEmpty();
    }

    private static boolean exempt(String className) throws ClassNotFoundException {
        for (Class<?> c = Class.forName(className, false, PackageCyclesTest.class.getClassLoader()); c != null;
             c = c.getEnclosingClass()) {
            AllowedToUseStore a = c.getAnnotation(AllowedToUseStore.class);
            if (a != null && !a.value().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** Tarjan's strongly connected components with more than one package: each is a cycle. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, found, counter);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }

    @Test
    void theCycleFinderFindsACycle() {
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"))))
                .containsExactly(new TreeSet<>(Set.of("a", "b", "c")));
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of("c")))).isEmpty();
    }
}
