package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.PayungServices;
import id.payung.service.TestData;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconciliationTest {
    @TempDir
    Path dir;

    @Test
    void sortsPeopleIntoBothOnlyPayungOnlyBpjsAndStatusDiffers() throws Exception {
        Path bpjs = dir.resolve("bpjs.csv");
        Files.writeString(bpjs, "No;NIK;KPJ;Nama;Status Kepesertaan\n"
                + "1;5310015204850001;KPJ001;MARIA;AKTIF\n"
                + "2;5310011205850002;KPJ002;YOHANES;NON AKTIF\n"
                + "3;5310011205850009;KPJ009;ORANG LAIN;AKTIF\n");
        try (PayungServices s = TestData.seeded(dir)) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850003", "Agus", "CSR", YearMonth.of(2026, 1), null));

            Reconciliation.Result all = new Reconciliation(s.register(), TestData.CLOCK).compare(bpjs, null);

            assertThat(all.counts()).containsEntry(Reconciliation.Match.BOTH, 1L)
                    .containsEntry(Reconciliation.Match.STATUS_DIFFERS, 1L)
                    .containsEntry(Reconciliation.Match.ONLY_BPJS, 1L)
                    .containsEntry(Reconciliation.Match.ONLY_PAYUNG, 1L);
            assertThat(all.lines()).filteredOn(l -> l.match() == Reconciliation.Match.ONLY_PAYUNG).singleElement()
                    .satisfies(l -> assertThat(l.name()).isEqualTo("Agus"));

            Reconciliation.Result mandiri = new Reconciliation(s.register(), TestData.CLOCK).compare(bpjs, "MANDIRI");
            assertThat(mandiri.counts()).containsEntry(Reconciliation.Match.ONLY_PAYUNG, 0L);

            StringWriter csv = new StringWriter();
            Reconciliation.writeCsv(all, csv);
            assertThat(csv.toString()).contains("531001********01").doesNotContain("5310015204850001");
        }
    }
}
