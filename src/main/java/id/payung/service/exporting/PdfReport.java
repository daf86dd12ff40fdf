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
     * {@code funderGaps}: the funders with participants in the year before and none (or under a tenth) recorded in this one (a caution
     * under the table; empty: none).
     */
    record Content(PrintHeader header, int year, List<FundingShare> shares, Map<String, FunderCost> costs,
                   Map<Integer, List<FundingShare>> trend, List<Event> events, LocalDate printedOn, Signer signer,
                   String filter, boolean byKecamatan, Province province, List<id.payung.domain.FunderGap> funderGaps,
                   FunderPalette palette) {
        /**
         * {@code palette}: the funders' colours, the dashboard's ({@code DashboardService.palette()}); null: made of the
         * report's own funders. Either way every funder of the shares and the growth has a colour of its own.
         */
        Content {
            List<FunderPalette.Funder> shown = new java.util.ArrayList<>();
            shares.forEach(s -> shown.add(new FunderPalette.Funder(s.funderCode(), s.funderType())));
            if (trend != null) {
                trend.values().forEach(l -> l.forEach(s -> shown.add(new FunderPalette.Funder(s.funderCode(),
                        s.funderType()))));
            }
            palette = palette == null ? FunderPalette.of(shown) : palette.with(shown);
        }

        /** A report coloured by its own funders. */
        Content(PrintHeader header, int year, List<FundingShare> shares, Map<String, FunderCost> costs,
                Map<Integer, List<FundingShare>> trend, List<Event> events, LocalDate printedOn, Signer signer,
                String filter, boolean byKecamatan, Province province, List<id.payung.domain.FunderGap> funderGaps) {
            this(header, year, shares, costs, trend, events, printedOn, signer, filter, byKecamatan, province, funderGaps,
                    null);
        }

        /** A report whose year has data for every funder of the year before. */
        Content(PrintHeader header, int year, List<FundingShare> shares, Map<String, FunderCost> costs,
                Map<Integer, List<FundingShare>> trend, List<Event> events, LocalDate printedOn, Signer signer,
                String filter, boolean byKecamatan, Province province) {
            this(header, year, shares, costs, trend, events, printedOn, signer, filter, byKecamatan, province, List.of());
        }

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
     * {@code withNone}: the names of the province's regencies with no participants, named together under the table
     * (who has not reported, trial 20a), not a row of 0 each: twenty such rows put the growth, the events and the
     * signature on a second page (trial 20d).
     */
    record Province(List<RegencyLine> regencies, List<String> withNone, Map<Long, String> eventRegencies) {
        Province {
            regencies = List.copyOf(regencies);
            withNone = List.copyOf(withNone);
        }
    }

    /** One regency's row: its name, participants, share of the province in % (0–100) and yearly cost in rupiah. */
    record RegencyLine(String name, long participants, double percent, long costRp) {
    }

    private PdfReport() {
    }

    /**
     * How closely a report is set: the pie's radius, the page's top and bottom margins, the room above a part's
     * heading, under it and after an event, the room to sign and stamp in, the room in the tables' cells above and under their text
     * and the events' lines' spacing.
     */
    private record Setting(float radius, float top, float bottom, float sectionBefore, float sectionAfter,
                           float eventAfter, float signRoom, float cellRoom, float eventLeading, boolean awardNotes) {
        /** The pie's box: the pie and a little room above and under it. */
        float pieHeight() {
            return 2 * radius + 6;
        }
    }

    /** The pie's radius as usual: its slices' shares read across a desk (trial 16). */
    private static final float PIE_RADIUS = 72;

    /** The smallest the pie is ever drawn (4,2 cm across), with its shares on it in 10 points. */
    static final float PIE_SMALLEST_RADIUS = 60;

    /**
     * The settings tried in turn: the usual one, then closer and closer (a long kop, many awards, the NIP: the
     * signature went alone onto page 2, trial 13; the logo and the street in the kop besides, trial 19). The pie is
     * what the regent looks at: the margins, the room between parts, the tables' cells and the events' lines close up
     * first, with the pie at its usual size; only then does the pie give, and never below
     * {@link #PIE_SMALLEST_RADIUS} (trial 21a: with the kop complete it had shrunk to 3 cm and lost its shares).
     * Even the closest leaves a signature and a stamp their room, and no type smaller than usual. An award's notes
     * (Keterangan) are printed while the pie keeps its usual size; a page that holds them only with a smaller pie, or
     * not at all, is set without them (they stay in the app): the seeded 2025 award's 230 letters under a complete kop
     * ran the year onto a second page.
     */
    private static final List<Setting> SETTINGS = List.of(
            new Setting(PIE_RADIUS, 50, 60, 14, 6, 6, PdfParts.SIGN_ROOM, 4, 12.5f, true),
            new Setting(PIE_RADIUS, 36, 50, 9, 5, 3, PdfParts.SIGN_ROOM, 3, 12.5f, true),
            new Setting(PIE_RADIUS, 30, 46, 7, 4, 2, PdfParts.SIGN_ROOM_CLOSE, 2.5f, 11.5f, true),
            new Setting(PIE_RADIUS, 50, 60, 14, 6, 6, PdfParts.SIGN_ROOM, 4, 12.5f, false),
            new Setting(PIE_RADIUS, 36, 50, 9, 5, 3, PdfParts.SIGN_ROOM, 3, 12.5f, false),
            new Setting(PIE_RADIUS, 30, 46, 7, 4, 2, PdfParts.SIGN_ROOM_CLOSE, 2.5f, 11.5f, false),
            new Setting(66, 28, 46, 6, 3, 1, PdfParts.SIGN_ROOM_CLOSE, 2.5f, 11, false),
            new Setting(PIE_SMALLEST_RADIUS, 28, 46, 6, 3, 1, PdfParts.SIGN_ROOM_CLOSE, 2.5f, 11, false));

    /**
     * Writes the report on one page when it can: set as usual first, and when that runs onto a second page set again
     * closer (a smaller pie, less room between parts), and closer still; the first setting with the fewest pages is
     * kept.
     */
    static void write(Content c, OutputStream out) throws DocumentException {
        java.io.ByteArrayOutputStream best = null;
        int fewest = Integer.MAX_VALUE;
        for (Setting setting : SETTINGS) {
            java.io.ByteArrayOutputStream attempt = new java.io.ByteArrayOutputStream();
            int pages = write(c, attempt, setting);
            if (pages < fewest) {
                best = attempt;
                fewest = pages;
            }
            if (pages == 1) {
                break;
            }
        }
        try {
            best.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Sets the report as {@code setting} says; returns its pages as printed (counted by the footer once closed: the
     * writer's page number before closing counts a page begun and left empty when the last part filled the one before).
     */
    private static int write(Content c, OutputStream out, Setting setting) throws DocumentException {
        Document doc = new Document(PageSize.A4, 50, 50, setting.top(), setting.bottom());
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        PdfParts.Footer footer = new PdfParts.Footer(c.header(), c.printedOn());
        writer.setPageEvent(footer);
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

        doc.add(section(setting, "Porsi sumber dana " + c.year() + suffix));
        if (c.shares().isEmpty()) {
            doc.add(new Paragraph(c.filter() == null ? "Belum ada peserta pada tahun ini."
                    : java.text.MessageFormat.format(words.getString("report.empty.filtered"), c.filter()), PdfParts.BODY));
        } else {
            doc.add(chart(writer, c.shares(), c.palette(), setting));
            doc.add(PdfParts.overPages(PdfParts.roomInCells(sharesTable(c, words), setting.cellRoom())));
            // The note explains the table's cost column: under it, never alone on a page of its own.
            // Two lines at most, or the signature goes to a page of its own. A cost under the package (self-paying
            // workers in a discount's months) read as a miscalculation when the note named only the package; the
            // discount in the dashboard's words (dashboard.cost.help: not for APBN/APBD-paid workers), where "diskon
            // … ikut dihitung" was read as contradicting it (trial 21a).
            Paragraph note = new Paragraph(words.getString("report.cost.note"), PdfParts.SMALL);
            note.setSpacingBefore(4);
            doc.add(note);
        }
        // The year's count is not complete while a funder of the year before has nothing recorded in it (trial 18:
        // "−99,5 %" for the regent without a word): said under the table, the numbers as they are.
        String gap = id.payung.domain.FunderGap.line(c.year(), c.funderGaps(), words);
        if (gap != null) {
            Paragraph caution = new Paragraph(gap, PdfParts.CAUTION);
            caution.setSpacingBefore(3);
            doc.add(caution);
        }

        if (c.province() != null) {
            PdfParts.addHeaded(doc, section(setting, java.text.MessageFormat.format(
                    words.getString("report.province.regencies"), String.valueOf(c.year())) + suffix),
                    PdfParts.roomInCells(regencyTable(c, words), setting.cellRoom()));
        }

        PdfParts.addHeaded(doc, section(setting, "Perkembangan peserta per tahun" + suffix),
                PdfParts.roomInCells(trendTable(c), setting.cellRoom()));

        // The awards and events, each whole on its page; the part's heading with its first event, and the last
        // event with the signature, so neither a heading nor a signature stands alone at a page's end or start
        // (trial 19: "Penerima: Ahli waris 7 peserta" and the signature alone on page 2).
        List<Element> opening = new java.util.ArrayList<>();
        opening.add(section(setting, "Penghargaan dan kegiatan " + c.year()));
        if (c.filter() != null) {
            Paragraph whole = new Paragraph(words.getString("report.filtered.events"), PdfParts.SMALL);
            whole.setSpacingAfter(4);
            opening.add(whole);
        }
        // Oldest first, on one day the award first: the same order every year (trial 21a: newest first in 2026, and in
        // 2025 the card hand-over before the award it went with).
        List<Event> events = c.events().stream().filter(e -> e.date().getYear() == c.year()).sorted(Event.CHRONOLOGICAL)
                .toList();
        List<Element> entries = new java.util.ArrayList<>();
        if (events.isEmpty()) {
            entries.add(new Paragraph("Tidak ada penghargaan atau kegiatan tercatat pada tahun ini.", PdfParts.BODY));
        }
        for (Event e : events) {
            entries.add(event(c, e, setting, words));
        }
        List<Element> closing = new java.util.ArrayList<>();
        if (c.signer() != null) {
            PdfPTable signature = PdfParts.signature(c.header(), c.printedOn(), c.signer(), setting.signRoom());
            signature.setSpacingBefore(Math.min(signature.spacingBefore(), setting.sectionBefore()));
            closing.add(signature);
        }
        if (entries.size() == 1) {
            opening.add(entries.get(0));
            opening.addAll(closing);
            doc.add(PdfParts.keptTogether(opening.toArray(Element[]::new)));
        } else {
            opening.add(entries.get(0));
            doc.add(PdfParts.keptTogether(opening.toArray(Element[]::new)));
            for (Element entry : entries.subList(1, entries.size() - 1)) {
                doc.add(PdfParts.keptTogether(entry));
            }
            closing.add(0, entries.get(entries.size() - 1));
            doc.add(PdfParts.keptTogether(closing.toArray(Element[]::new)));
        }
        doc.close();
        return footer.pages();
    }

    /**
     * One award or event: its date and title in bold, then who gave it, who presented it ("Diserahkan oleh"), who
     * received it, where (an award) and its witnesses on one line ("Saksi: …; …"), as the event records them
     * ({@link PdfParts#eventLines}, the readiness summary's too), and last an award's notes ("Keterangan: …").
     */
    private static Paragraph event(Content c, Event e, Setting setting, java.util.ResourceBundle words) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(Formats.date(e.date()) + "  " + e.title(), PdfParts.BODY_BOLD));
        if (c.province() != null) {
            // A province's events are its regencies': each names the office that recorded it.
            String where = c.province().eventRegencies().get(e.id());
            p.add(new Phrase("\n" + java.text.MessageFormat.format(words.getString("report.province.eventRegency"),
                    where == null ? words.getString("breakdown.regency.unknown") : where), PdfParts.BODY));
        }
        for (String line : PdfParts.eventLines(e)) {
            p.add(new Phrase("\n" + line, PdfParts.BODY));
        }
        // An award's Keterangan as the award tab holds it (what it was given for, the year's figures): the paper the
        // regent reads had lost it. The year report's own line, wrapped as its paragraph, in the report's small type
        // of its notes; an award's only, as asked: with the other events' notes too, or in body type, the seeded 2025
        // year under a full kop ran onto a second page. The readiness summary's table keeps to its short lines.
        if (setting.awardNotes() && e.kind() == id.payung.domain.EventKind.AWARD && e.notes() != null
                && !e.notes().isBlank()) {
            p.add(new Phrase("\n" + java.text.MessageFormat.format(words.getString("report.event.notes"),
                    e.notes().strip()), PdfParts.SMALL));
        }
        p.setLeading(setting.eventLeading()); // the body type's line, not the default 16 points: an event reads as one entry
        p.setSpacingAfter(setting.eventAfter());
        return p;
    }

    /** A part's heading, with the setting's room above it (less, set closer: one way a fuller year keeps to one page). */
    private static Paragraph section(Setting setting, String text) {
        Paragraph p = PdfParts.section(text);
        p.setSpacingBefore(setting.sectionBefore());
        p.setSpacingAfter(setting.sectionAfter());
        return p;
    }

    /** The smallest type a legend line is set in (still readable printed); a longer name is shortened instead. */
    private static final float LEGEND_MIN_SIZE = 7;

    /** The legend's type where its lines have the room: as the table's, a little larger. */
    private static final float LEGEND_SIZE = 11;

    /** Between the pie's rim and the legend's colour squares. */
    private static final float LEGEND_GAP = 36;

    /**
     * The pie with its legend beside it, as vector graphics, across the text's width: the pie and the legend as one
     * group, centred while it fits (a short legend left the right half of the box empty: trial 21a), else the pie at
     * the left and the legend in the rest.
     */
    private static Image chart(PdfWriter writer, List<FundingShare> shares, FunderPalette palette, Setting setting) throws DocumentException {
        float w = 495;
        float h = setting.pieHeight();
        float r = setting.radius();
        BaseFont font = PdfParts.BODY.getCalculatedBaseFont(false);
        // Every funder's line inside the chart's box, however many funders and however long their names (a
        // regency adding companies and villages; "APBDes / ADD desa se-Kabupaten Manggarai: 300 (45,9 %)" ran past
        // the box's edge and was cut in the regent's report: trial 12): the lines close up and the type shrinks to
        // fit, a name too long even at the smallest size is shortened with "…" (its count and share kept whole).
        // Each line carries its share: a slice too small to carry it on the pie is read here.
        int n = Math.max(1, shares.size());
        float step = Math.min(LEGEND_SIZE * 1.7f, (h - 8) / n);
        float size = Math.min(LEGEND_SIZE, step - 2);
        float widest = 0;
        for (FundingShare s : shares) {
            widest = Math.max(widest, font.getWidthPoint(legendLine(s.funderName(), s), size));
        }
        float group = 2 * r + LEGEND_GAP + 16 + widest;
        float cx = Math.max(0, (w - group) / 2) + r + 2;
        float cy = h / 2;
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate t = cb.createTemplate(w, h);
        long total = FundingShare.total(shares);
        float start = 90;
        for (FundingShare s : shares) {
            float extent = -360f * s.participants() / total; // clockwise from 12 o'clock
            t.setColorFill(Color.decode(palette.hex(s.funderCode(), s.funderType())));
            wedge(t, cx, cy, r, start, extent);
            start += extent;
        }
        sliceLabels(t, shares, palette, cx, cy, r, r >= PIE_SMALLEST_RADIUS ? 10 : 8.5f);
        float y = cy + (n - 1) * step / 2 - size / 3; // the legend centred beside the pie
        float boxX = cx + r + LEGEND_GAP;
        float textX = boxX + 16;
        float room = w - textX - 2;
        for (FundingShare s : shares) {
            String name = s.funderName();
            float fit = Math.min(size, size * room / font.getWidthPoint(legendLine(name, s), size));
            float used = Math.max(LEGEND_MIN_SIZE, fit);
            while (font.getWidthPoint(legendLine(name, s), used) > room && name.length() > 1) {
                name = name.substring(0, name.length() - 2).stripTrailing() + "…";
            }
            float box = Math.min(10, used);
            t.setColorFill(Color.decode(palette.hex(s.funderCode(), s.funderType())));
            t.rectangle(boxX, y - 2, box, box);
            t.fill();
            t.beginText();
            t.setColorFill(Color.BLACK);
            t.setFontAndSize(font, used);
            t.setTextMatrix(textX, y);
            t.showText(legendLine(name, s));
            t.endText();
            y -= step;
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    /** A funder's legend line: "APBD Provinsi NTT: 4.280 (81,1 %)", its name as given (shortened where it must be). */
    private static String legendLine(String name, FundingShare s) {
        return name + ": " + Formats.count(s.participants()) + " (" + Formats.percent(s.percent()) + ")";
    }

    /**
     * Each slice's share written on it ("81,1%", id-ID), centred in the slice between its middle and its rim, in
     * white on a dark slice and black on a light one (the self-paying yellow). A slice too narrow to hold its label
     * without crossing into its neighbours gets none: its share stands in the legend beside the pie, as every
     * slice's does, so no label overlaps another or a slice it is not about.
     */
    private static void sliceLabels(PdfContentByte t, List<FundingShare> shares, FunderPalette palette, float cx, float cy, float r, float size) {
        BaseFont bold = PdfParts.BODY_BOLD.getCalculatedBaseFont(false);
        long total = FundingShare.total(shares);
        double start = 90;
        for (FundingShare s : shares) {
            double extent = -360.0 * s.participants() / total;
            String label = Formats.percent(s.percent());
            float width = bold.getWidthPoint(label, size);
            double middle = Math.toRadians(start + extent / 2);
            start += extent;
            double x;
            double y;
            if (shares.size() == 1) {
                x = cx;
                y = cy;
            } else {
                double at = 0.62 * r;
                // The slice's width at the label's distance from the middle, across the label: it must hold the
                // label with a little room, and the label must stay inside the rim.
                double across = 2 * at * Math.sin(Math.toRadians(Math.min(Math.abs(extent), 180)) / 2);
                if (across < width + 6 || at + width / 2 > r - 2) {
                    continue; // in the legend only
                }
                x = cx + at * Math.cos(middle);
                y = cy + at * Math.sin(middle);
            }
            Color fill = Color.decode(palette.hex(s.funderCode(), s.funderType()));
            boolean light = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue() > 150;
            t.beginText();
            t.setColorFill(light ? Color.BLACK : Color.WHITE);
            t.setFontAndSize(bold, size);
            t.showTextAligned(Element.ALIGN_CENTER, label, (float) x, (float) (y - size / 3), 0);
            t.endText();
        }
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

    private static PdfPTable sharesTable(Content c, java.util.ResourceBundle words) {
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
        long total = FundingShare.total(c.shares());
        PdfParts.cells(table, PdfParts.BODY_BOLD, 1, "Jumlah", Formats.count(total), Formats.percent(100),
                Formats.rupiah(totalCost));
        // Under the total, what the government budgets pay of it (the regent's figure; the total holds self-paying
        // workers' own contributions too): the dashboard's rule (FunderCost.governmentBudgetRp), and as there only
        // where it is a part of the total: with every funder a government budget it would repeat the total (trial 21a).
        // Its words run onto a second line: a row spaced for it, the line not on the cell's border.
        if (FunderCost.governmentBudgetIsPart(c.costs().values())) {
            long budgets = c.shares().stream().filter(s -> s.funderType() != null && s.funderType().isGovernment())
                    .mapToLong(FundingShare::participants).sum();
            PdfParts.wrappingCells(table, PdfParts.BODY, 1, words.getString("report.governmentCost"), Formats.count(budgets),
                    Formats.percent(total == 0 ? 0 : 100.0 * budgets / total),
                    Formats.rupiah(FunderCost.governmentBudgetRp(c.costs().values())));
        }
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
        List<String> none = c.province().withNone(); // named together under the table (Province)
        for (RegencyLine r : rows) {
            PdfParts.cells(table, PdfParts.BODY, 1, r.name(), Formats.count(r.participants()), Formats.percent(r.percent()),
                    Formats.rupiah(r.costRp()));
        }
        // Filtered (one regency, a segment): the rows' total, not the province's (trial 22a: "Jumlah provinsi 29").
        PdfParts.cells(table, PdfParts.BODY_BOLD, 1, words.getString(c.filter() == null ? "report.province.total"
                        : "report.province.totalFiltered"),
                Formats.count(rows.stream().mapToLong(RegencyLine::participants).sum()), Formats.percent(100),
                Formats.rupiah(rows.stream().mapToLong(RegencyLine::costRp).sum()));
        if (!none.isEmpty()) {
            PdfParts.noRows(table, java.text.MessageFormat.format(words.getString("report.province.none"),
                    Formats.count(none.size()), String.join(", ", none)));
        }
        return table;
    }

    /**
     * The growth per year, one column a funder in the one order over the years the dashboard's trend stacks them in
     * ({@link id.payung.domain.FunderOrder#overYears}: by kind, province first, then by name), the same in the reports
     * of every year: two years' reports side by side have their columns alike.
     */
    /** The page's width between its margins (A4, 50 points each side), in points. */
    private static final float TEXT_WIDTH = 495;

    /** The trend's year column: "Tahun" in the header's bold on one line. */
    private static final float YEAR_WIDTH = 44;

    /** The trend's total column: "Jumlah" and a province's total (e.g. 1.234.567) on one line. */
    private static final float TOTAL_WIDTH = 58;

    private static PdfPTable trendTable(Content c) {
        // The one funder order over the years (FunderOrder): the dashboard's trend lists them the same way. The
        // report year's shares too, should the growth not reach its year.
        java.util.Map<Integer, List<FundingShare>> withYear = new java.util.HashMap<>(c.trend());
        withYear.merge(c.year(), c.shares(), (inTrend, shares) -> inTrend);
        List<String> codes = id.payung.domain.FunderOrder.overYears(withYear);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        c.trend().values().forEach(year -> year.forEach(s -> names.putIfAbsent(s.funderCode(), s.funderName())));
        c.shares().forEach(s -> names.put(s.funderCode(), s.funderName()));
        List<String> funders = codes.stream().map(names::get).toList();
        // The year narrow, the funders wide: a funder's name on one line where it fits (and the table a line lower).
        // The year and the total in points of the page's 495, whatever the funders: with six funders a share of the
        // width broke "Tahu/n" over two lines.
        float[] widths = new float[funders.size() + 2];
        java.util.Arrays.fill(widths, (TEXT_WIDTH - YEAR_WIDTH - TOTAL_WIDTH) / funders.size());
        widths[0] = YEAR_WIDTH;
        widths[widths.length - 1] = TOTAL_WIDTH;
        PdfPTable table = new PdfPTable(widths);
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
            for (int i = 0; i < codes.size(); i++) {
                String f = codes.get(i);
                row[i + 1] = Formats.count(shares.stream().filter(s -> s.funderCode().equals(f))
                        .mapToLong(FundingShare::participants).sum());
            }
            row[row.length - 1] = Formats.count(FundingShare.total(shares));
            PdfParts.cells(table, year == c.year() ? PdfParts.BODY_BOLD : PdfParts.BODY, 1, row);
        });
        return table;
    }
}
