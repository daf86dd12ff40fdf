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
     * Writes the summary, signed as the year report is ({@link PdfParts#signature}): {@code signer} is the head of
     * office from the settings (null or its parts null: a title from the office's name and dotted lines to write in).
     */
    static void write(ReadinessSummary s, PrintHeader h, Signer signer, LocalDate printedOn, OutputStream out)
            throws DocumentException {
        // As usual first; a summary that runs onto a second page is set again closer (less room at the top, between
        // the parts and to sign in), and the closer one kept when that saves the page (trial 19).
        java.io.ByteArrayOutputStream usual = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream kept = usual;
        if (write(s, h, signer, printedOn, usual, false) > 1) {
            java.io.ByteArrayOutputStream closer = new java.io.ByteArrayOutputStream();
            if (write(s, h, signer, printedOn, closer, true) == 1) {
                kept = closer;
            }
        }
        try {
            kept.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the summary, usual or {@code close}r set; returns its pages as printed. */
    private static int write(ReadinessSummary s, PrintHeader h, Signer signer, LocalDate printedOn, OutputStream out,
                             boolean close) throws DocumentException {
        Document doc = new Document(PageSize.A4, 50, 50, close ? 30 : 42, 60);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        PdfParts.Footer footer = new PdfParts.Footer(h, printedOn);
        writer.setPageEvent(footer);
        java.util.function.Function<String, Paragraph> section = text -> {
            Paragraph p = PdfParts.section(text);
            if (close) {
                p.setSpacingBefore(8);
                p.setSpacingAfter(4);
            }
            return p;
        };
        doc.addTitle("Ringkasan kesiapan penghargaan " + s.year());
        doc.addCreator("Payung");
        doc.open();
        PdfParts.letterhead(doc, h);
        doc.add(PdfParts.centred("RINGKASAN KESIAPAN PENGHARGAAN", PdfParts.TITLE));
        Paragraph sub = PdfParts.centred("Perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan — keadaan tahun "
                + s.year(), PdfParts.BODY_BOLD);
        sub.setSpacingAfter(4);
        doc.add(sub);

        doc.add(section.apply("1. Kebijakan dan regulasi"));
        doc.add(events(s.regulations(), "Belum ada regulasi tercatat (catat sebagai kegiatan berjenis Regulasi)."));

        doc.add(section.apply("2. Peserta, pertumbuhan dan anggaran per tahun"));
        doc.add(yearsTable(s));
        // Beside the growth: a funder of the year before with nothing recorded yet in this one (trial 18: "−99,5 %"
        // handed to the regent without a word that the year's cohorts were not entered).
        String gap = id.payung.domain.FunderGap.line(s.year(), s.funderGaps(), ExportService.indonesianWords());
        if (gap != null) {
            Paragraph caution = new Paragraph(gap, PdfParts.CAUTION);
            caution.setSpacingBefore(4);
            doc.add(caution);
        }
        Paragraph perFunder = new Paragraph("Biaya iuran per sumber dana " + s.year() + " beserta kuota dan pagu yang direncanakan:",
                PdfParts.BODY);
        perFunder.setSpacingBefore(8);
        doc.add(perFunder);
        doc.add(fundersTable(s));

        doc.add(section.apply("3. Perlindungan perangkat desa " + s.year()));
        ReadinessSummary.VillageCoverage v = s.villages();
        String villages = v.desaTotal() == 0
                ? "Daftar desa belum dimuat (Pengaturan → Impor wilayah); cakupan per desa belum dapat dihitung. "
                        + Formats.count(v.officials()) + " perangkat desa terlindungi."
                : Formats.count(v.desaCovered()) + " dari " + Formats.count(v.desaTotal()) + " desa ("
                        + Formats.percent(v.percent()) + ") memiliki perangkat desa yang terlindungi; "
                        + Formats.count(v.officials()) + " perangkat desa terlindungi.";
        doc.add(new Paragraph(villages, PdfParts.BODY));
        doc.add(new Paragraph("Perangkat desa dikenali dari pekerjaan \"Perangkat desa\" atau dari kepesertaan segmen PU "
                + "yang dibiayai APBDes/ADD; kelurahan tidak dihitung.", PdfParts.SMALL));

        doc.add(section.apply("4. Manfaat yang dibayarkan " + s.year()));
        doc.add(benefitsTable(s));
        if (!s.benefitEvents().isEmpty()) {
            Paragraph p = new Paragraph("Penyerahan manfaat yang tercatat:", PdfParts.BODY);
            p.setSpacingBefore(6);
            doc.add(p);
            doc.add(events(s.benefitEvents(), ""));
        }

        // The last section and the signature as one block: a full year had put the signature alone on page 2
        // (trial 18), and a signed letter must not end on a page holding nothing else.
        PdfPTable signature = PdfParts.signature(h, printedOn, signer, close ? PdfParts.SIGN_ROOM_CLOSE : PdfParts.SIGN_ROOM);
        signature.setSpacingBefore(close ? 8 : 14);
        doc.add(PdfParts.keptTogether(section.apply("5. Penghargaan yang telah diterima"),
                events(s.awards(), "Belum ada penghargaan tercatat."), signature));
        doc.close();
        return footer.pages();
    }

    private static Element events(List<Event> events, String none) {
        if (events.isEmpty()) {
            return new Paragraph(none, PdfParts.BODY);
        }
        PdfPTable t = new PdfPTable(new float[] {16, 84});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(1);
        PdfParts.header(t, PdfParts.TABLE_BOLD, "Tanggal", "Uraian");
        java.util.ResourceBundle words = ExportService.indonesianWords();
        for (Event e : events) {
            StringBuilder text = new StringBuilder(e.title());
            if (e.giver() != null && !e.giver().isBlank()) {
                text.append("\nOleh: ").append(e.giver());
            }
            if (e.presenter() != null && !e.presenter().isBlank()) {
                text.append("\n").append(java.text.MessageFormat.format(words.getString("report.event.presenter"),
                        e.presenter().strip()));
            }
            if (e.recipient() != null && !e.recipient().isBlank()) {
                text.append("\nKepada: ").append(e.recipient());
            }
            if (!e.witnesses().isEmpty()) {
                text.append("\n").append(java.text.MessageFormat.format(words.getString("report.event.witnesses"),
                        String.join("; ", e.witnesses())));
            }
            PdfParts.cells(t, PdfParts.TABLE, 2, Formats.date(e.date()), text.toString());
        }
        return t;
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
        PdfPTable t = new PdfPTable(new float[] {34, 13, 21, 12, 20});
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
