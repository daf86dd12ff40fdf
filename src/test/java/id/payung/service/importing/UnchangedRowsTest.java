package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Person;
import id.payung.service.EnrollmentService;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
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
 * {@link ImportService#differs} at work, not only as a comparison: a new year's list naming registered people as they
 * are writes no change of them (no person UPDATE in the audit log, their last change still the one before the list,
 * by whom it was: a colleague's), while a row that fills in what the register lacks is written and audited under the importer. An
 * import that rewrote every registered row would stamp each with the importer and the import's time, and a
 * colleague's form open on them would be refused as "changed by another clerk".
 *
 * <p>Two guards stand between a row and a write: {@code differs} (the row is not written at all) and
 * {@code EnrollmentService.updatePerson}'s own comparison of the audited fields. Checked by hand (session 18): with
 * {@code differs} always true these tests still pass (the second guard writes nothing); with
 * {@code updatePerson}'s comparison gone they pass too ({@code differs} keeps the row away); with both gone, the
 * import rewriting every registered row, each fails.
 */
class UnchangedRowsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private static final String YOHANES = "5310011205850002";
    private static final String MARIA = "5310015204850001";
    private static final String HEAD = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Tempat Lahir;Kecamatan;Pekerjaan;"
            + "Alamat;No HP;Sumber Dana;Mulai;Jumlah Bulan\n";
    /** 2025: Yohanes with everything, Maria without an address. */
    private static final String LIST_2025 = HEAD
            + YOHANES + ";Yohanes Dahur;L;12/05/1985;Ruteng;Wae Rii;Petani;Dusun Lalong RT 01;081234567890;APBD Kabupaten Manggarai;01/2025;12\n"
            + MARIA + ";Maria Jelita;P;12/04/1985;Ruteng;Wae Rii;Petani;;081298765432;APBD Kabupaten Manggarai;01/2025;12\n";
    /** 2026: Yohanes as registered (his phone written another way), Maria's address filled in. */
    private static final String LIST_2026 = HEAD
            + YOHANES + ";YOHANES DAHUR;L;12/05/1985;Ruteng;Wae Rii;Petani;Dusun Lalong RT 01;0812-3456-7890;APBD Kabupaten Manggarai;01/2026;12\n"
            + MARIA + ";Maria Jelita;P;12/04/1985;Ruteng;Wae Rii;Petani;Dusun Lalong RT 03;081298765432;APBD Kabupaten Manggarai;01/2026;12\n";

    private ImportService.Report importList(PayungServices s, String name, String text, ImportOptions options)
            throws Exception {
        ImportService.Report r = s.imports().importFile(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8),
                options, ImportService.Progress.NONE);
        assertThat(r.imported()).as("%s", r.problems()).isEqualTo(2);
        return r;
    }

    /** A person's row, and the audit entries about the person themselves (not their enrollments), oldest first. */
    private record Seen(Person person, List<AuditLog.Entry> changes) {
        AuditLog.Entry last() {
            return changes.get(changes.size() - 1);
        }
    }

    private Seen seen(String nik) {
        try (Database db = engine.open()) {
            return db.read(tx -> {
                Person p = new EnrollmentRepository().personByNik(tx, nik).orElseThrow();
                return new Seen(p, new AuditLog().forPerson(tx, p.id()).stream()
                        .filter(e -> e.entity().equals("person") && !e.action().equals("REVEAL_NIK")).toList());
            });
        }
    }

    @Test
    void aListNamingRegisteredPeopleAsTheyAreWritesNoChangeOfThem() throws Exception {
        reimport(ImportOptions.defaults());
    }

    @Test
    void soUnderSkipWrongRows() throws Exception {
        reimport(ImportOptions.defaults().skippingInvalid());
    }

    /**
     * Yohanes's 2026 enrollment is in another kecamatan: his place follows his enrollments, but the row changes none
     * of his details, so no change of him is written under the importer's name.
     */
    @Test
    void aRowInAnotherKecamatanChangesNoDetailsEither() throws Exception {
        reimport(ImportOptions.defaults().skippingInvalid(), LIST_2026.replace("L;12/05/1985;Ruteng;Wae Rii",
                "L;12/05/1985;Ruteng;Langke Rembong"));
    }

    private void reimport(ImportOptions options) throws Exception {
        reimport(options, LIST_2026);
    }

    private void reimport(ImportOptions options, String list2026) throws Exception {
        try (PayungServices s = engine.services()) {
            importList(s, "2025.csv", LIST_2025, options);
        }
        // A colleague types Yohanes's KPJ number: his last change, by siti (the list has no KPJ column).
        try (Database db = engine.open()) {
            db.write(tx -> {
                Person p = new EnrollmentRepository().personByNik(tx, YOHANES).orElseThrow();
                return EnrollmentService.updatePerson(tx, "siti", p, new EnrollmentForm(p.nik(), p.fullName(), p.sex(),
                        p.birthPlace(), p.birthDate(), p.address(), p.regionCode(), p.occupationCode(), p.phone(),
                        "25012345678", null, null, null, null, null, null, null));
            });
        }
        Seen yohanes = seen(YOHANES);
        Seen maria = seen(MARIA);
        assertThat(yohanes.changes()).extracting(AuditLog.Entry::action).containsExactly("UPDATE");
        assertThat(maria.changes()).as("an import's new people are audited with the batch").isEmpty();
        String importer;
        try (PayungServices s = engine.services()) {
            importList(s, "2026.csv", list2026, options);
            importer = s.imports().batches().get(0).actor();
        }

        Seen yohanesAfter = seen(YOHANES);
        assertThat(yohanesAfter.person()).as("his details as they were").usingRecursiveComparison()
                .ignoringFields("regionCode").isEqualTo(yohanes.person());
        assertThat(yohanesAfter.changes()).as("no person UPDATE written for a row that changes nothing")
                .isEqualTo(yohanes.changes());
        assertThat(yohanesAfter.last().actor()).as("his last change: still siti's, when she made it").isEqualTo("siti");

        Seen mariaAfter = seen(MARIA);
        assertThat(mariaAfter.person().address()).as("filled in").isEqualTo("Dusun Lalong RT 03");
        assertThat(mariaAfter.changes()).as("a row that fills in an empty address is written and audited")
                .extracting(AuditLog.Entry::action).containsExactly("UPDATE");
        AuditLog.Entry update = mariaAfter.last();
        assertThat(update.actor()).isEqualTo(importer);
        assertThat(update.beforeJson()).doesNotContain("Dusun Lalong RT 03");
        assertThat(update.afterJson()).contains("Dusun Lalong RT 03");
    }
}
