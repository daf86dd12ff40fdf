package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * No full NIK in error output or error files, even when a NIK sits in the wrong column; cells that a
 * spreadsheet would run as formulas are neutralised in every CSV Payung writes.
 */
class NoFullNikOutTest {
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void aNikInTheWrongColumnNeverReachesTheScreenOrTheErrorFile() throws Exception {
        String db = console.init(dir.resolve("payung.db"));
        Path list = dir.resolve("geser.csv");
        // The columns slipped: the NIK landed under "Tanggal lahir", "Jenis kelamin" and "No HP".
        Files.writeString(list, "NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan;No HP\n"
                + "Andi;5310011205850001;5310011205850001;5310011205850001;Langke Rembong;Petani;5310011205850001\n"
                + "5310 0152 0485 0002;Maria;X;31/02/1985;Langke Rembong;Petani;5310015204850002\n", StandardCharsets.UTF_8);
        Path errors = dir.resolve("masalah.csv");
        console.run("import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                "--errors", errors.toString());
        String everything = console.out() + console.err() + Files.readString(errors);
        assertThat(everything).contains("row 2");
        assertThat(SIXTEEN_DIGITS.matcher(everything).find()).as(everything).isFalse();
        assertThat(everything).doesNotContain("5310 0152 0485 0002");
    }

    @Test
    void reconcileAndReportCsvNeutraliseFormulas() throws Exception {
        String db = dir.resolve("payung.db").toString();
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, id.payung.service.TestData.CLOCK)) {
            FundingSource csr = s.reference().fundingSources().stream().filter(f -> f.code().equals("CSR")).findFirst()
                    .orElseThrow();
            s.funding().update(new FundingSource(csr.id(), "CSR", "=HYPERLINK(\"http://x\",\"klik\")", csr.type(), null, true,
                    csr.notes()));
            s.cohorts().add(new id.payung.service.CohortService.Input("CSR", 2026, id.payung.domain.Segment.BPU, null, null,
                    10L, "sumber"));
        }
        Path bpjs = dir.resolve("bpjs.csv");
        // A NIK cell made to be a formula once masked ("=1+2+3********+9"), a name holding a NIK.
        Files.writeString(bpjs, "NIK;Nama;KPJ;Status\n=1+2+3+4+5+6+7+9;5310011205850001;-2+3;AKTIF\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("cocok.csv");
        assertThat(console.run("reconcile", bpjs.toString(), "--out", out.toString(), "--db", db)).isZero();
        String reconciled = Files.readString(out);
        assertThat(reconciled).doesNotContain(";=").doesNotContain(";-2").doesNotContain("5310011205850001");
        assertThat(reconciled).contains("'=1+2+3").contains("'-2+3");

        console.clearOut();
        assertThat(console.run("report", "funding-shares", "--year", "2026", "--format", "csv", "--db", db)).isZero();
        assertThat(console.out()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }
}
