package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FunderCount;
import id.payung.domain.RegencyShare;
import id.payung.domain.Scope;
import id.payung.service.BreakdownData;
import id.payung.service.TwoRegencies;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-regency table as a file ({@link ExportService#regencies}), read back as .xlsx and .csv and compared with
 * {@link TwoRegencies}' numbers counted by hand and with the tab's own call. Regencies side by side are a server's
 * (an SQLite file is one office's), so the rows' cases run on the PostgreSQL twin; the refusals run on both.
 */
class RegencyExportTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    @TempDir
    Path dir;

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static final List<String> HEADER = List.of("Kode wilayah", "Kabupaten/kota", "Kode sumber dana",
            "Sumber dana", "Jenis sumber dana", "Bernama", "Kelompok", "Peserta", "Porsi di kabupaten/kota (%)",
            "Porsi dari total (%)", "Biaya setahun (Rp)");

    /**
     * 2026 of {@link TwoRegencies}, as DashboardRegencyTest counts it: Manggarai 155 (the regency's cohort of 100 holds
     * its one named person; the province's cohort of 50 has no names), Manggarai Barat 23, 178 in all. Null: an empty
     * cell (no cohort; no share of a regency for the total).
     */
    private static final List<List<Object>> ROWS_2026 = List.of(
            row("53.10", "Kabupaten Manggarai", "APBD-KAB-MGR", "APBD Kabupaten Manggarai", "APBD Kabupaten", 1, 100, 100, "64.5", "56.2"),
            row("53.10", "Kabupaten Manggarai", "APBD-PROV-NTT", "APBD Provinsi NTT", "APBD Provinsi", 0, 50, 50, "32.3", "28.1"),
            row("53.10", "Kabupaten Manggarai", "MANDIRI", "Mandiri (bayar sendiri)", "Mandiri", 3, null, 3, "1.9", "1.7"),
            row("53.10", "Kabupaten Manggarai", "APBDES-MGR", "APBDes / ADD desa se-Kabupaten Manggarai", "APBDes / ADD", 1, null, 1,
                    "0.6", "0.6"),
            row("53.10", "Kabupaten Manggarai", "CSR", "CSR / perusahaan donor", "CSR / donor", 1, null, 1, "0.6", "0.6"),
            row("53.10", "Kabupaten Manggarai", "", "Total Kabupaten Manggarai", "", 6, 150, 155, "100.0", "87.1"),
            row("53.15", "Kabupaten Manggarai Barat", "CSR", "CSR / perusahaan donor", "CSR / donor", 0, 20, 20, "87.0", "11.2"),
            row("53.15", "Kabupaten Manggarai Barat", "APBD-PROV-NTT", "APBD Provinsi NTT", "APBD Provinsi", 2, null, 2, "8.7", "1.1"),
            row("53.15", "Kabupaten Manggarai Barat", "MANDIRI", "Mandiri (bayar sendiri)", "Mandiri", 1, null, 1, "4.3", "0.6"),
            row("53.15", "Kabupaten Manggarai Barat", "", "Total Kabupaten Manggarai Barat", "", 3, 20, 23, "100.0", "12.9"),
            row("", "Total", "", "", "", 9, 170, 178, null, "100.0"));

    @Test
    void theXlsxHoldsEveryRegencysFundersTheirTotalsAndTheTotalAsTheTabShowsThem() throws IOException {
        Path xlsx = dir.resolve("per-kabupaten-kota-2026.xlsx");
        List<RegencyShare> tab;
        try (PayungServices s = TwoRegencies.open(engine)) {
            assertThat(s.exports().regencies(2026, xlsx)).as("every regency of NTT, those with none too").isEqualTo(22);
            tab = s.dashboard().byRegency(2026, Scope.ALL, null);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Per kabupaten-kota 2026");
            List<Row> rows = wb.getFirstSheet().read();
            // Codes stay text ("53.10" is not the number 53.1); counts and shares are numbers.
            assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCell(7).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(3).getCell(6)).matches(c -> c == null || c.getType() == CellType.EMPTY, "no cohort: empty");
            assertTable(xlsxTexts(rows), ROWS_2026);
            assertSameAsTab(xlsxTexts(rows), tab);
        }
    }

    @Test
    void theCsvHoldsTheSameRows() throws IOException {
        Path csv = dir.resolve("per-kabupaten-kota-2026.csv");
        try (PayungServices s = TwoRegencies.open(engine)) {
            s.exports().regencies(2026, csv);
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFKode wilayah;Kabupaten/kota;");
        // Fractions with the decimal comma, as Indonesian Excel reads numbers; counts bare.
        assertThat(text).contains(";1;100;100;64,5;56,2").doesNotContain("64.5");
        assertThat(text).contains("53.71;Kota Kupang;;Total Kota Kupang;;0;;0;"); // who has not reported: a row of 0
        assertTable(csvTexts(text), ROWS_2026);
    }

    @Test
    void aYearOfCohortsOnlyAndTheTabsFiltersGiveTheTabsRows() throws IOException {
        Path cohorts = dir.resolve("2025.csv");
        Path province = dir.resolve("2026-prov.csv");
        Path macangPacar = dir.resolve("2026-macang-pacar.xlsx");
        try (PayungServices s = TwoRegencies.open(engine)) {
            s.exports().regencies(2025, cohorts);
            s.exports().regencies(2026, Scope.ALL, "APBD-PROV-NTT", province);
            s.exports().regencies(2026, new Scope(TwoRegencies.MACANG_PACAR, null), null, macangPacar);
        }
        // The seeded 2025: the decree's cohorts, Manggarai's office's, without names.
        assertTable(csvTexts(Files.readString(cohorts, StandardCharsets.UTF_8)), List.of(
                row("53.10", "Kabupaten Manggarai", "APBD-PROV-NTT", "APBD Provinsi NTT", "APBD Provinsi", 0, 4280, 4280, "81.1", "81.1"),
                row("53.10", "Kabupaten Manggarai", "APBD-KAB-MGR", "APBD Kabupaten Manggarai", "APBD Kabupaten", 0, 1000, 1000,
                        "18.9", "18.9"),
                row("53.10", "Kabupaten Manggarai", "", "Total Kabupaten Manggarai", "", 0, 5280, 5280, "100.0", "100.0"),
                row("", "Total", "", "", "", 0, 5280, 5280, null, "100.0")));
        // One funder: Manggarai's cohort of 50 beside Manggarai Barat's two names, 52 (the tab with that funder chosen).
        assertTable(csvTexts(Files.readString(province, StandardCharsets.UTF_8)), List.of(
                row("53.10", "Kabupaten Manggarai", "APBD-PROV-NTT", "APBD Provinsi NTT", "APBD Provinsi", 0, 50, 50, "100.0", "96.2"),
                row("53.10", "Kabupaten Manggarai", "", "Total Kabupaten Manggarai", "", 0, 50, 50, "100.0", "96.2"),
                row("53.15", "Kabupaten Manggarai Barat", "APBD-PROV-NTT", "APBD Provinsi NTT", "APBD Provinsi", 2, null, 2, "100.0",
                        "3.8"),
                row("53.15", "Kabupaten Manggarai Barat", "", "Total Kabupaten Manggarai Barat", "", 2, null, 2, "100.0", "3.8"),
                row("", "Total", "", "", "", 2, 50, 52, null, "100.0")));
        try (ReadableWorkbook wb = new ReadableWorkbook(macangPacar.toFile())) {
            assertThat(xlsxTexts(wb.getFirstSheet().read())).extracting(r -> r.get(1), r -> r.get(7)).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Kabupaten/kota", "Peserta"),
                    org.assertj.core.groups.Tuple.tuple("Kabupaten Manggarai Barat", "20"),
                    org.assertj.core.groups.Tuple.tuple("Kabupaten Manggarai Barat", "2"),
                    org.assertj.core.groups.Tuple.tuple("Kabupaten Manggarai Barat", "1"),
                    org.assertj.core.groups.Tuple.tuple("Kabupaten Manggarai Barat", "23"),
                    org.assertj.core.groups.Tuple.tuple("Total", "23"));
        }
    }

    @Test
    void aDatabaseOfOneRegencyIsRefusedAndNoFileIsMade() {
        Path xlsx = dir.resolve("per-kabupaten-kota-2026.xlsx");
        try (PayungServices s = BreakdownData.open(engine)) {
            assertThat(s.dashboard().showsRegencies()).isFalse();
            assertThatThrownBy(() -> s.exports().regencies(2026, xlsx))
                    .isInstanceOf(ExportService.NoRegenciesException.class);
            assertThatThrownBy(() -> s.exports().replacingExisting().regencies(2026, xlsx))
                    .isInstanceOf(ExportService.NoRegenciesException.class);
        }
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void aFileIsOneOfficesEvenWithPeopleOfTwoRegencies() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.SQLITE, "a file's case");
        Path csv = dir.resolve("per-kabupaten-kota-2026.csv");
        try (PayungServices s = TwoRegencies.open(dir.resolve("payung.db"))) {
            assertThatThrownBy(() -> s.exports().regencies(2026, csv)).isInstanceOf(ExportService.NoRegenciesException.class);
        }
        assertThat(csv).doesNotExist();
    }

    /** The file's rows, row by row, against the tab's regencies: each funder, then the regency's total, then all. */
    private static void assertSameAsTab(List<List<String>> file, List<RegencyShare> tab) {
        List<List<Object>> expected = new ArrayList<>();
        for (RegencyShare r : tab) {
            for (FunderCount f : r.funders()) {
                expected.add(row(r.code(), r.name(), f.funderCode(), f.funderName(), null, f.namedPersons(),
                        f.declared() == 0 ? null : f.declared(), f.participants(), null, null));
            }
            expected.add(row(r.code(), r.name(), "", "Total " + r.name(), "", r.namedPersons(),
                    r.declared() == 0 ? null : r.declared(), r.participants(), r.participants() == 0 ? "0.0" : "100.0",
                    BigDecimal.valueOf(r.percent()).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()));
        }
        assertThat(file).hasSize(expected.size() + 2);
        assertThat(file.get(file.size() - 1).get(7)).isEqualTo(String.valueOf(RegencyShare.total(tab)));
        for (int i = 0; i < expected.size(); i++) {
            List<Object> want = expected.get(i);
            List<String> got = file.get(i + 1);
            for (int c = 0; c < want.size(); c++) {
                if (c != 4 && (c < 8 || want.get(c) != null)) { // the type's word and funders' shares: checked above
                    assertCell(got, c, want.get(c), i + 1);
                }
            }
        }
    }

    private static void assertTable(List<List<String>> all, List<List<Object>> rows) {
        // The province's regencies with none (a total row of 0 each, trial 20a) are left out of the comparison.
        List<List<String>> file = all.stream().filter(r -> !(r.size() > 7 && !r.get(0).isEmpty() && r.get(2).isEmpty()
                && r.get(7).equals("0"))).toList();
        assertThat(file.get(0)).isEqualTo(HEADER);
        assertThat(file).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < rows.get(i).size(); c++) { // the cost: ProvincialReportTest
                assertCell(file.get(i + 1), c, rows.get(i).get(c), i + 1);
            }
        }
    }

    /** A cell as expected: text as it is, a number by value ("87.0" = "87"), null as an empty cell. */
    private static void assertCell(List<String> row, int column, Object want, int rowNumber) {
        String got = column < row.size() ? row.get(column) : "";
        String where = "row " + rowNumber + ", column " + HEADER.get(column) + " of " + row;
        if (want == null) {
            assertThat(got).as(where).isEmpty();
        } else if (column >= 5) {
            assertThat(new BigDecimal(got.replace(',', '.'))).as(where).isEqualByComparingTo(new BigDecimal(want.toString()));
        } else {
            assertThat(got).as(where).isEqualTo(want);
        }
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<List<String>> xlsxTexts(List<Row> rows) {
        return rows.stream().map(r -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < HEADER.size(); c++) {
                cells.add(r.getCellText(c));
            }
            return cells;
        }).toList();
    }

    /** The CSV's records as a spreadsheet reads them (";" between cells, quotes taken off), after the BOM. */
    private static List<List<String>> csvTexts(String text) throws IOException {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(text.substring(1)))) {
            return parser.getRecords().stream().map(r -> r.toList()).toList();
        }
    }
}
