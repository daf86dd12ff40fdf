package id.payung.service.exporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.Formats;
import id.payung.domain.FunderCost;
import id.payung.domain.FunderPalette;
import id.payung.domain.FundingShare;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The yearly report for the regent, in Bahasa Indonesia: who pays for how many workers (pie chart and
 * table), what it costs, how it grew, the year's awards and events, and where and when it was printed.
 * Drawn with OpenPDF; the chart is vector graphics in the funders' usual colours.
 */
final class PdfReport {
    /**
     * Everything the report shows, gathered by the service. {@code filter}: the dashboard's filter in words
     * ("Kecamatan Wae Rii, segmen PU") that shares, costs and trend were counted for; null for the whole regency
     * (the regent's report). {@code byKecamatan}: the filter names a kecamatan (cohorts are then left out).
     */
    record Content(PrintHeader header, int year, List<FundingShare> shares, Map<String, FunderCost> costs,
                   Map<Integer, List<FundingShare>> trend, List<Event> events, LocalDate printedOn, Signer signer,
                   String filter, boolean byKecamatan, Province province) {
        /** A regency's report (no per-regency parts). */
        Content(PrintHeader header, int year, List<FundingShare> shares, Map<String, FunderCost> costs,
                Map<Integer, List<FundingShare>> trend, List<Event> events, LocalDate printedOn, Signer signer,
                String filter, boolean byKecamatan) {
            this(header, year, shares, costs, trend, events, printedOn, signer, filter, byKecamatan, null);
        }

        /** The whole regency's report. */
        Content(PrintHeader header, int year, List<FundingShare> shares, Map<String, FunderCost> costs,
                Map<Integer, List<FundingShare>> trend, List<Event> events, LocalDate printedOn, Signer signer) {
            this(header, year, shares, costs, trend, events, printedOn, signer, null, false);
        }

        /** A report without a signature block (no head of office in the settings). */
        Content(PrintHeader header, int year, List<FundingShare> shares, Map<String, FunderCost> costs,
                Map<Integer, List<FundingShare>> trend, List<Event> events, LocalDate printedOn) {
            this(header, year, shares, costs, trend, events, printedOn, null);
        }
    }

    /**
     * What a province's report adds (a provincial reader's: the header is the province's): its regencies, largest
     * first, with the province total under them, and for each of the year's events the regencies that recorded it
     * ({@code eventRegencies}: by the event's id, names joined; an event two regencies both recorded is listed once).
     */
    record Province(List<RegencyLine> regencies, Map<Long, String> eventRegencies) {
    }

    /** One regency's row: its name, participants, share of the province in % (0–100) and yearly cost in rupiah. */
    record RegencyLine(String name, long participants, double percent, long costRp) {
    }

    /** Who signs the report: the head of office's name, title and NIP (Pengaturan; the NIP's 18 digits or null). */
    record Signer(String name, String title, String nip) {
        /** A head of office without a NIP in the settings. */
        Signer(String name, String title) {
            this(name, title, null);
        }
    }

    private PdfReport() {
    }

    /**
     * Writes the report on one page when it can: set as usual first, and when that runs onto a second page (a long
     * kop, many awards, the NIP: the signature alone on page 2, trial 13) set again closer (a smaller pie, less
     * room between parts), kept if that saves the page.
     */
    static void write(Content c, OutputStream out) throws DocumentException {
        java.io.ByteArrayOutputStream usual = new java.io.ByteArrayOutputStream();
        int pages = write(c, usual, false);
        if (pages > 1) {
            java.io.ByteArrayOutputStream close = new java.io.ByteArrayOutputStream();
            if (write(c, close, true) < pages) {
                usual = close;
            }
        }
        try {
            usual.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sets the report, {@code close} for the tighter setting; returns its pages. */
    private static int write(Content c, OutputStream out, boolean close) throws DocumentException {
        Document doc = new Document(PageSize.A4, 50, 50, close ? 40 : 50, 60);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfParts.Footer(c.header(), c.printedOn()));
        java.util.ResourceBundle words = ExportService.indonesianWords();
        // A filtered report names its filter wherever a number stands (title, headings), so a page handed over alone
        // is not read as the regency's; the unfiltered report is the regent's, as it always was.
        // In brackets: a dash in a heading is set in a substitute regular font, not the heading's bold.
        String suffix = c.filter() == null ? "" : " (" + c.filter() + ")";
        doc.addTitle("Laporan Payung " + c.year() + suffix);
        doc.addCreator("Payung");
        doc.open();
        PdfParts.letterhead(doc, c.header());
        Paragraph title = new Paragraph("Perlindungan Jaminan Sosial Ketenagakerjaan Pekerja Rentan", PdfParts.TITLE);
        title.setSpacingAfter(2);
        doc.add(title);
        doc.add(new Paragraph("Laporan tahun " + c.year() + " — peserta BPJS Ketenagakerjaan menurut sumber dana iuran",
                PdfParts.BODY_BOLD));
        if (c.filter() != null) {
            Paragraph filtered = new Paragraph(java.text.MessageFormat.format(words.getString("report.filtered"), c.filter())
                    + (c.byKecamatan() ? " " + words.getString("report.filtered.cohorts") : ""), PdfParts.BODY_BOLD);
            filtered.setSpacingBefore(4);
            doc.add(filtered);
        }

        doc.add(PdfParts.section("Porsi sumber dana " + c.year() + suffix));
        if (c.shares().isEmpty()) {
            doc.add(new Paragraph(c.filter() == null ? "Belum ada peserta pada tahun ini."
                    : java.text.MessageFormat.format(words.getString("report.empty.filtered"), c.filter()), PdfParts.BODY));
        } else {
            doc.add(chart(writer, c.shares(), close));
            doc.add(sharesTable(c));
            // The note explains the table's cost column: under it, never alone on a page of its own.
            // Two lines at most, or the signature goes to a page of its own. A cost under the package (self-paying
            // workers in a discount's months) read as a miscalculation when the note named only the package.
            Paragraph note = new Paragraph("Biaya = peserta × iuran bulanan × bulan menurut aturan iuran bertanggal "
                    + "(paket BPU Rp 16.800 per orang per bulan; diskon PP 50/2025 dan iuran PU perangkat desa ikut "
                    + "dihitung). Peserta bernama dan kelompok tidak dihitung dua kali.", PdfParts.SMALL);
            note.setSpacingBefore(4);
            doc.add(note);
        }

        if (c.province() != null) {
            doc.add(PdfParts.section(java.text.MessageFormat.format(words.getString("report.province.regencies"),
                    String.valueOf(c.year())) + suffix));
            doc.add(regencyTable(c, words));
        }

        doc.add(PdfParts.section("Perkembangan peserta per tahun" + suffix));
        doc.add(trendTable(c));

        doc.add(PdfParts.section("Penghargaan dan kegiatan " + c.year()));
        if (c.filter() != null) {
            Paragraph whole = new Paragraph(words.getString("report.filtered.events"), PdfParts.SMALL);
            whole.setSpacingAfter(4);
            doc.add(whole);
        }
        List<Event> events = c.events().stream().filter(e -> e.date().getYear() == c.year()).toList();
        if (events.isEmpty()) {
            doc.add(new Paragraph("Tidak ada penghargaan atau kegiatan tercatat pada tahun ini.", PdfParts.BODY));
        }
        for (Event e : events) {
            Paragraph p = new Paragraph();
            p.add(new Phrase(Formats.date(e.date()) + "  " + e.title(), PdfParts.BODY_BOLD));
            if (c.province() != null) {
                // A province's events are its regencies': each names the office that recorded it.
                String where = c.province().eventRegencies().get(e.id());
                p.add(new Phrase("\n" + java.text.MessageFormat.format(words.getString("report.province.eventRegency"),
                        where == null ? words.getString("breakdown.regency.unknown") : where), PdfParts.BODY));
            }
            if (e.giver() != null) {
                p.add(new Phrase("\nPemberi: " + e.giver(), PdfParts.BODY));
            }
            if (e.recipient() != null) {
                p.add(new Phrase("\nPenerima: " + e.recipient(), PdfParts.BODY));
            }
            if (e.kind() == EventKind.AWARD && e.place() != null) {
                p.add(new Phrase("\nTempat: " + e.place(), PdfParts.BODY));
            }
            p.setSpacingAfter(6);
            doc.add(p);
        }
        if (c.signer() != null) {
            doc.add(signature(c, close));
        }
        int pages = writer.getPageNumber();
        doc.close();
        return pages;
    }

    /**
     * The signature block of a letter to the regent, at the right: place and date ("Ruteng, 6 Desember 2026"),
     * the head's title, room to sign, the name, and the NIP under it when the settings have one. Kept in one piece (moved whole to the next page rather than split).
     */
    private static PdfPTable signature(Content c, boolean close) {
        PdfPTable outer = new PdfPTable(new float[] {0.7f, 1.3f});
        outer.setWidthPercentage(100);
        outer.setSpacingBefore(6);
        outer.setKeepTogether(true);
        outer.getDefaultCell().setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        outer.addCell(new Phrase(""));
        Paragraph block = new Paragraph();
        block.add(new Phrase(PdfParts.placeAndDate(c.header(), c.printedOn()) + "\n", PdfParts.BODY));
        if (c.signer().title() != null) {
            block.add(new Phrase(c.signer().title() + "\n", PdfParts.BODY));
        }
        block.add(new Phrase(close ? "\n\n" : "\n\n\n", PdfParts.BODY)); // room to sign
        block.add(new Phrase(c.signer().name() == null ? "(.................................)" : c.signer().name(),
                PdfParts.BODY_BOLD));
        if (c.signer().nip() != null) {
            // Under the name, as every Indonesian official letter signed by a civil servant has it.
            block.add(new Phrase("\nNIP. " + id.payung.domain.Nip.grouped(c.signer().nip()), PdfParts.BODY));
        }
        com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(block);
        cell.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_CENTER);
        outer.addCell(cell);
        return outer;
    }

    /** The smallest type a legend line is set in (still readable printed); a longer name is shortened instead. */
    private static final float LEGEND_MIN_SIZE = 7;

    /** The pie with its legend, as vector graphics. */
    private static Image chart(PdfWriter writer, List<FundingShare> shares, boolean close) throws DocumentException {
        float w = 495;
        float h = close ? 96 : 124; // small enough that a year's report with its signature fits one page
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate t = cb.createTemplate(w, h);
        float cx = 68;
        float cy = h / 2;
        float r = close ? 44 : 58;
        long total = FundingShare.total(shares);
        float start = 90;
        for (FundingShare s : shares) {
            float extent = -360f * s.participants() / total; // clockwise from 12 o'clock
            t.setColorFill(Color.decode(FunderPalette.hex(s.funderType())));
            wedge(t, cx, cy, r, start, extent);
            start += extent;
        }
        // Every funder's line inside the chart's box, however many funders and however long their names (a
        // regency adding companies and villages; "APBDes / ADD desa se-Kabupaten Manggarai: 300 (45,9 %)" ran past
        // the box's edge and was cut in the regent's report: trial 12): the lines close up and the type shrinks to
        // fit, a name too long even at the smallest size is shortened with "…" (its count and share kept whole).
        int n = Math.max(1, shares.size());
        float step = Math.min(18, (h - 8) / n);
        float size = Math.min(10, step - 2);
        float y = step == 18 ? h - 30 : h - step;
        BaseFont font = PdfParts.BODY.getCalculatedBaseFont(false);
        float textX = 236;
        float room = w - textX - 2;
        for (FundingShare s : shares) {
            String figures = ": " + Formats.count(s.participants()) + " (" + Formats.percent(s.percent()) + ")";
            String name = s.funderName();
            float fit = Math.min(size, size * room / font.getWidthPoint(name + figures, size));
            float used = Math.max(LEGEND_MIN_SIZE, fit);
            while (font.getWidthPoint(name + figures, used) > room && name.length() > 1) {
                name = name.substring(0, name.length() - 2).stripTrailing() + "…";
            }
            float box = Math.min(10, used);
            t.setColorFill(Color.decode(FunderPalette.hex(s.funderType())));
            t.rectangle(220, y - 2, box, box);
            t.fill();
            t.beginText();
            t.setColorFill(Color.BLACK);
            t.setFontAndSize(font, used);
            t.setTextMatrix(textX, y);
            t.showText(name + figures);
            t.endText();
            y -= step;
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    private static void wedge(PdfContentByte t, float cx, float cy, float r, float start, float extent) {
        if (Math.abs(extent) >= 359.99f) {
            t.circle(cx, cy, r);
            t.fill();
            return;
        }
        List<float[]> curves = PdfContentByte.bezierArc(cx - r, cy - r, cx + r, cy + r, start, extent);
        t.moveTo(cx, cy);
        float[] first = curves.get(0);
        t.lineTo(first[0], first[1]);
        for (float[] c : curves) {
            t.curveTo(c[2], c[3], c[4], c[5], c[6], c[7]);
        }
        t.closePath();
        t.setColorStroke(Color.WHITE);
        t.setLineWidth(1.2f);
        t.fillStroke();
    }

    private static PdfPTable sharesTable(Content c) {
        PdfPTable table = new PdfPTable(new float[] {44, 16, 14, 26});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        PdfParts.header(table, PdfParts.BODY_BOLD, "Sumber dana", "Peserta", "Porsi", "Biaya setahun");
        long totalCost = 0;
        for (FundingShare s : c.shares()) {
            long cost = c.costs().containsKey(s.funderCode()) ? c.costs().get(s.funderCode()).costRp() : 0;
            totalCost += cost;
            PdfParts.cells(table, PdfParts.BODY, 1, s.funderName(), Formats.count(s.participants()), Formats.percent(s.percent()),
                    Formats.rupiah(cost));
        }
        PdfParts.cells(table, PdfParts.BODY_BOLD, 1, "Jumlah", Formats.count(FundingShare.total(c.shares())), Formats.percent(100),
                Formats.rupiah(totalCost));
        return table;
    }

    /** The province's regencies: participants, share and yearly cost, and the province's total under them. */
    private static PdfPTable regencyTable(Content c, java.util.ResourceBundle words) {
        PdfPTable table = new PdfPTable(new float[] {44, 16, 14, 26});
        table.setWidthPercentage(100);
        PdfParts.header(table, PdfParts.BODY_BOLD, words.getString("report.province.regency"), "Peserta", "Porsi",
                "Biaya setahun");
        List<RegencyLine> rows = c.province().regencies();
        if (rows.isEmpty()) {
            PdfParts.noRows(table, "Belum ada peserta pada tahun ini.");
            return table;
        }
        for (RegencyLine r : rows) {
            PdfParts.cells(table, PdfParts.BODY, 1, r.name(), Formats.count(r.participants()), Formats.percent(r.percent()),
                    Formats.rupiah(r.costRp()));
        }
        PdfParts.cells(table, PdfParts.BODY_BOLD, 1, words.getString("report.province.total"),
                Formats.count(rows.stream().mapToLong(RegencyLine::participants).sum()), Formats.percent(100),
                Formats.rupiah(rows.stream().mapToLong(RegencyLine::costRp).sum()));
        return table;
    }

    private static PdfPTable trendTable(Content c) {
        List<String> funders = c.trend().values().stream().flatMap(List::stream).map(FundingShare::funderName)
                .distinct().toList();
        PdfPTable table = new PdfPTable(funders.size() + 2);
        table.setWidthPercentage(100);
        String[] head = new String[funders.size() + 2];
        head[0] = "Tahun";
        for (int i = 0; i < funders.size(); i++) {
            head[i + 1] = funders.get(i);
        }
        head[head.length - 1] = "Jumlah";
        PdfParts.header(table, PdfParts.BODY_BOLD, head);
        c.trend().forEach((year, shares) -> {
            String[] row = new String[funders.size() + 2];
            row[0] = String.valueOf(year);
            for (int i = 0; i < funders.size(); i++) {
                String f = funders.get(i);
                row[i + 1] = Formats.count(shares.stream().filter(s -> s.funderName().equals(f))
                        .mapToLong(FundingShare::participants).sum());
            }
            row[row.length - 1] = Formats.count(FundingShare.total(shares));
            PdfParts.cells(table, year == c.year() ? PdfParts.BODY_BOLD : PdfParts.BODY, 1, row);
        });
        return table;
    }
}
