package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 19: a list titled "DAFTAR PEKERJA RENTAN DESA PONG LALE" or "… KELURAHAN MATA AIR KECAMATAN REOK" with no
 * Desa column names its desa in the title (read as the kecamatan is: exactly one village, inside the title's
 * kecamatan); and the same file chosen again is offered what its import was given (funder, Mulai, desa), read from
 * the import's audit entry.
 */
class ImportDecisionsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private PayungServices fresh() {
        PayungServices s = engine.services();
        TestRegions.loadManggarai(s, dir);
        return s;
    }

    @Test
    void theTitlesDesaIsReadInsideItsKecamatan() {
        try (PayungServices s = fresh()) {
            ImportService.Preview pongLale = s.imports().preview(
                    TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir), ImportOptions.defaults());
            assertThat(pongLale.titleKecamatan().name()).isEqualTo("Ruteng");
            assertThat(pongLale.titleDesa().found()).isTrue();
            assertThat(pongLale.titleDesa().desa().name()).isEqualTo("Pong Lale");

            ImportService.Preview mataAir = s.imports().preview(
                    TestRegions.resource("village/Daftar Kel Mata Air.csv", dir), ImportOptions.defaults());
            assertThat(mataAir.titleKecamatan().name()).isEqualTo("Reok");
            assertThat(mataAir.titleDesa().desa().name()).isEqualTo("Mata Air");
            assertThat(mataAir.titleDesa().desa().parentCode()).isEqualTo(mataAir.titleKecamatan().code());
        }
    }

    @Test
    void aNameTwoVillagesShareIsNotProposedButSaidWithThemAndTheKecamatanDecides() {
        Region ruteng = new Region("53.10.03", "Ruteng", RegionLevel.KECAMATAN, "53.10");
        Region reok = new Region("53.10.11", "Reok", RegionLevel.KECAMATAN, "53.10");
        Region baruRuteng = new Region("53.10.03.2099", "Baru", RegionLevel.DESA, "53.10.03");
        Region baruReok = new Region("53.10.11.1019", "Baru", RegionLevel.KELURAHAN, "53.10.11");
        RegionNames names = new RegionNames(List.of(ruteng, reok, baruRuteng, baruReok));

        TitleDesa shared = names.desaIn(List.of("DAFTAR PEKERJA RENTAN DESA BARU"), null).orElseThrow();
        assertThat(shared.found()).isFalse();
        assertThat(shared.text()).isEqualTo("BARU");
        assertThat(shared.candidates()).containsExactlyInAnyOrder(baruRuteng, baruReok);

        assertThat(names.desaIn(List.of("DAFTAR KELURAHAN BARU KECAMATAN REOK"), reok).orElseThrow().desa())
                .isEqualTo(baruReok);
        assertThat(names.desaIn(List.of("REKAP PER DESA"), null)).isEmpty();
        assertThat(names.desaIn(List.of("DAFTAR PERANGKAT DESA SE-KABUPATEN"), null)).isEmpty();
        assertThat(names.desaIn(List.of("SUMBER DANA: APBDes BARU"), null)).as("APBDes is no 'Desa'").isEmpty();
    }

    @Test
    void whatAnImportWasGivenIsReadBackFromItsAuditEntry() throws Exception {
        Path list = Files.writeString(dir.resolve("Daftar Kel Mata Air.csv"),
                "DAFTAR PEKERJA RENTAN KECAMATAN REOK;;\n;;\nNo;NIK;Nama\n1;5310111203850031;Yohanes Nggarang\n");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, ImportOptions.defaults().withFunder("APBDES-MGR")
                    .withPeriod(YearMonth.of(2027, 3), 6).withRegion("Reok", "Mata Air"), ImportService.Progress.NONE);
            assertThat(r.written()).as("%s", r.problems()).isTrue();

            ImportService.Decisions d = s.imports().decisionsOf(r.batchId()).orElseThrow();

            assertThat(d).isEqualTo(new ImportService.Decisions("APBDES-MGR", YearMonth.of(2027, 3), 6, "Reok",
                    "Mata Air"));
            assertThat(s.imports().standingImportOf(list).orElseThrow().id()).isEqualTo(r.batchId());
            assertThat(s.imports().decisionsOf(r.batchId() + 1)).isEmpty();
        }
    }

    /**
     * Trial 21d: a list whose every row had its own Mulai 07/2026 and 6 months was written to the audit as "Mulai:
     * 01/2026; Jumlah bulan: 12", the window's fields, which no row took. The entry says where Mulai came from and the
     * months the enrollments got; the window's Mulai only when a blank cell took it.
     */
    @Test
    void theImportsEntrySaysTheMonthsTheRowsGot() throws Exception {
        Path own = Files.writeString(dir.resolve("susulan2026.csv"), "No;NIK;Nama;Mulai;Jumlah bulan\n"
                + "1;5310111203850031;Yohanes Nggarang;07/2026;6\n2;5310111203850032;Maria Nggarang;08/2026;5\n");
        Path blank = Files.writeString(dir.resolve("campur.csv"), "No;NIK;Nama;Mulai\n"
                + "1;5310111203850033;Agustinus Jehadu;07/2026\n2;5310111203850034;Yosefina Jehadu;\n");
        ImportOptions window = ImportOptions.defaults().withFunder("APBDES-MGR").withPeriod(YearMonth.of(2026, 1), 12)
                .withRegion("Reok", "Mata Air");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(own, window, ImportService.Progress.NONE);
            assertThat(r.written()).as("%s", r.problems()).isTrue();
            java.util.Map<String, Object> entry = entry(s, r.batchId());
            assertThat(entry).doesNotContainKeys("first_month", "months")
                    .containsEntry("first_month_source", "FILE").containsEntry("covered_from", "2026-07")
                    .containsEntry("covered_to", "2026-12");
            assertThat(words(s, r.batchId())).contains("Mulai diambil dari: kolom Mulai di berkas",
                    "Bulan pertama kepesertaan: 07/2026", "Bulan terakhir kepesertaan: 12/2026")
                    .doesNotContain("Mulai: 01/2026", "Jumlah bulan");
            assertThat(s.imports().decisionsOf(r.batchId()).orElseThrow().from()).as("no row took it").isNull();

            ImportService.Report mixed = s.imports().importFile(blank, window, ImportService.Progress.NONE);
            assertThat(mixed.written()).as("%s", mixed.problems()).isTrue();
            // Riwayat impor: the years and funders each import covers, from its enrollments.
            assertThat(s.imports().batches()).extracting(b -> b.fileName() + " " + b.coverage().years() + " "
                    + b.coverage().funderNames()).containsExactly("campur.csv 2026–2027 APBDes / ADD desa se-Kabupaten Manggarai",
                    "susulan2026.csv 2026 APBDes / ADD desa se-Kabupaten Manggarai");
            assertThat(entry(s, mixed.batchId())).containsEntry("first_month", "2026-01").containsEntry("months", 12L)
                    .containsEntry("first_month_source", "FILE_AND_WINDOW").containsEntry("covered_from", "2026-01")
                    .containsEntry("covered_to", "2027-06");
        }
    }

    /**
     * Trial 21d, as for Mulai: a list with its own Sumber dana column, the window's funder set. The entry said
     * "Sumber dana: APBDes" though every row went in under its own; it says which ruled, and the window's funder only
     * when a blank cell took it.
     */
    @Test
    void theImportsEntrySaysWhetherTheWindowsFunderWasUsed() throws Exception {
        Path own = Files.writeString(dir.resolve("mandiri2026.csv"), "No;NIK;Nama;Sumber dana\n"
                + "1;5310111203850041;Yohanes Nggarang;MANDIRI\n2;5310111203850042;Maria Nggarang;MANDIRI\n");
        Path blank = Files.writeString(dir.resolve("campur-dana.csv"), "No;NIK;Nama;Sumber dana\n"
                + "1;5310111203850043;Agustinus Jehadu;MANDIRI\n2;5310111203850044;Yosefina Jehadu;\n");
        ImportOptions window = ImportOptions.defaults().withFunder("APBDES-MGR").withPeriod(YearMonth.of(2026, 1), 12)
                .withRegion("Reok", "Mata Air");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(own, window, ImportService.Progress.NONE);
            assertThat(r.written()).as("%s", r.problems()).isTrue();
            assertThat(entry(s, r.batchId())).doesNotContainKey("funder").containsEntry("funder_source", "FILE");
            assertThat(words(s, r.batchId())).contains("Sumber dana diambil dari: kolom Sumber dana di berkas (sumber dana"
                    + " di jendela impor tidak dipakai)").doesNotContain("APBDes");
            assertThat(s.imports().decisionsOf(r.batchId()).orElseThrow().funder()).as("no row took it").isNull();

            ImportService.Report mixed = s.imports().importFile(blank, window, ImportService.Progress.NONE);
            assertThat(mixed.written()).as("%s", mixed.problems()).isTrue();
            assertThat(entry(s, mixed.batchId())).containsEntry("funder", "APBDES-MGR")
                    .containsEntry("funder_source", "FILE_AND_WINDOW");
            assertThat(words(s, mixed.batchId())).contains("Sumber dana diambil dari: kolom Sumber dana di berkas; sel"
                    + " Sumber dana yang kosong: sumber dana di jendela impor");

            // A list without the column: the window's funder is the rows' own, said as before (no source line).
            Path none = Files.writeString(dir.resolve("tanpa-kolom.csv"), "No;NIK;Nama\n1;5310111203850045;Paulus Jehadu\n");
            ImportService.Report plain = s.imports().importFile(none, window, ImportService.Progress.NONE);
            assertThat(entry(s, plain.batchId())).containsEntry("funder", "APBDES-MGR").doesNotContainKey("funder_source");
        }
    }

    private static java.util.Map<String, Object> entry(PayungServices s, long batch) {
        return id.payung.service.Json.parse(entryRecord(s, batch).change().after());
    }

    private static id.payung.service.AuditRecord entryRecord(PayungServices s, long batch) {
        return s.audit().search(new id.payung.service.AuditFilter(null, null, null, id.payung.domain.AuditTopic.IMPORTS,
                null), 0, 50).rows().stream().filter(a -> "IMPORT".equals(a.change().action())
                && String.valueOf(batch).equals(a.change().entityId())).findFirst().orElseThrow();
    }

    private static String words(PayungServices s, long batch) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag("id"),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
        return new id.payung.service.AuditWords(bundle, List.of(), id.payung.service.AuditWords.Names.of(s.reference()))
                .details(entryRecord(s, batch).change());
    }
}
