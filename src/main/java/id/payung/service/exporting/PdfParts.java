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
    /** A caution beside the numbers (a year not complete yet): small, but bold, so it is read and not taken for a footnote. */
    static final Font CAUTION = new Font(Font.HELVETICA, 8, Font.BOLD);
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

    /**
     * Body cells as {@link #cells}, for a row whose text may run onto a second line: the lines spaced as the type
     * asks (1,2 × its size; a cell's own spacing is its size alone) and the last line's descent inside the cell, so
     * the second line does not sit on the cell's bottom border (trial 21a: "(APBD, APBDes, APBN)" was cut there).
     */
    static void wrappingCells(PdfPTable table, Font font, int leftColumns, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(texts[i] == null ? "" : texts[i], font));
            cell.setPadding(3.5f);
            cell.setLeading(0, LINE_SPACING);
            cell.setUseAscender(true);
            cell.setUseDescender(true);
            cell.setHorizontalAlignment(i < leftColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    /** The lines of a cell's text that runs onto more than one, as a multiple of the type's size. */
    static final float LINE_SPACING = 1.2f;

    /**
     * The table's cells measured by their type's own height: {@code room} points between a cell's top border and its
     * capitals, and between its descenders and its bottom border (a cell measured by its lines alone leaves its
     * descenders on the border when its room is taken in to keep a report on one page, trial 21a). Room taken in
     * this way keeps the cells even: a report set closer passes less.
     */
    /**
     * A table with one header row over pages: short ({@code rows} at most {@link #KEPT_ROWS}), moved whole to the next
     * page when it does not fit the rest of this one; longer, split with its header row repeated on the next page
     * (trial 22a L9: the trend's 2025 row alone at the top of page 2, under no header).
     */
    static PdfPTable overPages(PdfPTable t) {
        t.setHeaderRows(1);
        t.setKeepTogether(t.size() <= KEPT_ROWS);
        return t;
    }

    /**
     * A part's heading and its table ({@link #overPages}), never the heading alone at a page's foot (prov22:
     * "Perkembangan peserta per tahun" at the foot of page 1, its table on page 2): a short table is moved whole with
     * its heading; a long one keeps its header row and first {@link #ROWS_WITH_HEADING} rows with the heading, and the
     * rest follows as the same table, its header row repeated only on the pages after.
     */
    static void addHeaded(Document doc, Paragraph heading, PdfPTable table) throws DocumentException {
        PdfPTable t = overPages(table);
        if (t.size() <= KEPT_ROWS) {
            doc.add(keptTogether(heading, t));
            return;
        }
        PdfPTable first = new PdfPTable(t);
        while (first.size() > 1 + ROWS_WITH_HEADING) {
            first.deleteLastRow();
        }
        first.setSpacingAfter(0);
        PdfPTable rest = new PdfPTable(t);
        for (int i = 0; i < ROWS_WITH_HEADING; i++) {
            rest.deleteRow(1);
        }
        rest.setHeaderRows(1);
        rest.setSkipFirstHeader(true); // under the first rows on this page; repeated on the next
        rest.setSpacingBefore(0);
        doc.add(keptTogether(heading, first));
        doc.add(rest);
    }

    /** The rows of a long table kept on the page of its heading ({@link #addHeaded}). */
    static final int ROWS_WITH_HEADING = 3;

    /** The rows a table may have and still be moved whole to the next page ({@link #overPages}). */
    static final int KEPT_ROWS = 16;

    static PdfPTable roomInCells(PdfPTable t, float room) {
        for (com.lowagie.text.pdf.PdfPRow row : t.getRows()) {
            for (PdfPCell cell : row.getCells()) {
                if (cell != null) {
                    cell.setUseAscender(true);
                    cell.setUseDescender(true);
                    cell.setPaddingTop(room);
                    cell.setPaddingBottom(room);
                }
            }
        }
        return t;
    }

    /**
     * An event's lines under its title, as every printed report writes them (the year report's and the readiness
     * summary's alike, trial 21a: "Oleh/Kepada" in one, "Pemberi/Penerima" in the other, and no place in one): who gave
     * it, who presented it, who received it, where (an award, when recorded) and its witnesses on one line.
     */
    static java.util.List<String> eventLines(id.payung.domain.Event e) {
        java.util.ResourceBundle words = ExportService.indonesianWords();
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (!blank(e.giver())) {
            lines.add(java.text.MessageFormat.format(words.getString("report.event.giver"), e.giver().strip()));
        }
        if (!blank(e.presenter())) {
            lines.add(java.text.MessageFormat.format(words.getString("report.event.presenter"), e.presenter().strip()));
        }
        if (!blank(e.recipient())) {
            lines.add(java.text.MessageFormat.format(words.getString("report.event.recipient"), e.recipient().strip()));
        }
        if (e.kind() == id.payung.domain.EventKind.AWARD && !blank(e.place())) {
            lines.add(java.text.MessageFormat.format(words.getString("report.event.place"), e.place().strip()));
        }
        if (!e.witnesses().isEmpty()) {
            lines.add(java.text.MessageFormat.format(words.getString("report.event.witnesses"),
                    String.join("; ", e.witnesses())));
        }
        return lines;
    }

    /** One cell across the whole table saying there is nothing to list (e.g. "Tidak ada peserta."). */
    static void noRows(PdfPTable table, String text) {
        PdfPCell none = new PdfPCell(new Phrase(text, TABLE));
        none.setColspan(table.getNumberOfColumns());
        none.setPadding(4);
        table.addCell(none);
    }

    /**
     * The elements one under the other as one block, moved to the next page whole when they do not fit there (split
     * only when longer than a page): an event with all its lines, a section's last lines with the signature under
     * them. Inside a cell an element's own room above it is lost, so each but the first keeps it as the cell's
     * padding (the first starts the block, as a part at the top of a page does).
     */
    static PdfPTable keptTogether(Element... elements) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSplitLate(false);
        block.setSpacingBefore(roomAbove(elements[0])); // the first element's room, above the block
        for (int i = 0; i < elements.length; i++) {
            Element e = elements[i];
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingTop(i == 0 ? 0 : roomAbove(e));
            cell.setPaddingBottom(e instanceof Paragraph p ? p.getSpacingAfter() : 0);
            cell.addElement(e instanceof Paragraph p ? withoutRoom(p) : e);
            block.addCell(cell);
        }
        return block;
    }

    /** The room an element asks above it: a paragraph's or a table's spacing before; none for anything else. */
    private static float roomAbove(Element e) {
        if (e instanceof Paragraph p) {
            return p.getSpacingBefore();
        }
        if (e instanceof PdfPTable t) {
            return t.spacingBefore();
        }
        return 0;
    }

    /** The paragraph with its spacing taken out (the cell holding it keeps that room as its padding). */
    private static Paragraph withoutRoom(Paragraph p) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        return p;
    }

    /** The dotted line a name or a number is written on by hand. */
    static final String DOTTED = "...............................................";

    /** The name line when the settings keep no name: dots in brackets, the name to be written in by hand. */
    private static final String BLANK_NAME = "(.................................)";

    /** The NIP line's dots when the settings keep no NIP: as long as a grouped NIP, to be written in by hand. */
    private static final String NIP_DOTS = "..................................";

    /** The room to sign and stamp in, between the title and the name: about four lines, as an official letter leaves. */
    static final float SIGN_ROOM = 56;

    /** The same room where a report is set closer to keep it on one page: still a signature and a stamp's height. */
    static final float SIGN_ROOM_CLOSE = 42;

    /**
     * The signature block every report the office signs ends with (the year report, the award-readiness summary),
     * at the right of the page as an Indonesian official letter has it: the place and date ("Ruteng, 6 Desember
     * 2026"), the signer's title ("Kepala Dinas …", or "Plh. Kepala Dinas …" as the settings write it; "Kepala " and the
     * office's name when none is kept), {@code room} points to sign and stamp in, the name in bold and underlined (a
     * dotted line in brackets to write it on when none is kept) and "NIP. …" under it (a dotted NIP line when none is kept: a
     * head who is a civil servant writes it in). Kept in one piece: moved whole to the next page rather than split.
     *
     * @param signer the head of office from the settings; null or its parts null for none
     */
    static PdfPTable signature(PrintHeader h, LocalDate date, Signer signer, float room) {
        java.util.ResourceBundle words = ExportService.indonesianWords();
        String title = signer == null || blank(signer.title())
                ? "Kepala " + (h.office() == null || h.office().isBlank() ? "Dinas" : h.office().strip())
                : signer.title().strip();
        String name = signer == null || blank(signer.name()) ? null : signer.name().strip();
        String nip = signer == null || blank(signer.nip()) ? NIP_DOTS : id.payung.domain.Nip.grouped(signer.nip().strip());

        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        signatureLine(block, placeAndDate(h, date), BODY, 0);
        signatureLine(block, title, BODY, 0);
        PdfPCell space = new PdfPCell(new Phrase(""));
        space.setBorder(Rectangle.NO_BORDER);
        space.setFixedHeight(room);
        block.addCell(space);
        signatureLine(block, name == null ? BLANK_NAME : name,
                name == null ? BODY : new Font(Font.HELVETICA, BODY.getSize(), Font.BOLD | Font.UNDERLINE), 0);
        signatureLine(block, java.text.MessageFormat.format(words.getString("report.signature.nip"), nip), BODY, 0);

        // At the right, wide enough that the office's long title ("Kepala Dinas Koperasi, UKM dan Tenaga Kerja
        // Kabupaten Manggarai") stays on one line.
        PdfPTable outer = new PdfPTable(new float[] {35, 65});
        outer.setWidthPercentage(100);
        outer.setSpacingBefore(8);
        outer.setKeepTogether(true);
        PdfPCell left = new PdfPCell(new Phrase(""));
        left.setBorder(Rectangle.NO_BORDER);
        outer.addCell(left);
        PdfPCell right = new PdfPCell(block);
        right.setBorder(Rectangle.NO_BORDER);
        right.setPadding(0);
        outer.addCell(right);
        return outer;
    }

    private static void signatureLine(PdfPTable block, String text, Font font, float paddingTop) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(0);
        cell.setPaddingTop(paddingTop);
        cell.setPaddingBottom(2);
        block.addCell(cell);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

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
     * "Dicetak di Ruteng, 23/11/2026 — office" at the left and "Halaman x dari y" at the right of every page, its
     * end on the right margin (the text's right edge, as the tables' right edge above it). y is known only once the
     * document is closed: each page gets a template of its own at the margin, written then right-aligned inside it
     * (one template shared by every page held only y, and "Halaman x dari " stood a template's width short of the
     * margin: trial 16).
     */
    static final class Footer extends PdfPageEventHelper {
        /** Wide enough for "Halaman 999 dari 999" in 8 points. */
        private static final float PAGE_BOX = 120;
        private final String left;
        private final java.util.List<PdfTemplate> pages = new java.util.ArrayList<>();
        private BaseFont font;

        Footer(PrintHeader h, LocalDate printedOn) {
            String place = h.place() == null || h.place().isBlank() ? "" : h.place() + ", ";
            this.left = "Dicetak di " + place + Formats.date(printedOn) + (h.office() == null ? "" : " — " + h.office());
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            font = SMALL.getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setColorFill(Color.DARK_GRAY);
            cb.showTextAligned(Element.ALIGN_LEFT, left, document.left(), 30, 0);
            cb.endText();
            PdfTemplate page = cb.createTemplate(PAGE_BOX, 12);
            pages.add(page);
            cb.addTemplate(page, document.right() - PAGE_BOX, 30);
        }

        /** The pages ended so far: all the document's once it is closed. */
        int pages() {
            return pages.size();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            String words = ExportService.indonesianWords().getString("report.footer.page");
            String total = String.valueOf(pages.size());
            for (int i = 0; i < pages.size(); i++) {
                PdfTemplate page = pages.get(i);
                page.beginText();
                page.setFontAndSize(font, 8);
                page.setColorFill(Color.DARK_GRAY);
                page.showTextAligned(Element.ALIGN_RIGHT, java.text.MessageFormat.format(words, String.valueOf(i + 1), total),
                        PAGE_BOX, 0, 0);
                page.endText();
            }
        }
    }
}
