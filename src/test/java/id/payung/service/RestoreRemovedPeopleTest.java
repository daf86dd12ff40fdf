package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 24: a person an imported list brought in has no audit entry of their own (an import is one entry for the
 * list), so once a restore of an older backup took them away no entry named them, and Jejak audit's search by their
 * name found nothing: the removal was invisible per person. The restore's entry now keeps the people it took away (by
 * name and masked NIK) and the search by name finds it, naming them as no longer registered.
 */
class RestoreRemovedPeopleTest {
    @TempDir
    Path dir;

    private Path list(String name) throws Exception {
        String text = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan\n"
                + "5310016002950003;Maria Goreti Jehadu;P;20/02/1995;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12\n"
                + "5310016002950004;Paulus Ndori;P;20/02/1995;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12\n";
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ResourceBundle words(String language) {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** Yosef by the form, a backup, a list of two imported after it, the backup restored. */
    private PayungServices restoredBeforeTheList() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala", "MANDIRI", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12)));
        s.backups().backupTo(backup);
        var imported = s.imports().importFile(list("desa.csv"), ImportOptions.defaults(), ImportService.Progress.NONE);
        assertThat(imported.imported()).as(imported.toString()).isEqualTo(2);
        return s.restore(s.checkBackup(backup));
    }

    private static void namesMaria(List<AuditRecord> found) {
        assertThat(found).hasSize(1);
        AuditRecord r = found.get(0);
        assertThat(r.change().entity() + " " + r.change().action()).isEqualTo("database RESTORE");
        assertThat(r.personName()).isEqualTo("Maria Goreti Jehadu");
        assertThat(r.nikMasked()).isEqualTo("531001********03");
        assertThat(r.personGone()).isTrue();
        assertThat(r.personId()).as("no history to open: the register holds none").isZero();
    }

    @Test
    void theSearchByNameFindsTheRestoreThatTookAwayAPersonAListBroughtIn() throws Exception {
        try (PayungServices s = restoredBeforeTheList()) {
            for (String asked : List.of("goreti", "Maria Jehadu", "jehadu maria")) {
                namesMaria(AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, asked)));
            }
            AuditRecord r = AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "goreti")).get(0);
            AuditWords id = new AuditWords(words("id"), List.of(), AuditWords.Names.of(s.reference()));
            assertThat(id.person(r)).isEqualTo("Maria Goreti Jehadu (tidak terdaftar lagi)");
            assertThat(id.details(r.change())).contains("Orang yang tidak terdaftar lagi karena pemulihan ini").contains(": 2");
            Map<String, Object> after = Json.parse(r.change().after());
            assertThat(after).containsEntry("people_removed", 2L);
            assertThat(r.change().after()).doesNotContain("5310016002950003").doesNotContain("Maria");
            // Yosef is still registered: the restore names nobody on a search by him.
            assertThat(AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "yosef")))
                    .isNotEmpty().noneSatisfy(x -> assertThat(x.change().entity()).isEqualTo("database"));
            // The list of all entries does not name anyone on the restore.
            assertThat(AuditSearchTest.all(s.audit(), AuditFilter.ALL)).filteredOn(x -> x.change().entity().equals("database")
                    && x.change().action().equals("RESTORE")).singleElement()
                    .satisfies(x -> assertThat(x.personName()).isNull());
            // A NIK finds no one here: the trail keeps NIKs masked.
            assertThat(AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "5310016002950003"))).isEmpty();
            // The file of the trail names her on the restore's line, as the screen does.
            java.io.StringWriter csv = new java.io.StringWriter();
            s.audit().exportCsv(csv, new AuditFilter(null, null, null, null, "goreti"));
            assertThat(csv.toString().lines().skip(1).toList()).singleElement()
                    .satisfies(l -> assertThat(l).contains(";RESTORE;database;").contains(";Maria Goreti Jehadu;531001********03;"));
        }
    }

    @Test
    void aLaterRestoreCarriesTheEarlierOnesPeople() throws Exception {
        Path again = dir.resolve("pagi.db");
        PayungServices restored = restoredBeforeTheList();
        try (PayungServices s = restored.restore(restored.checkBackup(again))) {
            // The second restore took nobody away (the data was the backup's already); the first one's entry, carried
            // into the data put in place, still names Maria.
            namesMaria(AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "goreti")));
            assertThat(s.audit().restores()).hasSize(2);
        }
    }
}
