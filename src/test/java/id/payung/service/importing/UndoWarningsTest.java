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
 * and by whom (from the audit); the list of past imports says who undid one (the undo's audit entry).
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

            assertThat(s.imports().batches().get(0).undoneBy()).as("not undone").isNull();
            s.imports().undo(batch.id());
            ImportBatch undone = s.imports().batches().get(0);
            assertThat(undone.undoneAt()).isNotNull();
            assertThat(undone.undoneBy()).isEqualTo(batch.actor());
        }
    }
}
