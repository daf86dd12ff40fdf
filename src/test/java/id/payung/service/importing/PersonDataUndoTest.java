package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Person;
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
 * Trial 21c: undoing a list gave back its enrollments and the desa, but left the birth place it had filled in on 121
 * people registered the year before. Undoing an import now gives back what it wrote into people's details, except a
 * field changed since (a colleague's correction stands), and the undo's audit entry counts the people.
 */
class PersonDataUndoTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private static final String YOHANES = "5310011205850002";
    /** 2025: no birth place, address or phone. */
    private static final String LIST_2025 = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan\n"
            + YOHANES + ";Yohanes Dahur;L;12/05/1985;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2025;12\n";
    /** 2026: the village's list fills them in. */
    private static final String LIST_2026 = "NIK;Nama Lengkap;Jenis Kelamin;Tempat Lahir;Tanggal Lahir;Kecamatan;Pekerjaan;Alamat;No HP;Sumber Dana;Mulai;Jumlah Bulan\n"
            + YOHANES + ";Yohanes Dahur;L;Ruteng;12/05/1985;Wae Rii;Petani;Dusun Lalong RT 01;081234567890;APBD Kabupaten Manggarai;01/2026;12\n";

    private ImportService.Report importList(PayungServices s, String name, String text) throws Exception {
        ImportService.Report r = s.imports().importFile(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8),
                ImportOptions.defaults(), ImportService.Progress.NONE);
        assertThat(r.imported()).as("%s", r.problems()).isEqualTo(1);
        return r;
    }

    private Person yohanes(PayungServices s) {
        return s.enrollments().personByNik(YOHANES).orElseThrow();
    }

    /** The undo entries in the person's history (Riwayat peserta), and their after-values. */
    private List<String> undoEntries(PayungServices s) {
        return s.enrollments().history(yohanes(s).id()).changes().stream()
                .filter(c -> c.action().equals("UNDO_IMPORT")).map(c -> c.after()).toList();
    }

    @Test
    void undoingAListGivesBackWhatItFilledIntoARegisteredPerson() throws Exception {
        try (PayungServices s = engine.services()) {
            importList(s, "2025.csv", LIST_2025);
            ImportService.Report later = importList(s, "2026.csv", LIST_2026);
            assertThat(yohanes(s).birthPlace()).isEqualTo("Ruteng");
            assertThat(yohanes(s).phone()).isEqualTo("081234567890");

            s.imports().undo(later.batchId());

            Person p = yohanes(s);
            assertThat(p.birthPlace()).isNull();
            assertThat(p.address()).isNull();
            assertThat(p.phone()).isNull();
            assertThat(p.fullName()).isEqualTo("Yohanes Dahur");
            assertThat(undoEntries(s)).singleElement().asString().contains("\"persons_restored\":1");
        }
    }

    @Test
    void aFieldChangedSinceTheImportIsNotGivenBack() throws Exception {
        long batch;
        try (PayungServices s = engine.services()) {
            importList(s, "2025.csv", LIST_2025);
            batch = importList(s, "2026.csv", LIST_2026).batchId();
        }
        try (Database db = engine.open()) {
            db.write(tx -> {
                Person p = new EnrollmentRepository().personByNik(tx, YOHANES).orElseThrow();
                EnrollmentForm typed = new EnrollmentForm(p.nik(), p.fullName(), p.sex(), p.birthPlace(), p.birthDate(),
                        p.address(), p.regionCode(), p.occupationCode(), "081300000001", p.kpj(),
                        null, null, null, null, null, null, null);
                return EnrollmentService.updatePerson(tx, "siti", p, typed);
            });
        }
        try (PayungServices s = engine.services()) {
            s.imports().undo(batch);
            Person p = yohanes(s);
            assertThat(p.phone()).as("siti's correction stands").isEqualTo("081300000001");
            assertThat(p.birthPlace()).isNull();
            assertThat(p.address()).isNull();
        }
    }

    @Test
    void undoingTheFirstListOfANewPersonChangesNoDetails() throws Exception {
        try (PayungServices s = engine.services()) {
            ImportService.Report first = importList(s, "2026.csv", LIST_2026);
            long id = yohanes(s).id();
            s.imports().undo(first.batchId());
            assertThat(s.enrollments().history(id).changes()).filteredOn(c -> c.action().equals("UNDO_IMPORT"))
                    .singleElement().satisfies(c -> assertThat(c.after()).doesNotContain("persons_restored"));
            assertThat(s.enrollments().history(id).changes()).noneMatch(c -> c.entity().equals("person")
                    && c.action().equals("UPDATE"));
        }
    }
}
