package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReconciliationTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    @Test
    void sortsPeopleIntoBothOnlyPayungOnlyBpjsAndStatusDiffers() throws Exception {
        Path bpjs = dir.resolve("bpjs.csv");
        Files.writeString(bpjs, "No;NIK;KPJ;Nama;Status Kepesertaan\n"
                + "1;5310015204850001;KPJ001;MARIA;AKTIF\n"
                + "2;5310011205850002;KPJ002;YOHANES;NON AKTIF\n"
                + "3;5310011205850009;KPJ009;ORANG LAIN;AKTIF\n");
        try (PayungServices s = engine.services()) {
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
            id.payung.service.exporting.ReconciliationCsv.write(all, csv);
            assertThat(csv.toString()).contains("531001********01").doesNotContain("5310015204850001");
        }
    }

    @Test
    void namesNiksExcelDamagedRowByRowInsteadOfCallingThemOnlyAtBpjs() throws Exception {
        Path bpjs = dir.resolve("bpjs.csv");
        Files.writeString(bpjs, "NIK;KPJ;Nama;Status\n"
                + "5310015204850001;KPJ001;MARIA;AKTIF\n"
                + "5.31001E+15;KPJ002;YOHANES;AKTIF\n"
                + "531001120585000;KPJ003;AGUS;AKTIF\n"
                + "5310011205850020;KPJ004;SISKA;AKTIF\n"
                + "'5310011205850010;KPJ005;BENI;AKTIF\n"
                + "5310019999990010;KPJ006;LAIN;AKTIF\n");
        Path xlsx = dir.resolve("bpjs.xlsx");
        try (var out = Files.newOutputStream(xlsx); var wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            var ws = wb.newWorksheet("Peserta");
            ws.value(0, 0, "NIK");
            ws.value(0, 1, "Nama");
            ws.value(1, 0, 5310011205850030.0); // 5310011205850031 typed into a number cell: Excel keeps 15 digits
            ws.value(1, 1, "RINA");
        }
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850023", "Siska", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850010", "Beni", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850031", "Rina", "MANDIRI", YearMonth.of(2026, 1), null));

            Reconciliation.Result r = new Reconciliation(s.register(), TestData.CLOCK).compare(bpjs, null);

            assertThat(r.counts()).containsEntry(Reconciliation.Match.BOTH, 2L) // Maria, and Beni's apostrophe NIK
                    .containsEntry(Reconciliation.Match.DAMAGED_NIK, 3L)
                    .containsEntry(Reconciliation.Match.ONLY_BPJS, 1L); // a NIK ending in 0 nobody shares: sound
            assertThat(r.lines()).filteredOn(l -> l.match() == Reconciliation.Match.DAMAGED_NIK)
                    .extracting(Reconciliation.Line::row, Reconciliation.Line::damage, Reconciliation.Line::probablyName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Reconciliation.Damage.EXCEL_SCIENTIFIC, ""),
                            org.assertj.core.groups.Tuple.tuple(4L, Reconciliation.Damage.EXCEL_CUT_DIGITS, "Yohanes"),
                            org.assertj.core.groups.Tuple.tuple(5L, Reconciliation.Damage.EXCEL_LAST_DIGIT, "Siska"));
            // Row 4's 15 digits begin only Yohanes's NIK, row 5's only Siska's: each is named on the damaged row and
            // not listed again as "only in Payung"; Rina (only in the Excel file) is.
            assertThat(r.lines()).filteredOn(l -> l.match() == Reconciliation.Match.ONLY_PAYUNG)
                    .extracting(Reconciliation.Line::name).containsExactly("Rina");
            StringWriter csv = new StringWriter();
            id.payung.service.exporting.ReconciliationCsv.write(r, csv);
            assertThat(csv.toString()).contains("DAMAGED_NIK;531001********20;SISKA", ";5;EXCEL_LAST_DIGIT;531001********23;Siska")
                    .doesNotContain("5310011205850023");

            Reconciliation.Result fromExcel = new Reconciliation(s.register(), TestData.CLOCK).compare(xlsx, null);
            assertThat(fromExcel.lines()).filteredOn(l -> l.match() == Reconciliation.Match.DAMAGED_NIK).singleElement()
                    .satisfies(l -> assertThat(l.damage()).isEqualTo(Reconciliation.Damage.EXCEL_LAST_DIGIT))
                    .satisfies(l -> assertThat(l.probablyName()).isEqualTo("Rina"));
        }
    }
}
