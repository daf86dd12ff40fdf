package id.payung.service.importing;

import static id.payung.service.importing.YohanesFixture.YOHANES;
import static id.payung.service.importing.YohanesFixture.savedBySiti;
import static id.payung.service.importing.YohanesFixture.withAddressAndPhone;
import static id.payung.service.importing.YohanesFixture.yohanes;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Person;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
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

    /** 2025: no birth place, address or phone. */
    private static final String LIST_2025 = YohanesFixture.plainList(2025);
    /** 2026: the village's list fills them in. */
    private static final String LIST_2026 = "NIK;Nama Lengkap;Jenis Kelamin;Tempat Lahir;Tanggal Lahir;Kecamatan;Pekerjaan;Alamat;No HP;Sumber Dana;Mulai;Jumlah Bulan\n"
            + YOHANES + ";Yohanes Dahur;L;Ruteng;12/05/1985;Wae Rii;Petani;Dusun Lalong RT 01;081234567890;APBD Kabupaten Manggarai;01/2026;12\n";

    private ImportService.Report importList(PayungServices s, String name, String text) throws Exception {
        ImportService.Report r = YohanesFixture.importList(s, dir, name, text);
        assertThat(r.imported()).as("%s", r.problems()).isEqualTo(1);
        return r;
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
        savedBySiti(engine, p -> withAddressAndPhone(p, p.address(), "081300000001"));
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
