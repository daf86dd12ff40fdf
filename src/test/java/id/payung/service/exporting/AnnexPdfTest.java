package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.Enrollment;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The decree's name list, read back from the PDF. */
class AnnexPdfTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    /**
     * Villages in three kecamatan, as the shipped Kemendagri list names them (Cumbi, Satar Ngkeling, and the
     * kelurahan Golo Dukal 53.10.12.1001); persons added straight to the store (sex from the NIK is not checked here).
     */
    private PayungServices open() {
        return engine.services();
    }

    private static void person(Database db, int serial, String name, Sex sex, String region, String occupation,
                               String funder, YearMonth first, YearMonth last) {
        EnrollmentRepository repo = new EnrollmentRepository();
        String nik = "531003" + (sex == Sex.P ? "52" : "12") + "0585" + String.format("%04d", serial);
        db.write(tx -> {
            long id = repo.insertPerson(tx, new Person(0, nik, name, sex, "Ruteng", LocalDate.of(1985, 5, 12), null,
                    region, occupation, null, null));
            return repo.insertEnrollment(tx, new Enrollment(0, id, funder, Segment.BPU, Set.of(Programme.JKK, Programme.JKM),
                    1_000_000L, first, last, null, null));
        });
    }

    private void regencyList() {
        try (Database db = engine.open()) {
            YearMonth jan = YearMonth.of(2025, 1);
            person(db, 1, "Yosef Jehalu", Sex.L, "53.10.03.2002", "TUKANG-BANGUNAN", "APBD-KAB-MGR", jan, null);
            person(db, 2, "Agnes Niman", Sex.P, "53.10.01.2001", "PEDAGANG", "APBD-KAB-MGR", jan, YearMonth.of(2025, 12));
            person(db, 3, "Benediktus Jaya", Sex.L, "53.10.03.2002", "OJEK", "APBD-KAB-MGR", YearMonth.of(2025, 7), null);
            person(db, 4, "Maria Imaculata", Sex.P, "53.10.12.1001", "ART", "APBD-KAB-MGR", jan, null);
            person(db, 5, "Kristina Self", Sex.P, "53.10.12.1001", "ART", "MANDIRI", jan, null);            // other funder
            person(db, 6, "Lukas Lama", Sex.L, "53.10.03.2002", "PETANI", "APBD-KAB-MGR", YearMonth.of(2023, 1),
                    YearMonth.of(2024, 12));                                                               // ended before 2025
            person(db, 7, "Tanpa Alamat", Sex.L, null, null, "APBD-KAB-MGR", jan, null);                   // place unknown: last
        }
    }

    /** With -Dpayung.pdfOut=DIR the PDFs are kept there, to be looked at as images. */
    static void copyForLooking(Path pdf) throws java.io.IOException {
        String out = System.getProperty("payung.pdfOut");
        if (out != null) {
            Files.copy(pdf, Path.of(out).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void maskedListSortedByKecamatanDesaAndNameUnderTheDecreeHeading() throws Exception {
        Path pdf = dir.resolve("lampiran.pdf");
        try (PayungServices s = open()) {
            regencyList();
            PrintHeader header = s.exports().printHeader(s.settings());
            assertThat(header.regentTitle()).isEqualTo("BUPATI MANGGARAI");
            assertThat(s.exports().annex("APBD-KAB-MGR", 2025, false, pdf)).isEqualTo(5);
        }
        copyForLooking(pdf);
        String text = text(pdf);
        assertThat(text).contains("LAMPIRAN KEPUTUSAN BUPATI MANGGARAI").contains("NOMOR").contains("TANGGAL")
                .contains("IURANNYA DIBAYAR APBD KABUPATEN MANGGARAI").contains("TAHUN 2025")
                .contains("No Nama NIK L/P Desa/Kelurahan Kecamatan Pekerjaan")
                .contains("531003********04").doesNotContain("5310035205850004")
                .contains("NIK disamarkan")
                .contains("Jumlah peserta: 5 orang").contains("BUPATI MANGGARAI,")
                // The seeded 1.000 of 2025 are a number without names (trial 22c: the annex read as if none).
                .contains("Tercatat 1.000 peserta sebagai jumlah kelompok; 995 di antaranya tanpa daftar nama")
                .contains("Dicetak di Ruteng, 23/11/2026").contains("Halaman 1 dari 1")
                .doesNotContain("Kristina").doesNotContain("Lukas");
        List<String> order = List.of("1 Maria Imaculata", "2 Benediktus Jaya", "3 Yosef Jehalu", "4 Agnes Niman",
                "5 Tanpa Alamat");
        int at = -1;
        for (String line : order) {
            int next = text.indexOf(line);
            assertThat(next).as(line).isGreaterThan(at);
            at = next;
        }
        assertThat(text).contains("Maria Imaculata 531003********04 P Golo Dukal Langke Rembong");
    }

    @Test
    void fullNikOnlyWhenChosenAndThenAudited() throws Exception {
        Path masked = dir.resolve("lampiran.pdf");
        Path full = dir.resolve("lampiran-lengkap.pdf");
        try (PayungServices s = open()) {
            regencyList();
            s.exports().annex("APBD-KAB-MGR", 2025, false, masked);
            s.exports().annex("APBD-KAB-MGR", 2025, true, full);
            try (Database db = engine.open()) {
                List<AuditLog.Entry> recent = db.read(tx -> new AuditLog().recent(tx, 2));
                assertThat(recent).extracting(AuditLog.Entry::action, AuditLog.Entry::entity)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("EXPORT_FULL_NIK", "annex"),
                                org.assertj.core.groups.Tuple.tuple("EXPORT", "annex"));
            }
        }
        assertThat(text(full)).contains("5310035205850004").doesNotContain("NIK disamarkan");
    }

    @Test
    void longListsRepeatTheHeaderAndCountPages() throws Exception {
        Path pdf = dir.resolve("panjang.pdf");
        try (PayungServices s = open()) {
            try (Database db = engine.open()) {
                for (int i = 1; i <= 600; i++) {
                    person(db, i, String.format("Peserta %04d", i), Sex.L, "53.10.03.2002", "PETANI", "APBD-PROV-NTT",
                            YearMonth.of(2025, 1), null);
                }
            }
            assertThat(s.exports().annex("APBD-PROV-NTT", 2025, false, pdf))
                    .isEqualTo(600);
        }
        copyForLooking(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("page " + p)
                        .contains("No Nama NIK L/P").contains("Halaman " + p + " dari " + pages);
            }
            stripper.setStartPage(pages);
            assertThat(stripper.getText(doc)).contains("600 Peserta 0600").contains("Jumlah peserta: 600 orang");
        }
    }

    @Test
    void anUnknownFunderIsNamedAndNoFileIsLeft() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        try (PayungServices s = open()) {
            assertThatThrownBy(() -> s.exports().annex("NOPE", 2025, false, pdf))
                    .hasMessageContaining("NOPE");
        }
        assertThat(pdf).doesNotExist();
    }
}
