package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrections a clerk made when a file was imported before (kept in the import's audit entry), found again for the
 * same file: the same content, or the same name where the cell still holds the value it was corrected from. A NIK the
 * entry keeps masked is the import's person's whole NIK. Found, never applied: the window offers them.
 */
class EarlierFixesTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private static final String HEAD = "NIK;Nama;Tgl Lahir;Kecamatan\r\n";
    private static final String PETRUS_CUT = "53100101029100;Petrus Nabu;01/02/1991;Ruteng";
    private static final String YOHANES_MISSPELT = "5310011505900017;Yohanes Jehamat;15/05/1990;Ruteng";

    /** Where this test's Payung keeps refused imports' corrections: not the user's data folder. */
    private Path kept() {
        return dir.resolve("data").resolve("refused-imports");
    }

    /** Payung opened on this test's database, keeping refused imports' corrections in {@link #kept()}. */
    private PayungServices services() {
        PayungServices s = engine.services();
        s.imports().keepRefusedCorrectionsIn(kept());
        return s;
    }

    /** The text of the one file of kept corrections (this test's one database). */
    private String keptText() throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(kept())) {
            java.util.List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).endsWith(".json");
            return Files.readString(all.get(0));
        }
    }

    private static ImportOptions year(int y) {
        return ImportOptions.defaults().withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(y, 1), 12);
    }

    private Path file(String name, String... rows) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, (HEAD + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
        return f;
    }

    private static Map<ImportOptions.CellFix, String> typed() {
        Map<ImportOptions.CellFix, String> fixes = new LinkedHashMap<>();
        fixes.put(new ImportOptions.CellFix(2, "NIK"), "5310010102910002");
        fixes.put(new ImportOptions.CellFix(3, "Nama"), "Yohanes Jehamu");
        return fixes;
    }

    /** Registers Yohanes Jehamu; imports the village's list with the clerk's two corrections, then undoes it. */
    private Path importedWithCorrectionsAndUndone(PayungServices s) throws Exception {
        assertThat(s.imports().importFile(file("daftar-2025.csv", "5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng"),
                year(2025), ImportService.Progress.NONE).imported()).isEqualTo(1);
        Path desa = file("desa-2026.csv", PETRUS_CUT, YOHANES_MISSPELT);
        assertThat(s.imports().earlierFixes(desa, year(2026)).cells()).as("not imported before").isEmpty();
        ImportService.Report r = s.imports().importFile(desa, year(2026).withFixes(typed()), ImportService.Progress.NONE);
        assertThat(r.imported()).isEqualTo(2);
        assertThat(s.imports().undo(r.batchId())).isEqualTo(2);
        return desa;
    }

    @Test
    void theCorrectionsOfAnUndoneImportAreFoundForTheSameFileTheNikWhole() throws Exception {
        try (PayungServices s = services()) {
            Path desa = importedWithCorrectionsAndUndone(s);

            ImportService.EarlierFixes found = s.imports().earlierFixes(desa, year(2026));

            assertThat(found.asFixes()).containsExactly(entry(new ImportOptions.CellFix(2, "NIK"), "5310010102910002"),
                    entry(new ImportOptions.CellFix(3, "Nama"), "Yohanes Jehamu"));
            assertThat(found.actor()).isEqualTo(s.imports().batches().get(0).actor());
            assertThat(found.at()).isNotNull();
            // The same content under another name is the same file.
            Path copy = Files.copy(desa, dir.resolve("salinan.csv"));
            assertThat(s.imports().earlierFixes(copy, year(2026)).asFixes()).isEqualTo(found.asFixes());
            // Applied, they are the clerk's corrections again: the list imports whole.
            ImportService.Report again = s.imports().importFile(desa, year(2026).withFixes(found.asFixes()),
                    ImportService.Progress.NONE);
            assertThat(again.rejected()).as(again.problems().toString()).isZero();
            assertThat(again.imported()).isEqualTo(2);
        }
    }

    /**
     * Two people of the list whose NIKs mask alike (531001********02): the corrected NIK is the one of the person the
     * corrected row was written to (the entry says whose), not left out as a look-alike.
     */
    @Test
    void aCorrectedNikIsTheRowsPersonsEvenWhenAnotherOfTheListMasksAlike() throws Exception {
        try (PayungServices s = services()) {
            Path desa = file("desa-kembar.csv", PETRUS_CUT, "5310011505900002;Yohanes Jehamu;15/05/1990;Ruteng");
            Map<ImportOptions.CellFix, String> fix = Map.of(new ImportOptions.CellFix(2, "NIK"), "5310010102910002");
            ImportService.Report r = s.imports().importFile(desa, year(2026).withFixes(fix), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(2);
            assertThat(s.imports().undo(r.batchId())).isEqualTo(2);

            assertThat(s.imports().earlierFixes(desa, year(2026)).asFixes())
                    .containsExactly(entry(new ImportOptions.CellFix(2, "NIK"), "5310010102910002"));
        }
    }

    @Test
    void aCellWhoseValueInTheFileChangedIsNotCorrectedFromTheEarlierImport() throws Exception {
        try (PayungServices s = services()) {
            importedWithCorrectionsAndUndone(s);
            // The village sent its list again under the same name, row 2's NIK typed anew (not the cut one corrected).
            Path resent = file("desa-2026.csv", "5310010102910003;Petrus Nabu;01/02/1991;Ruteng", YOHANES_MISSPELT);

            assertThat(s.imports().earlierFixes(resent, year(2026)).asFixes())
                    .containsExactly(entry(new ImportOptions.CellFix(3, "Nama"), "Yohanes Jehamu"));
            // Another file (another name, other content) has no earlier corrections, whatever its rows.
            Path other = file("desa-lain.csv", "5310010102910003;Petrus Nabu;01/02/1991;Ruteng", YOHANES_MISSPELT);
            assertThat(s.imports().earlierFixes(other, year(2026))).isEqualTo(ImportService.EarlierFixes.NONE);
        }
    }

    /**
     * A refused import is rolled back, the database as it was: its corrections are remembered (outside the database),
     * so the clerk who opens the file again after mending it (or the window that checks it again) is offered them, a
     * new person's NIK too in this session.
     */
    @Test
    void theCorrectionsOfARefusedImportAreFoundAgainInTheSameSession() throws Exception {
        try (PayungServices s = services()) {
            assertThat(s.imports().importFile(file("daftar-2025.csv", "5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng"),
                    year(2025), ImportService.Progress.NONE).imported()).isEqualTo(1);
            Path desa = file("desa-2026.csv", PETRUS_CUT, YOHANES_MISSPELT, "123;Orang Salah;01/01/1990;Ruteng");
            ImportService.Report refused = s.imports().importFile(desa, year(2026).withFixes(typed()),
                    ImportService.Progress.NONE);
            assertThat(refused.written()).isFalse();
            assertThat(refused.rejected()).isEqualTo(1);

            ImportService.EarlierFixes found = s.imports().earlierFixes(desa, year(2026));

            assertThat(found.asFixes()).isEqualTo(typed());
            assertThat(found.actor()).isNotBlank();
        }
    }

    /** A list refused for its row 4, with the clerk's corrections: a new person's NIK, a registered person's NIK and name. */
    private Path refusedWithCorrections(PayungServices s) throws Exception {
        assertThat(s.imports().importFile(file("daftar-2025.csv", "5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng"),
                year(2025), ImportService.Progress.NONE).imported()).isEqualTo(1);
        Path desa = file("desa-2026.csv", PETRUS_CUT, "531001150590001;Yohanes Jehamat;15/05/1990;Ruteng",
                "123;Orang Salah;01/01/1990;Ruteng");
        ImportService.Report refused = s.imports().importFile(desa, year(2026).withFixes(refusedFixes()),
                ImportService.Progress.NONE);
        assertThat(refused.written()).isFalse();
        assertThat(refused.rejected()).isEqualTo(1);
        return desa;
    }

    private static Map<ImportOptions.CellFix, String> refusedFixes() {
        Map<ImportOptions.CellFix, String> fixes = new LinkedHashMap<>();
        fixes.put(new ImportOptions.CellFix(2, "NIK"), "5310010102910002");
        fixes.put(new ImportOptions.CellFix(3, "NIK"), "5310011505900017");
        fixes.put(new ImportOptions.CellFix(3, "Nama"), "Yohanes Jehamu");
        return fixes;
    }

    /**
     * A refused import's corrections are kept in the data folder (nothing in the database), so Payung opened again
     * offers them: the name, and the registered person's NIK (whole again from the register); the NIK of a person not
     * registered only in the session that typed it (the kept file has no NIK whole).
     */
    @Test
    void theCorrectionsOfARefusedImportAreFoundAfterPayungIsOpenedAgain() throws Exception {
        Path desa;
        try (PayungServices s = services()) {
            desa = refusedWithCorrections(s);
            assertThat(s.imports().earlierFixes(desa, year(2026)).asFixes()).isEqualTo(refusedFixes());
        }
        try (PayungServices s = services()) {
            ImportService.EarlierFixes found = s.imports().earlierFixes(desa, year(2026));

            assertThat(found.asFixes()).containsExactly(entry(new ImportOptions.CellFix(3, "NIK"), "5310011505900017"),
                    entry(new ImportOptions.CellFix(3, "Nama"), "Yohanes Jehamu"));
            assertThat(found.actor()).isNotBlank();
            assertThat(found.at()).isNotNull();
            // The same content under another name is the same file, as for an import.
            Path copy = Files.copy(desa, dir.resolve("salinan.csv"));
            assertThat(s.imports().earlierFixes(copy, year(2026)).asFixes()).isEqualTo(found.asFixes());
        }
    }

    /**
     * Issue 19: a refused import writes nothing to the database — no audit entry, no batch — and keeps its corrections
     * in the data folder's file, a NIK masked (UU 27/2022), names whole. A cancelled import keeps nothing.
     */
    @Test
    void aRefusedImportWritesNothingToTheDatabaseAndKeepsItsCorrectionsMaskedOutsideIt() throws Exception {
        try (PayungServices s = services()) {
            Path desa = refusedWithCorrections(s);
            String kept = keptText();
            assertThat(kept).contains("desa-2026.csv", "Yohanes Jehamu", "531001********02", "531001********17")
                    .doesNotContain("5310011505900017", "5310010102910002");
            // A long list, a wrong row and a correction, cancelled after its first rows (Batal).
            String[] rows = new String[600];
            rows[0] = "123;Orang Salah;01/01/1990;Ruteng";
            for (int i = 1; i < rows.length; i++) {
                rows[i] = String.format("531001120585%04d;%s;12/05/1985;Ruteng", i, id.payung.service.TestData.name("Peserta", i));
            }
            ImportService.Report cancelled = s.imports().importFile(file("desa-batal.csv", rows),
                    year(2026).withFixes(Map.of(new ImportOptions.CellFix(3, "Nama"), "Peserta Dua")),
                    new ImportService.Progress() {
                        @Override
                        public void rows(long done) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    });
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(keptText()).as("a cancelled import keeps nothing").isEqualTo(kept);

            assertThat(s.imports().batches()).extracting(id.payung.domain.ImportBatch::fileName)
                    .containsExactly("daftar-2025.csv");
            assertThat(s.imports().standingImportOf(desa)).isEmpty();
            java.util.List<id.payung.service.AuditRecord> imports = s.audit().search(new id.payung.service.AuditFilter(
                    null, null, null, id.payung.domain.AuditTopic.IMPORTS, null), 0, 50).rows();
            assertThat(imports).extracting(r -> r.change().action()).containsExactly("IMPORT");
        }
    }

    /** Another database (another file) is never offered this one's refused corrections, in the same data folder. */
    @Test
    void anotherDatabaseIsNotOfferedTheRefusedCorrections() throws Exception {
        Path desa;
        try (PayungServices s = services()) {
            desa = refusedWithCorrections(s);
        }
        try (PayungServices other = PayungServices.open(dir.resolve("lain.db"), true, id.payung.service.TestData.CLOCK)) {
            other.imports().keepRefusedCorrectionsIn(kept());
            assertThat(other.imports().earlierFixes(desa, year(2026))).isEqualTo(ImportService.EarlierFixes.NONE);
        }
        try (PayungServices s = services()) {
            assertThat(s.imports().earlierFixes(desa, year(2026)).asFixes()).containsKey(new ImportOptions.CellFix(3, "Nama"));
        }
    }

    /**
     * A kept file that cannot be read (damaged, or another database's put in its place) is passed over without a word
     * to the clerk; the next refused import replaces it.
     */
    @Test
    void aDamagedOrForeignFileOfKeptCorrectionsIsIgnored() throws Exception {
        try (PayungServices s = services()) {
            Path desa = refusedWithCorrections(s);
            Path keptFile;
            try (java.util.stream.Stream<Path> files = Files.list(kept())) {
                keptFile = files.findFirst().orElseThrow();
            }
            String good = Files.readString(keptFile);
            Files.writeString(keptFile, good.substring(0, good.length() / 2));
            assertThat(s.imports().earlierFixes(desa, year(2026))).isEqualTo(ImportService.EarlierFixes.NONE);
            Files.writeString(keptFile, good.replaceFirst("\"database\":\"[0-9a-f]+\"", "\"database\":\"" + "ab".repeat(32) + "\""));
            assertThat(s.imports().earlierFixes(desa, year(2026))).isEqualTo(ImportService.EarlierFixes.NONE);

            ImportService.Report again = s.imports().importFile(desa, year(2026).withFixes(refusedFixes()),
                    ImportService.Progress.NONE);
            assertThat(again.rejected()).isEqualTo(1);
            assertThat(s.imports().earlierFixes(desa, year(2026)).asFixes()).isEqualTo(refusedFixes());
        }
    }
}
