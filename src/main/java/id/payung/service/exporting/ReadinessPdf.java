package id.payung.service.exporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.payung.domain.Event;
import id.payung.domain.Formats;
import id.payung.domain.ReadinessSummary;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** The award-readiness summary as a printed document under the office's letterhead. */
final class ReadinessPdf {
    private ReadinessPdf() {
    }

    /**
     * How closely the summary is set: the page's top and bottom margins, the room above and under a part's heading
     * and above the lines within a part, a table cell's room above and under its text, the lines' spacing (times the
     * type's size), the room to sign in and above the signature, and the spacing of an event's lines in its cell
     * (times the type's size; its capitals and descenders always clear of the cell's borders). The type itself is the
     * same in every setting.
     */
    private record Setting(float top, float bottom, float sectionBefore, float sectionAfter, float partBefore,
                           float cellPadding, float lineSpacing, float signRoom, float signBefore, float eventSpacing) {
    }

    /** A body cell's room above and under its text as {@link PdfParts#cells} makes it. */
    private static final float USUAL_PADDING = 3.5f;

    /**
     * The settings tried in turn: the usual one, closer (trial 19: a few lines over a page), and closest (trial 19
     * again: the last section and the signature, about 200 points with an award's presenter and witnesses, went onto
     * page 2 of a full year's summary, the logo and the street in the kop besides). The closest still leaves the
     * signature a stamp's room, the footer its line, and no type under 8 points.
     */
    private static final List<Setting> SETTINGS = List.of(
            new Setting(42, 60, 14, 6, 8, USUAL_PADDING, 1.5f, PdfParts.SIGN_ROOM, 14, PdfParts.LINE_SPACING),
            new Setting(30, 60, 8, 4, 6, USUAL_PADDING, 1.5f, PdfParts.SIGN_ROOM_CLOSE, 8, PdfParts.LINE_SPACING),
            new Setting(30, 46, 8, 4, 4, 2.5f, 1.25f, PdfParts.SIGN_ROOM_CLOSE, 6, PdfParts.LINE_SPACING),
            new Setting(24, 46, 6, 3, 3, 2, 1.2f, PdfParts.SIGN_ROOM_CLOSE, 4, PdfParts.LINE_SPACING),
            // Trial 21a: the events' lines spaced and clear of their borders, the award's place besides.
            new Setting(22, 44, 5, 3, 2, 2, 1.15f, PdfParts.SIGN_ROOM_CLOSE, 3, 1.1f));

    /**
     * Writes the summary, signed as the year report is ({@link PdfParts#signature}): {@code signer} is the head of
     * office from the settings (null or its parts null: a title from the office's name and dotted lines to write in).
     * Set as usual first; a summary that runs onto a second page is set again closer, and closer still, and the first
     * setting that prints it on one page is kept (none: the usual one, its page turning before the last section,
     * which goes with the signature).
     */
    static void write(ReadinessSummary s, PrintHeader h, Signer signer, LocalDate printedOn, OutputStream out)
            throws DocumentException {
        java.io.ByteArrayOutputStream best = null;
        int fewest = Integer.MAX_VALUE;
        for (Setting setting : SETTINGS) {
            java.io.ByteArrayOutputStream attempt = new java.io.ByteArrayOutputStream();
            int pages = write(s, h, signer, printedOn, attempt, setting);
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

    /** Writes the summary as {@code setting} says; returns its pages as printed. */
    private static int write(ReadinessSummary s, PrintHeader h, Signer signer, LocalDate printedOn, OutputStream out,
                             Setting setting) throws DocumentException {
        Document doc = new Document(PageSize.A4, 50, 50, setting.top(), setting.bottom());
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        PdfParts.Footer footer = new PdfParts.Footer(h, printedOn);
        writer.setPageEvent(footer);
        java.util.function.Function<String, Paragraph> section = text -> {
            Paragraph p = PdfParts.section(text);
            p.setSpacingBefore(setting.sectionBefore());
            p.setSpacingAfter(setting.sectionAfter());
            return spaced(p, setting);
        };
        java.util.function.BiFunction<String, com.lowagie.text.Font, Paragraph> text =
                (words, font) -> spaced(new Paragraph(words, font), setting);
        doc.addTitle("Ringkasan kesiapan penghargaan " + s.year());
        doc.addCreator("Payung");
        doc.open();
        PdfParts.letterhead(doc, h);
        doc.add(spaced(PdfParts.centred("RINGKASAN KESIAPAN PENGHARGAAN", PdfParts.TITLE), setting));
        Paragraph sub = spaced(PdfParts.centred("Perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan — keadaan tahun "
                + s.year(), PdfParts.BODY_BOLD), setting);
        sub.setSpacingAfter(4);
        doc.add(sub);

        doc.add(section.apply("1. Kebijakan dan regulasi"));
        doc.add(events(s.regulations(), "Belum ada regulasi tercatat (catat sebagai kegiatan berjenis Regulasi).", setting));

        // Each section below as one block, moved whole to the next page when it does not fit (split only when longer
        // than a page): a page turns before a section, never between a heading and its table or the years and the
        // funders.
        List<Element> years = new java.util.ArrayList<>();
        years.add(section.apply("2. Peserta, pertumbuhan dan anggaran per tahun"));
        years.add(padded(yearsTable(s), setting));
        // Beside the growth: a funder of the year before with nothing recorded yet in this one (trial 18: "−99,5 %"
        // handed to the regent without a word that the year's cohorts were not entered).
        String gap = id.payung.domain.FunderGap.line(s.year(), s.funderGaps(), ExportService.indonesianWords());
        if (gap != null) {
            Paragraph caution = text.apply(gap, PdfParts.CAUTION);
            caution.setSpacingBefore(Math.min(4, setting.partBefore()));
            years.add(caution);
        }
        Paragraph perFunder = text.apply("Biaya iuran per sumber dana " + s.year() + " beserta kuota dan pagu yang direncanakan:",
                PdfParts.BODY);
        perFunder.setSpacingBefore(setting.partBefore());
        years.add(perFunder);
        years.add(padded(fundersTable(s), setting));
        doc.add(PdfParts.keptTogether(years.toArray(Element[]::new)));

        ReadinessSummary.VillageCoverage v = s.villages();
        String villages = v.desaTotal() == 0
                ? "Daftar desa belum dimuat (Pengaturan → Impor wilayah); cakupan per desa belum dapat dihitung. "
                        + Formats.count(v.officials()) + " perangkat desa terlindungi."
                : Formats.count(v.desaCovered()) + " dari " + Formats.count(v.desaTotal()) + " desa ("
                        + Formats.percent(v.percent()) + ") memiliki perangkat desa yang terlindungi; "
                        + Formats.count(v.officials()) + " perangkat desa terlindungi.";
        doc.add(PdfParts.keptTogether(section.apply("3. Perlindungan perangkat desa " + s.year()),
                text.apply(villages, PdfParts.BODY),
                text.apply("Perangkat desa dikenali dari pekerjaan \"Perangkat desa\" atau dari kepesertaan segmen PU "
                        + "yang dibiayai APBDes/ADD; kelurahan tidak dihitung.", PdfParts.SMALL)));

        List<Element> benefits = new java.util.ArrayList<>();
        benefits.add(section.apply("4. Manfaat yang dibayarkan " + s.year()));
        benefits.add(padded(benefitsTable(s), setting));
        if (!s.benefitEvents().isEmpty()) {
            Paragraph p = text.apply("Penyerahan manfaat yang tercatat:", PdfParts.BODY);
            p.setSpacingBefore(Math.min(6, setting.partBefore()));
            benefits.add(p);
            benefits.add(events(s.benefitEvents(), "", setting));
        }
        doc.add(PdfParts.keptTogether(benefits.toArray(Element[]::new)));

        // The last section and the signature as one block: a full year had put the signature alone on page 2
        // (trial 18), and a signed letter must not end on a page holding nothing else.
        PdfPTable signature = PdfParts.signature(h, printedOn, signer, setting.signRoom());
        signature.setSpacingBefore(setting.signBefore());
        doc.add(PdfParts.keptTogether(section.apply("5. Penghargaan yang telah diterima"),
                events(s.awards(), "Belum ada penghargaan tercatat.", setting), signature));
        doc.close();
        return footer.pages();
    }

    /** The paragraph's lines spaced as the setting says (the type's size times its spacing). */
    private static Paragraph spaced(Paragraph p, Setting setting) {
        p.setLeading(p.getFont().getSize() * setting.lineSpacing());
        return p;
    }

    /** The table's cells with the setting's room above and under their text. */
    private static PdfPTable padded(PdfPTable t, Setting setting) {
        if (setting.cellPadding() >= USUAL_PADDING) {
            return t; // as the cells are made
        }
        for (com.lowagie.text.pdf.PdfPRow row : t.getRows()) {
            for (com.lowagie.text.pdf.PdfPCell cell : row.getCells()) {
                if (cell != null) {
                    cell.setPaddingTop(Math.min(cell.getPaddingTop(), setting.cellPadding()));
                    cell.setPaddingBottom(Math.min(cell.getPaddingBottom(), setting.cellPadding()));
                }
            }
        }
        return t;
    }

    /**
     * The events as a table of their date and what they were: the title in bold, then the lines the year report
     * writes under it ({@link PdfParts#eventLines}: Pemberi, Diserahkan oleh, Penerima, Tempat, Saksi), spaced as the
     * type asks and clear of the cell's borders (trial 21a: packed, the title plain and the last line on the border),
     * oldest first as the year report lists them ({@link Event#CHRONOLOGICAL}).
     */
    private static Element events(List<Event> events, String none, Setting setting) {
        if (events.isEmpty()) {
            return spaced(new Paragraph(none, PdfParts.BODY), setting);
        }
        PdfPTable t = new PdfPTable(new float[] {16, 84});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(1);
        PdfParts.header(t, PdfParts.TABLE_BOLD, "Tanggal", "Uraian");
        for (Event e : events.stream().sorted(Event.CHRONOLOGICAL).toList()) {
            t.addCell(eventCell(new com.lowagie.text.Phrase(Formats.date(e.date()), PdfParts.TABLE), setting));
            // Each line a phrase of its own: a dash in one ("Labuan Bajo–Manggarai") sets that phrase in a substitute
            // font, and one phrase for all had lost the title's bold.
            com.lowagie.text.Phrase text = new com.lowagie.text.Phrase();
            text.add(new com.lowagie.text.Phrase(e.title(), PdfParts.TABLE_BOLD));
            for (String line : PdfParts.eventLines(e)) {
                text.add(new com.lowagie.text.Phrase("\n" + line, PdfParts.TABLE));
            }
            t.addCell(eventCell(text, setting));
        }
        return padded(t, setting);
    }

    /** An event's cell: its lines spaced as the setting says, its capitals and descenders inside the cell's room. */
    private static com.lowagie.text.pdf.PdfPCell eventCell(com.lowagie.text.Phrase text, Setting setting) {
        com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(text);
        cell.setPadding(USUAL_PADDING);
        cell.setLeading(0, setting.eventSpacing());
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private static PdfPTable yearsTable(ReadinessSummary s) {
        PdfPTable t = new PdfPTable(new float[] {10, 14, 18, 22, 14, 22});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        PdfParts.header(t, PdfParts.TABLE_BOLD, "Tahun", "Peserta", "Pertumbuhan", "Biaya iuran", "Kuota", "Pagu anggaran");
        if (s.years().isEmpty()) {
            PdfParts.noRows(t, "Belum ada peserta.");
        }
        for (int i = 0; i < s.years().size(); i++) {
            ReadinessSummary.YearFigures y = s.years().get(i);
            Double pct = s.growthPercent(i);
            String growth = y.growth() == null ? "–" : (y.growth() > 0 ? "+" : "") + Formats.count(y.growth())
                    + (pct == null ? "" : " (" + Formats.change(pct) + ")");
            PdfParts.cells(t, y.year() == s.year() ? PdfParts.TABLE_BOLD : PdfParts.TABLE, 1, String.valueOf(y.year()),
                    Formats.count(y.participants()), growth, Formats.rupiah(y.costRp()),
                    y.quota() == null ? "–" : Formats.count(y.quota()), y.ceilingRp() == null ? "–" : Formats.rupiah(y.ceilingRp()));
        }
        return t;
    }

    private static PdfPTable fundersTable(ReadinessSummary s) {
        // The funder's name on one line ("APBDes / ADD desa se-Kabupaten Manggarai" took two).
        PdfPTable t = new PdfPTable(new float[] {42, 11, 19, 10, 18});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(1);
        PdfParts.header(t, PdfParts.TABLE_BOLD, "Sumber dana", "Peserta", "Biaya iuran", "Kuota", "Pagu anggaran");
        if (s.funders().isEmpty()) {
            PdfParts.noRows(t, "Belum ada peserta.");
        }
        for (ReadinessSummary.FunderBudget f : s.funders()) {
            PdfParts.cells(t, PdfParts.TABLE, 1, f.funderName(), Formats.count(f.participants()), Formats.rupiah(f.costRp()),
                    f.quota() == null ? "–" : Formats.count(f.quota()), f.ceilingRp() == null ? "–" : Formats.rupiah(f.ceilingRp()));
        }
        return t;
    }

    private static PdfPTable benefitsTable(ReadinessSummary s) {
        PdfPTable t = new PdfPTable(new float[] {40, 16, 16, 28});
        t.setWidthPercentage(100);
        PdfParts.header(t, PdfParts.TABLE_BOLD, "Program", "Pembayaran", "Penerima", "Jumlah dibayarkan");
        long payouts = 0;
        long people = 0;
        long amount = 0;
        for (ReadinessSummary.BenefitTotal b : s.benefits()) {
            String name = switch (b.programme()) {
                case JKK -> "JKK (jaminan kecelakaan kerja)";
                case JKM -> "JKM (jaminan kematian)";
                default -> b.programme().name();
            };
            PdfParts.cells(t, PdfParts.TABLE, 1, name, Formats.count(b.payouts()), Formats.count(b.beneficiaries()),
                    Formats.rupiah(b.amountRp()));
            payouts += b.payouts();
            people += b.beneficiaries();
            amount += b.amountRp();
        }
        PdfParts.cells(t, PdfParts.TABLE_BOLD, 1, "Jumlah", Formats.count(payouts), Formats.count(people),
                Formats.rupiah(amount));
        return t;
    }
}
