package id.payung.service.exporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.payung.domain.Formats;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;

/** What the office's printed reports share: fonts, the letterhead, table cells and the page footer. */
final class PdfParts {
    static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    static final Font BODY = new Font(Font.HELVETICA, 9.5f);
    static final Font BODY_BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    static final Font TABLE = new Font(Font.HELVETICA, 8.5f);
    static final Font TABLE_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);
    static final Color HEADER_FILL = new Color(0xDC, 0xE8, 0xF2);

    private PdfParts() {
    }

    /**
     * The letterhead (<em>kop</em>): the optional logo at the left, then "PEMERINTAH KABUPATEN …", the office's
     * name, its street address (Pengaturan, when set) and its town, centred, over a double rule. An unreadable logo is left out rather than failing the report.
     */
    static void letterhead(Document doc, PrintHeader h) throws DocumentException {
        Image logo = logo(h.logo());
        PdfPTable table = new PdfPTable(logo == null ? new float[] {1} : new float[] {14, 72, 14});
        table.setWidthPercentage(100);
        if (logo != null) {
            PdfPCell cell = new PdfPCell(logo, true);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setFixedHeight(58);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        Paragraph text = new Paragraph();
        text.setAlignment(Element.ALIGN_CENTER);
        if (h.government() != null) {
            text.add(new Phrase(h.government() + "\n", new Font(Font.HELVETICA, 11, Font.BOLD)));
        }
        if (h.office() != null) {
            text.add(new Phrase(h.office().toUpperCase(java.util.Locale.ROOT) + "\n", new Font(Font.HELVETICA, 12.5f, Font.BOLD)));
        }
        // As an Indonesian kop has it: the street under the office's name, the town after it on the same line
        // ("Jl. Motang Rua No. 1, Ruteng"); the address alone when it already names the town.
        String street = h.address();
        String town = h.place();
        if (street != null && town != null && street.toLowerCase(java.util.Locale.ROOT)
                .contains(town.strip().toLowerCase(java.util.Locale.ROOT))) {
            town = null;
        }
        String where = street == null ? town : town == null ? street : street + ", " + town;
        if (where != null) {
            text.add(new Phrase(where, BODY));
        }
        PdfPCell middle = new PdfPCell();
        middle.addElement(text);
        middle.setBorder(Rectangle.NO_BORDER);
        middle.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(middle);
        if (logo != null) {
            PdfPCell balance = new PdfPCell(new Phrase(""));
            balance.setBorder(Rectangle.NO_BORDER);
            table.addCell(balance);
        }
        doc.add(table);
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell(new Phrase(""));
        line.setBorder(Rectangle.BOTTOM | Rectangle.TOP);
        line.setBorderWidthTop(1.8f);
        line.setBorderWidthBottom(0.6f);
        line.setFixedHeight(3);
        rule.addCell(line);
        rule.setSpacingAfter(10);
        doc.add(rule);
    }

    private static Image logo(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return Image.getInstance(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // a broken logo must not stop the report; the letterhead is complete without it
        }
    }

    /** A centred heading line. */
    static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    static Paragraph section(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        return p;
    }

    /** Header cells, shaded. */
    static void header(PdfPTable table, Font font, String... texts) {
        for (String text : texts) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(4);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
    }

    /** Body cells: the first {@code leftColumns} left-aligned, the rest (numbers) right-aligned. */
    static void cells(PdfPTable table, Font font, int leftColumns, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(texts[i] == null ? "" : texts[i], font));
            cell.setPadding(3.5f);
            cell.setHorizontalAlignment(i < leftColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    /** One cell across the whole table saying there is nothing to list (e.g. "Tidak ada peserta."). */
    static void noRows(PdfPTable table, String text) {
        PdfPCell none = new PdfPCell(new Phrase(text, TABLE));
        none.setColspan(table.getNumberOfColumns());
        none.setPadding(4);
        table.addCell(none);
    }

    /**
     * A signature block at the right of the page: {@code text} centred (who signs, blank lines to sign in, a
     * dotted name line), kept on one page.
     *
     * @param rightPercent the share of the page's width the block takes
     */
    static PdfPTable signature(String text, Font font, float rightPercent, float spacingBefore) {
        PdfPTable t = new PdfPTable(new float[] {100 - rightPercent, rightPercent});
        t.setWidthPercentage(100);
        t.setSpacingBefore(spacingBefore);
        t.setKeepTogether(true);
        PdfPCell empty = new PdfPCell(new Phrase(""));
        empty.setBorder(Rectangle.NO_BORDER);
        t.addCell(empty);
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(p);
        t.addCell(cell);
        return t;
    }

    /** The dotted line a name or a number is written on by hand. */
    static final String DOTTED = "...............................................";

    /** The language of the printed reports, whose words are Indonesian: dates are written in it. */
    static final java.util.Locale LANGUAGE = Formats.INDONESIA;

    /**
     * The place and date above a signature, as an Indonesian official letter writes them: "Ruteng, 6 Desember
     * 2026" (the month in words; "06/12/2026" read as a form, not a letter to the regent). No town: the date alone.
     */
    static String placeAndDate(PrintHeader h, LocalDate date) {
        String place = h.place() == null || h.place().isBlank() ? "" : h.place().strip() + ", ";
        return place + Formats.letterDate(date, LANGUAGE);
    }

    /**
     * "Dicetak di Ruteng, 23/11/2026 — office" at the left and "Halaman x dari y" at the right of every page;
     * y is written once the document is closed, into a template every page shares.
     */
    static final class Footer extends PdfPageEventHelper {
        private final String left;
        private PdfTemplate total;
        private BaseFont font;

        Footer(PrintHeader h, LocalDate printedOn) {
            String place = h.place() == null || h.place().isBlank() ? "" : h.place() + ", ";
            this.left = "Dicetak di " + place + Formats.date(printedOn) + (h.office() == null ? "" : " — " + h.office());
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = SMALL.getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            String page = "Halaman " + writer.getPageNumber() + " dari ";
            float x = document.right() - 40;
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setColorFill(Color.DARK_GRAY);
            cb.showTextAligned(Element.ALIGN_LEFT, left, document.left(), 30, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, page, x, 30, 0);
            cb.endText();
            cb.addTemplate(total, x, 30);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setColorFill(Color.DARK_GRAY);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
