package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same imports on SQLite and on PostgreSQL leave the same summary: a list of 1.500 new people, then a list
 * that moves a third of them to self-paying after their government funding and adds 200 new people, then that
 * second batch undone. After each step every summary table ({@code person_year}, {@code year_count},
 * {@code enrollment_shape}, {@code person_transition}, {@code continuation}) equals a full recount from the rules'
 * views on each engine, and both engines hold the same rows (compared by NIK and funder code, not by ids).
 */
@OnPostgres
class ImportOnBothEnginesTest {
    @RegisterExtension
    final TestEngine sqlite = TestEngine.of(Dialect.SQLITE);
    @RegisterExtension
    final TestEngine server = TestEngine.of(Dialect.POSTGRES);

    @TempDir
    Path dir;

    @Test
    void theSameImportsAndUndoLeaveTheSameSummaryOnBothEngines() throws Exception {
        StringWriter out = new StringWriter();
        DemoData.writeCsv(out, 1700, 5);
        List<String> lines = out.toString().lines().toList();
        Path first = write("first.csv", lines.get(0), lines.subList(1, 1501));
        List<String> second = new ArrayList<>();
        for (int i = 1; i <= 1500; i += 3) {
            String[] c = lines.get(i).split(";", -1);
            int year = Integer.parseInt(c[7].substring(3));
            if (year <= 2025) { // the next January: self-paying after a year of government funding
                c[6] = "MANDIRI";
                c[7] = "01/" + (year + 1);
                second.add(String.join(";", c));
            }
        }
        second.addAll(lines.subList(1501, 1701));
        Path more = write("second.csv", lines.get(0), second);

        Map<String, List<String>> onSqlite = run(sqlite, first, more);
        Map<String, List<String>> onServer = run(server, first, more);
        for (String step : onSqlite.keySet()) {
            assertThat(onServer.get(step)).as(step).isEqualTo(onSqlite.get(step));
        }
        assertThat(onSqlite.get("first person_year")).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(onSqlite.get("second continuation")).as("people who moved to self-paying").isNotEmpty();
        assertThat(onSqlite.get("undone continuation")).isEmpty();
    }

    /** Imports both files and undoes the second on one engine: the summary after each step, id-free. */
    private Map<String, List<String>> run(TestEngine engine, Path first, Path more) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        try (PayungServices services = engine.services()) {
            ImportService.Report a = services.imports().importFile(first, ImportOptions.defaults(),
                    ImportService.Progress.NONE);
            assertThat(a.imported()).isEqualTo(1500);
            summary(engine, "first", steps);
            ImportService.Report b = services.imports().importFile(more, ImportOptions.defaults(),
                    ImportService.Progress.NONE);
            assertThat(b.written()).isTrue();
            assertThat(b.rejected()).isZero();
            summary(engine, "second", steps);
            services.imports().undo(b.batchId());
            summary(engine, "undone", steps);
        }
        return steps;
    }

    private void summary(TestEngine engine, String step, Map<String, List<String>> steps) {
        try (Database db = engine.open()) {
            db.read(tx -> {
                for (String[] t : TABLES) {
                    assertThat(rows(tx, t[2])).as("%s: %s on %s is a full recount", step, t[0], engine.dialect())
                            .isEqualTo(rows(tx, t[3]));
                    steps.put(step + " " + t[0], rows(tx, t[1]));
                }
                return null;
            });
        }
    }

    /**
     * Each summary table: its rows without ids (to compare engines), then its rows with ids and what a full recount
     * from the rules' views gives (to compare on one engine).
     */
    static final String[][] TABLES = {
        {"person_year", """
                SELECT p.nik, s.year, f.code, s.segment, s.kecamatan_code, s.occupation_code, s.full_package
                FROM person_year s JOIN person p ON p.id = s.person_id JOIN funding_source f ON f.id = s.funder_id""",
            "SELECT person_id, year, enrollment_id, funder_id, segment, kecamatan_code, occupation_code, full_package"
                + " FROM person_year",
            "SELECT person_id, year, enrollment_id, funder_id, segment, kecamatan_code, occupation_code, full_package"
                + " FROM person_year_due"},
        {"year_count", """
                SELECT s.year, f.code, s.segment, s.kecamatan_code, s.occupation_code, s.full_package, s.n
                FROM year_count s JOIN funding_source f ON f.id = s.funder_id WHERE s.n <> 0""",
            "SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, n FROM year_count"
                + " WHERE n <> 0",
            "SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, count(*)"
                + " FROM person_year_due GROUP BY 1, 2, 3, 4, 5, 6"},
        {"enrollment_shape", """
                SELECT f.code, s.segment, s.programmes, s.income_rp, s.first_month, s.last_month, s.kecamatan_code,
                       s.occupation_code, s.n
                FROM enrollment_shape s JOIN funding_source f ON f.id = s.funder_id WHERE s.n <> 0""",
            "SELECT funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code, occupation_code, n"
                + " FROM enrollment_shape WHERE n <> 0",
            "SELECT " + CostShape.SHAPE_COLUMNS + ", count(*) FROM enrollment e JOIN person p ON p.id = e.person_id"
                + " WHERE e.deleted = 0 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"},
        {"person_transition",
            "SELECT p.nik, s.ended, s.continued FROM person_transition s JOIN person p ON p.id = s.person_id",
            "SELECT person_id, ended, continued FROM person_transition",
            "SELECT person_id, ended, continued FROM person_transition_due"},
        {"continuation", """
                SELECT p.nik, s.ended, s.segment, s.programmes, s.income_rp, s.first_month, s.last_month,
                       s.occupation_code
                FROM continuation s JOIN person p ON p.id = s.person_id""",
            "SELECT enrollment_id, person_id, ended, segment, programmes, income_rp, first_month, last_month,"
                + " occupation_code FROM continuation",
            "SELECT enrollment_id, person_id, ended, segment, programmes, income_rp, first_month, last_month,"
                + " occupation_code FROM continuation_due"},
    };

    static List<String> rows(Tx tx, String sql) {
        return tx.list(sql, rs -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                b.append(rs.getString(i)).append('|');
            }
            return b.toString();
        }).stream().sorted().toList();
    }

    private Path write(String name, String header, List<String> rows) throws Exception {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return Files.write(dir.resolve(name), all, StandardCharsets.UTF_8);
    }
}
