package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.CoverageStatus;
import id.payung.domain.EndReason;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterSort;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same clerk's work on SQLite and on PostgreSQL reads back the same everywhere the store answers: the
 * dashboard and its breakdowns, the register in every order and filter, page after page, the reports, costs,
 * coverage and readiness. What each engine says is compared line by line.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
class EnginesAgreeTest {
    @TempDir
    Path dir;

    @Test
    void everyAnswerIsTheSameOnBothEngines(PostgresDatabase server) throws Exception {
        server.useRegency("53.10");
        List<String> lite;
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK)) {
            lite = answers(s);
        }
        List<String> pg;
        try (PayungServices s = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK)) {
            pg = answers(s);
        }
        // The answers hold something to compare: Manggarai's seeded 2025 (4.280 / 1.000) and the clerk's names.
        assertThat(lite).anyMatch(l -> l.startsWith("shares 2025 ") && l.contains("4280") && l.contains("1000"))
                .anyMatch(l -> l.startsWith("page ") && l.contains("Theresia Nabu"))
                .anyMatch(l -> l.startsWith("page RegisterSort[column=NAME, ascending=true] RegisterFilter[search=AGUS,")
                        && l.contains("agustinus jehaut"));
        assertThat(pg).hasSameSizeAs(lite);
        for (int i = 0; i < lite.size(); i++) {
            assertThat(pg.get(i)).as("answer %d", i).isEqualTo(lite.get(i));
        }
    }

    /** A clerk's day of work, then every question asked of it, each answer as one line. */
    private static List<String> answers(PayungServices s) {
        EnrollmentService e = s.enrollments();
        String[] names = {"Theresia Nabu", "agustinus jehaut", "Yosef Nggoro", "maria goreti", "Kornelis Jagur",
                "Anselmus Sahu", "ZAKARIAS Ndun", "Bernadus Mbau"};
        String[] funders = {"APBD-KAB-MGR", "APBD-PROV-NTT", "MANDIRI", "CSR"};
        List<EnrollmentService.Saved> saved = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String nik = "5310" + "12" + String.format("%02d", 10 + i) + "0585" + String.format("%04d", i + 1);
            saved.add(e.enrol(TestData.form(nik, names[i], funders[i % funders.length], YearMonth.of(2024 + i % 3, 1 + i),
                    i % 2 == 0 ? null : YearMonth.of(2026, 12))));
        }
        // A move to self-paying after government funding, an end, a delete.
        e.end(saved.get(0).enrollmentId(), YearMonth.of(2025, 6), EndReason.BECAME_MANDIRI);
        e.enrol(TestData.form("5310121005850001", "Theresia Nabu", "MANDIRI", YearMonth.of(2025, 7), null));
        e.delete(saved.get(3).enrollmentId(), id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
        List<String> out = new ArrayList<>();
        for (int year = 2023; year <= 2027; year++) {
            out.add("shares " + year + " " + s.dashboard().fundingShares(year));
            out.add("shares BPU " + year + " " + s.dashboard().fundingShares(year, new Scope(null, Segment.BPU)));
            out.add("shares kec " + year + " " + s.dashboard().fundingShares(year, new Scope("53.10.12", null)));
            out.add("kecamatan " + year + " " + s.dashboard().byKecamatan(year, Scope.ALL, null));
            out.add("occupation " + year + " " + s.dashboard().byOccupation(year, Scope.ALL, "APBD-KAB-MGR"));
            out.add("transitions " + year + " " + s.transitions().transitions(year));
            out.add("tariffs " + year + " " + s.transitions().tariffs(year));
            out.add("coverage " + year + " " + s.coverage().coverage(year));
            out.add("costs " + year + " " + s.budget().costs(year));
            out.add("readiness " + year + " " + s.readiness().summary(year));
        }
        out.add("years " + s.dashboard().years());
        out.add("funders " + s.dashboard().funders());
        out.add("kecamatan " + s.dashboard().kecamatan());
        for (RegisterSort.Column c : RegisterSort.Column.values()) {
            for (boolean asc : new boolean[] {true, false}) {
                for (RegisterFilter f : List.of(RegisterFilter.all(), RegisterFilter.all().withSearch("AGUS"),
                        RegisterFilter.all().withSearch("nabu theresia"), RegisterFilter.all().withSearch("50%_"),
                        RegisterFilter.all().withSearch("5310 1210"), RegisterFilter.all().withFunder("MANDIRI"),
                        new RegisterFilter(null, null, Segment.BPU, "53.10.12", null, null, 2025, true),
                        new RegisterFilter(null, null, null, null, "OJEK", CoverageStatus.ACTIVE, null, false),
                        RegisterFilter.all().withStatus(CoverageStatus.ENDED),
                        RegisterFilter.all().withStatus(CoverageStatus.PLANNED))) {
                    RegisterSort sort = new RegisterSort(c, asc);
                    RegisterPage.PageKey after = null;
                    do {
                        RegisterPage page = s.register().page(f, sort, after, 3);
                        out.add("page " + sort + " " + f + " " + page.rows());
                        after = page.next();
                    } while (after != null);
                    out.add("count " + f + " " + s.register().counts(f));
                }
            }
        }
        out.add("history " + e.history(saved.get(0).personId()).enrollments());
        return out;
    }
}
