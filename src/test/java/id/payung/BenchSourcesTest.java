package id.payung;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark, the window probe and the raw baseline are tools, not the app: their sources are in
 * src/bench/java (compiled with the tests), every one of their classes goes into target/payung-bench.jar
 * (the includes of the pom's bench-jar execution), and none is among the app's classes (payung.jar).
 */
class BenchSourcesTest {
    private static final Path BENCH = Path.of("src", "bench", "java");

    @Test
    void noBenchProbeOrBaselineClassIsAmongTheAppsClasses() throws IOException {
        Path classes = Path.of("target", "classes", "id", "payung");
        assertThat(classes.resolve("app/Launcher.class")).as("the app's classes are compiled").exists();
        try (Stream<Path> files = Files.walk(classes)) {
            assertThat(files.map(p -> classes.relativize(p).toString()))
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).matches(".*(bench|probe|baseline).*"));
        }
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            assertThat(files.map(Path::toString)).as("no source of the bench left in the app's sources")
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).matches(".*(bench|probe|baseline).*"));
        }
    }

    @Test
    void everyBenchClassGoesIntoTheBenchJar() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int execution = pom.indexOf("<id>bench-jar</id>");
        assertThat(execution).isPositive();
        String includes = pom.substring(execution, pom.indexOf("</includes>", execution));
        Matcher m = Pattern.compile("<include>([^<]+)</include>").matcher(includes);
        List<PathMatcher> patterns = new java.util.ArrayList<>();
        while (m.find()) {
            patterns.add(FileSystems.getDefault().getPathMatcher("glob:" + m.group(1)));
        }
        assertThat(patterns).isNotEmpty();
        try (Stream<Path> files = Files.walk(BENCH)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).as("the bench's sources").hasSizeGreaterThanOrEqualTo(5);
            for (Path source : sources) {
                Path compiled = Path.of(BENCH.relativize(source).toString().replaceFirst("\\.java$", ".class"));
                assertThat(patterns).as(compiled + " is named by an <include> of the bench-jar execution")
                        .anyMatch(p -> p.matches(compiled));
            }
        }
        // And nothing of the tests: the includes name the bench's own classes, not a package's tests.
        Path test = Path.of("id/payung/cli/BenchTest.class");
        assertThat(patterns).noneMatch(p -> p.matches(test));
    }
}
