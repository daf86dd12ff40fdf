package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the Indonesian and English bundles in step with each other and with the FXML and code. */
class I18nTest {
    private static final ResourceBundle ID = I18n.bundle(I18n.INDONESIAN);
    private static final ResourceBundle EN = I18n.bundle(I18n.ENGLISH);

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(EN.keySet()).containsExactlyInAnyOrderElementsOf(ID.keySet());
        assertThat(ID.getString("nav.dashboard")).isEqualTo("Dasbor");
        assertThat(EN.getString("nav.dashboard")).isEqualTo("Dashboard");
    }

    /**
     * Trial 18 (MEDIUM 19): the import window said "Kecamatan" and "Desa/Kelurahan" in English. An English text
     * the same as the Indonesian one is an untranslated leftover unless it holds only words both languages share
     * (NIK, Status, Payung, Rupiah, Server, KB …), placeholders and punctuation.
     */
    @Test
    void noEnglishTextIsAnUntranslatedIndonesianOne() {
        Set<String> shared = Set.of("NIK", "Status", "Payung", "Rupiah", "Server", "KB", "MB", "GB");
        List<String> leftovers = ID.keySet().stream()
                .filter(key -> EN.getString(key).equals(ID.getString(key)))
                .filter(key -> java.util.Arrays.stream(ID.getString(key).replaceAll("\\{\\d+}", " ").split("[^\\p{L}]+"))
                        .anyMatch(word -> !word.isEmpty() && !shared.contains(word)))
                .sorted().toList();
        assertThat(leftovers).as("English texts left in Indonesian").isEmpty();
    }

    @Test
    void indonesianIsChosenWhateverTheJvmLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(I18n.bundle(I18n.INDONESIAN).getString("nav.awards")).isEqualTo("Penghargaan");
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThat(I18n.fromTag(null)).isEqualTo(I18n.INDONESIAN);
        assertThat(I18n.fromTag("en")).isEqualTo(I18n.ENGLISH);
    }

    @Test
    void everyFxmlKeyExists() throws IOException {
        Set<String> keys = matches(Path.of("src/main/resources/id/payung/ui"), ".fxml", Pattern.compile("\"%([\\w.]+)\""));
        assertThat(keys).isNotEmpty();
        assertThat(ID.keySet()).containsAll(keys);
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Set<String> keys = matches(Path.of("src/main/java/id/payung/ui"), ".java",
                Pattern.compile("resources\\.getString\\(\"([\\w.]+)\"\\)|bundle\\.getString\\(\"([\\w.]+)\"\\)"));
        assertThat(keys).isNotEmpty();
        assertThat(ID.keySet()).containsAll(keys);
    }

    @Test
    void enumKeysBuiltAtRunTimeExist() {
        for (var k : id.payung.domain.EventKind.values()) {
            assertThat(ID.containsKey("event.kind." + k.name())).as(k.name()).isTrue();
        }
        for (var t : id.payung.domain.FunderType.values()) {
            assertThat(ID.containsKey("funder.type." + t.name())).as(t.name()).isTrue();
        }
        for (var s : id.payung.domain.CoverageStatus.values()) {
            assertThat(ID.containsKey("status." + s.name())).as(s.name()).isTrue();
        }
        for (var s : id.payung.domain.Sector.values()) {
            assertThat(ID.containsKey("sector." + s.name())).as(s.name()).isTrue();
        }
        for (var c : id.payung.service.importing.Column.values()) {
            assertThat(ID.containsKey("import.column." + c.name())).as(c.name()).isTrue();
        }
        for (var m : id.payung.service.importing.Reconciliation.Match.values()) {
            assertThat(ID.containsKey("reconcile.match." + m.name())).as(m.name()).isTrue();
        }
        for (var f : id.payung.domain.FormProblem.Field.values()) {
            assertThat(ID.containsKey("field." + f.name())).as(f.name()).isTrue();
        }
        for (var r : id.payung.domain.EndReason.values()) {
            assertThat(ID.containsKey("endReason." + r.name())).as(r.name()).isTrue();
        }
        for (var r : id.payung.domain.DeleteReason.values()) {
            assertThat(ID.containsKey("deleteReason." + r.name())).as(r.name()).isTrue();
        }
        for (var p : id.payung.domain.DatabaseOpenException.Problem.values()) {
            assertThat(ID.containsKey("db.problem." + p.name())).as(p.name()).isTrue();
            assertThat(ID.containsKey("history.refused." + p.name())).as("a refused restore's reason " + p.name()).isTrue();
        }
    }

    /**
     * Prefixes of keys built at run time, and what may follow each (a key's rest up to its next dot):
     * an enum's constant names, or, where the rest is a code written in the code ({@code FormProblem} and
     * import-file problem codes, the breakdown kinds), any string literal in src/main.
     */
    private static Map<String, Set<String>> builtKeys(Set<String> literals) {
        return Map.ofEntries(
                Map.entry("status.", names(id.payung.domain.CoverageStatus.class)),       // EnrollmentsView
                Map.entry("event.kind.", names(id.payung.domain.EventKind.class)),        // AwardsView
                Map.entry("audit.topic.", names(id.payung.domain.AuditTopic.class)),      // AuditView, AuditService
                Map.entry("funder.type.", names(id.payung.domain.FunderType.class)),      // FundingSourcesView
                Map.entry("sector.", names(id.payung.domain.Sector.class)),               // FundingSourcesView, ReportsView
                Map.entry("backup.kind.", names(id.payung.service.BackupService.Kind.class)), // BackupView
                Map.entry("db.problem.", names(id.payung.domain.DatabaseOpenException.Problem.class)), // UserMessages, cli
                Map.entry("history.refused.", names(id.payung.domain.DatabaseOpenException.Problem.class)), // AuditWords
                Map.entry("endReason.", names(id.payung.domain.EndReason.class)),         // HistoryDialog, EndEnrollmentDialog
                Map.entry("deleteReason.", names(id.payung.domain.DeleteReason.class)),   // DeleteEnrollmentDialog, AuditWords
                Map.entry("sex.", names(id.payung.domain.Sex.class)),                     // EnrollmentFormView
                Map.entry("segment.", names(id.payung.domain.Segment.class)),             // EnrollmentFormView
                Map.entry("field.", names(id.payung.domain.FormProblem.Field.class)),     // FieldsDialog and forms
                Map.entry("import.column.", names(id.payung.service.importing.Column.class)), // ImportView
                Map.entry("reconcile.match.", names(id.payung.service.importing.Reconciliation.Match.class)),
                Map.entry("reconcile.damaged.", names(id.payung.service.importing.Reconciliation.Damage.class)),
                Map.entry("reports.programme.", names(id.payung.domain.Programme.class)), // BenefitDialog
                Map.entry("problem.NIK_", names(id.payung.domain.NikProblem.Code.class)), // FormProblem.of(NikProblem)
                Map.entry("problem.", literals),                                          // FormProblem codes
                Map.entry("import.problem.", literals),                                   // ImportFileException codes
                Map.entry("breakdown.", literals),                                        // BreakdownPane's kind
                Map.entry("history.action.", literals),                                   // AuditWords: audit entities
                Map.entry("history.field.", literals),                                    // AuditWords: audit fields
                Map.entry("history.firstMonthSource.", literals),                         // AuditWords: an import's Mulai
                Map.entry("history.funderSource.", literals),                             // AuditWords: an import's funder
                Map.entry("history.correction.", names(id.payung.domain.CorrectionScope.class)), // AuditWords
                Map.entry("occupation.", seededOccupations().keySet()));                  // OccupationNames
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        Set<String> literals = literals(Path.of("src/main/java"));
        Set<String> used = new HashSet<>(literals);
        used.addAll(matches(Path.of("src/main/resources"), ".fxml", Pattern.compile("\"%([\\w.]+)\"")));
        Map<String, Set<String>> built = builtKeys(literals);
        List<String> unused = ID.keySet().stream().filter(key -> !used.contains(key))
                .filter(key -> built.entrySet().stream().noneMatch(b -> key.startsWith(b.getKey())
                        && b.getValue().contains(key.substring(b.getKey().length()).split("\\.")[0])))
                .sorted().toList();
        assertThat(unused).as("keys nothing in src/main uses").isEmpty();
    }

    /** Every string literal in the Java files under {@code root} (text blocks and quote characters skipped). */
    private static Set<String> literals(Path root) throws IOException {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f).replaceAll("(?s)\"\"\".*?\"\"\"", "").replace("'\"'", "")
                        .replace("'\\\"'", "");
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    /** The occupations Payung ships ({@code seeds/occupations.csv}): code → Indonesian name. */
    private static Map<String, String> seededOccupations() {
        try {
            Map<String, String> seeded = new java.util.LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of("seeds/occupations.csv")).subList(1, Files.readAllLines(
                    Path.of("seeds/occupations.csv")).size())) {
                String[] f = line.split(",");
                if (f.length >= 2) {
                    seeded.put(f[0].trim(), f[1].trim());
                }
            }
            return seeded;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Trial 18 (MEDIUM 19): the occupations of Payung's own list stayed Indonesian in English. Each has its word in
     * both bundles, the Indonesian one the seeded name, the English one another.
     */
    @Test
    void everySeededOccupationHasItsWordInBothLanguages() {
        assertThat(seededOccupations()).isNotEmpty();
        seededOccupations().forEach((code, name) -> {
            assertThat(ID.containsKey("occupation." + code)).as(code).isTrue();
            assertThat(ID.getString("occupation." + code)).as(code).isEqualTo(name);
            assertThat(EN.getString("occupation." + code)).as(code).isNotEqualTo(name);
        });
        assertThat(OccupationNames.name(EN, "PETANI", "Petani")).isEqualTo("Farmer");
        assertThat(OccupationNames.name(ID, "PETANI", "Petani")).isEqualTo("Petani");
        assertThat(OccupationNames.name(EN, "DUKUN", "Dukun beranak")).as("not in the list: as stored")
                .isEqualTo("Dukun beranak");
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        Set<String> names = new HashSet<>();
        for (Enum<?> e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return names;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return found;
    }
}
