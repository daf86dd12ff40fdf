package id.payung.service.importing;

import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.ReferenceService;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The empty list to hand to villages: the canonical headers (which the import reads back as they are),
 * a NIK column formatted as text so Excel cannot ruin the numbers, and drop-down lists for sex,
 * kecamatan, desa, occupation and funder, taken from this database: the active funders of
 * {@link ReferenceService#listedFunders()} (a clerk on a server is not offered the other regencies' budgets).
 */
public final class TemplateWriter {
    /** Headers of the template, in order; each is a spelling the import recognises. */
    public static final List<String> HEADERS = List.of("No", "NIK", "Nama Lengkap", "Jenis Kelamin", "Tempat Lahir",
            "Tanggal Lahir", "Alamat", "Desa/Kelurahan", "Kecamatan", "Pekerjaan", "Penghasilan", "No HP", "Sumber Dana",
            "Mulai", "Jumlah Bulan", "KPJ");
    private static final int ROWS = 2000;

    private final ReferenceService reference;

    public TemplateWriter(ReferenceService reference) {
        this.reference = reference;
    }

    /** Writes the template as .xlsx. */
    public void write(OutputStream out, String title) throws IOException {
        List<Region> regions = reference.localRegions();
        List<String> kecamatan = regions.stream().filter(r -> r.level() == RegionLevel.KECAMATAN).map(Region::name).toList();
        List<String> desa = regions.stream().filter(r -> r.level() == RegionLevel.DESA || r.level() == RegionLevel.KELURAHAN)
                .map(Region::name).distinct().sorted().toList();
        List<String> occupations = reference.occupations().stream().map(Occupation::name).toList();
        // The active ones of the Sumber dana screen's list (ReferenceService.listedFunders): a clerk on a server is not
        // offered the other regencies' budgets (trial, session 17); a provincial reader and a file, every active funder.
        List<String> funders = reference.listedFunders().stream().filter(FundingSource::active).map(FundingSource::name)
                .toList();
        try (Workbook wb = new Workbook(out, "Payung", "1.0")) {
            Worksheet ws = wb.newWorksheet("Daftar");
            Worksheet lists = wb.newWorksheet("Pilihan");
            ws.value(0, 0, title);
            ws.style(0, 0).bold().fontSize(13).set();
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(2, c, HEADERS.get(c));
                ws.style(2, c).bold().fillColor("DCE8F2").borderStyle("thin").set();
                ws.width(c, c == 2 || c == 6 ? 28 : c == 1 ? 20 : 15);
            }
            // NIK as text: typed as a number, Excel keeps 15 digits and turns the 16th into 0.
            ws.range(3, 1, ROWS, 1).style().format("@").set();
            ws.range(3, 5, ROWS, 5).style().format("dd/mm/yyyy").set();
            // The monthly wage or honorarium in rupiah: a village official's (PU) contribution is a share of it, and
            // the import asks for it for them (trial 18: the template had no such column, yet its rows were told to add one).
            ws.range(3, 10, ROWS, 10).style().format("#,##0").set();
            ws.range(3, 13, ROWS, 13).style().format("@").set();
            ws.value(1, 0, "Isi satu orang per baris. NIK 16 angka (kolom sudah berformat Teks). Penghasilan sebulan dalam "
                    + "rupiah, wajib untuk perangkat desa. Mulai ditulis bb/tttt, misalnya 01/2026.");
            ws.style(1, 0).italic().set();
            list(ws, lists, 0, List.of("L", "P"), 3);
            list(ws, lists, 1, desa, 7);
            list(ws, lists, 2, kecamatan, 8);
            list(ws, lists, 3, occupations, 9);
            list(ws, lists, 4, funders, 12);
            lists.setVisibilityState(VisibilityState.HIDDEN);
        }
    }

    private static void list(Worksheet ws, Worksheet lists, int listColumn, List<String> values, int targetColumn) {
        if (values.isEmpty()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            lists.value(i, listColumn, values.get(i));
        }
        ws.range(3, targetColumn, ROWS, targetColumn)
                .validateWithList(lists.range(0, listColumn, values.size() - 1, listColumn))
                .allowBlank(true).showDropdown(true).showErrorMessage(false);
    }
}
