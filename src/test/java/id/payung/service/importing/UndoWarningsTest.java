package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.ImportBatch;
import id.payung.domain.Person;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.EnrollmentService;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.EnrollmentRepository;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 19, finding 5: the undo's question says how many of the enrollments it removes were changed after the import,
 * and by whom (from the audit); the list of past imports says who undid one (the undo's audit entry). Session 18:
 * and whose: each person, with what was changed and by whom.
 */
class UndoWarningsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private static final String YOHANES = "5310011205850002";
    private static final String MARIA = "5310015204850001";
    private static final String LIST = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Sumber Dana;Mulai;Jumlah Bulan\n"
            + YOHANES + ";Yohanes Dahur;L;12/05/1985;Wae Rii;APBD Kabupaten Manggarai;01/2026;12\n"
            + MARIA + ";Maria Jelita;P;12/04/1985;Wae Rii;APBD Kabupaten Manggarai;01/2026;12\n";

    private long enrollmentOf(PayungServices s, String name) {
        List<EnrollmentSummary> rows = s.register().page(RegisterFilter.all(),
                new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
        return rows.stream().filter(r -> r.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theUndoIsToldWhichEnrollmentsWereChangedAfterTheImportAndByWhomAndTheListSaysWhoUndidIt() throws Exception {
        ImportBatch batch;
        try (PayungServices s = engine.services()) {
            ImportService.Report r = s.imports().importFile(Files.writeString(dir.resolve("lalong.csv"), LIST,
                    StandardCharsets.UTF_8), ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.imported()).as("%s", r.problems()).isEqualTo(2);
            batch = s.imports().batches().get(0);
            assertThat(s.imports().changesAfter(batch.id()).enrollments()).as("nothing changed yet").isZero();

            // The importer views a full NIK (no change) and corrects Yohanes's enrollment (a change).
            long yohanes = enrollmentOf(s, "Yohanes Dahur");
            s.enrollments().revealNik(enrollmentOf(s, "Maria Jelita"));
            assertThat(s.imports().changesAfter(batch.id()).enrollments()).as("a NIK seen changes nothing").isZero();
            EnrollmentForm f = s.enrollments().form(yohanes);
            s.enrollments().update(yohanes, new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(),
                    f.birthDate(), f.address(), f.regionCode(), f.occupationCode(), f.phone(), f.kpj(), f.funderCode(),
                    f.segment(), f.programmes(), f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), "sudah ditelepon"));
        }
        // A colleague types Yohanes's phone.
        try (Database db = engine.open()) {
            db.write(tx -> {
                Person p = new EnrollmentRepository().personByNik(tx, YOHANES).orElseThrow();
                return EnrollmentService.updatePerson(tx, "siti", p, new EnrollmentForm(p.nik(), p.fullName(), p.sex(),
                        p.birthPlace(), p.birthDate(), p.address(), p.regionCode(), p.occupationCode(), "081234567890",
                        p.kpj(), null, null, null, null, null, null, null));
            });
        }
        try (PayungServices s = engine.services()) {
            ImportBatch.ChangesAfter changes = s.imports().changesAfter(batch.id());
            assertThat(changes.enrollments()).as("one enrollment, changed twice").isEqualTo(1);
            assertThat(changes.by()).extracting(ImportBatch.Changer::actor)
                    .containsExactly(batch.actor(), "siti");
            assertThat(changes.by()).allSatisfy(c -> assertThat(c.last()).isAfterOrEqualTo(batch.importedAt()));
            // Session 18: whose changes go, not only how many: Yohanes (masked), what was changed and by whom; Maria,
            // whose full NIK was only seen, is not named.
            assertThat(changes.people()).singleElement().satisfies(p -> {
                assertThat(p.fullName()).isEqualTo("Yohanes Dahur");
                assertThat(p.maskedNik()).isEqualTo(id.payung.domain.Nik.mask(YOHANES)).doesNotContain(YOHANES);
                assertThat(p.fields()).containsExactly("notes", "phone");
                assertThat(p.actions()).isEmpty();
                assertThat(p.by()).extracting(ImportBatch.Changer::actor).containsExactly(batch.actor(), "siti");
            });

            assertThat(s.imports().batches().get(0).undoneBy()).as("not undone").isNull();
            s.imports().undo(batch.id());
            ImportBatch undone = s.imports().batches().get(0);
            assertThat(undone.undoneAt()).isNotNull();
            assertThat(undone.undoneBy()).isEqualTo(batch.actor());
        }
    }

    /**
     * Session 18: every person whose later changes the undo takes away is named (the window shows five and folds the
     * rest), each once though the list gave them two periods; an end of an enrollment is named by its fields too.
     */
    @Test
    void everyPersonChangedAfterTheImportIsNamedOnce() throws Exception {
        StringBuilder list = new StringBuilder("NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Sumber Dana;Mulai;Jumlah Bulan\n");
        for (int i = 1; i <= 7; i++) {
            String nik = String.format("53100102029%05d", i);
            list.append(nik).append(";Orang Ke ").append((char) ('A' + i)).append(";L;02/02/1990;Wae Rii;APBD Kabupaten Manggarai;01/2026;6\n");
            if (i == 1) {
                list.append(nik).append(";Orang Ke B;L;02/02/1990;Wae Rii;APBD Kabupaten Manggarai;07/2026;6\n");
            }
        }
        try (PayungServices s = engine.services()) {
            ImportService.Report r = s.imports().importFile(Files.writeString(dir.resolve("banyak.csv"), list,
                    StandardCharsets.UTF_8), ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.imported()).as("%s", r.problems()).isEqualTo(8);
            ImportBatch batch = s.imports().batches().get(0);
            List<EnrollmentSummary> rows = s.register().page(RegisterFilter.all(),
                    new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
            for (EnrollmentSummary row : rows) {
                if (row.fullName().equals("Orang Ke H") || row.firstMonth().getMonthValue() == 7) {
                    continue; // H unchanged; B's second period: his details are changed once below
                }
                if (row.fullName().equals("Orang Ke C")) {
                    s.enrollments().end(row.id(), java.time.YearMonth.of(2026, 3), id.payung.domain.EndReason.MOVED);
                    continue;
                }
                EnrollmentForm f = s.enrollments().form(row.id());
                s.enrollments().update(row.id(), new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(),
                        f.birthDate(), "Dusun " + f.fullName(), f.regionCode(), f.occupationCode(), f.phone(), f.kpj(),
                        f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(),
                        f.notes()));
            }
            ImportBatch.ChangesAfter changes = s.imports().changesAfter(batch.id());
            assertThat(changes.people()).extracting(ImportBatch.ChangedPerson::fullName).containsExactlyInAnyOrder(
                    "Orang Ke B", "Orang Ke C", "Orang Ke D", "Orang Ke E", "Orang Ke F", "Orang Ke G");
            assertThat(changes.enrollments()).as("B's two periods go with his changed details").isEqualTo(7);
            assertThat(changes.people()).filteredOn(p -> p.fullName().equals("Orang Ke B")).singleElement()
                    .satisfies(p -> assertThat(p.fields()).containsExactly("address"));
            assertThat(changes.people()).filteredOn(p -> p.fullName().equals("Orang Ke C")).singleElement()
                    .satisfies(p -> assertThat(p.fields()).contains("last_month", "end_reason"));
            assertThat(changes.people()).allSatisfy(p -> {
                assertThat(p.maskedNik()).matches("531001\\*+\\d\\d");
                assertThat(p.by()).extracting(ImportBatch.Changer::actor).containsExactly(batch.actor());
            });
        }
    }
}
