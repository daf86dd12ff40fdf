package id.payung.service.exporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.payung.domain.AnnexEntry;
import id.payung.domain.Formats;
import id.payung.domain.Nik;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The name list attached to a regent's decree (<em>lampiran Keputusan Bupati</em>) that fixes who a funder
 * pays for in a year. The decree's number and date are left as dotted lines for the regent's legal office
 * to fill in. Rows are laid out as they arrive and flushed every {@link #FLUSH_ROWS}, so 100.000 names
 * never sit in memory at once; the column headings repeat on every page.
 */
final class AnnexPdf implements AutoCloseable {
    static final int FLUSH_ROWS = 250;

    private final Document doc;
    private final PdfWriter writer;
    private final PdfPTable table;
    /**
     * The last {@link #KEEP_WITH_SIGNATURE} rows, not yet in {@link #table}: they are printed with the total and the
     * regent's signature, so the signature never stands alone on a last page, away from the names it signs for.
     */
    private final java.util.ArrayDeque<String[]> held = new java.util.ArrayDeque<>();
    static final int KEEP_WITH_SIGNATURE = 3;
    private static final float[] WIDTHS = {7, 22, 17, 5, 15, 16, 18};
    private static final String[] HEADINGS = {"No", "Nama", "NIK", "L/P", "Desa/Kelurahan", "Kecamatan", "Pekerjaan"};
    private final boolean fullNik;
    private long rows;
    /** Numbers of the rows whose name the font cannot print (listed under the table, at most {@link #LISTED}). */
    private final java.util.List<Long> unprintable = new java.util.ArrayList<>();
    private long unprintableCount;
    static final int LISTED = 500;
    /**
     * The PDF's font (Helvetica, one of PDF's standard fonts, so nothing is embedded) prints the Windows-1252
     * letters: every Latin name of Indonesia. A name in another script (Chinese, Arabic) would print blank;
     * no font that covers those scripts is on hand to embed, so the name is replaced by a sentence saying so,
     * and the rows are listed under the table for the office to write the names in Latin letters.
     */
    private static final java.nio.charset.Charset PRINTABLE = java.nio.charset.Charset.forName("windows-1252");
    static final String NAME_NOT_PRINTABLE = "[nama memuat aksara yang tidak dapat dicetak]";

    /**
     * What the annex is about; {@code unnamed}: the participants of that funder and year recorded as a number (a cohort
     * without a name list), said under the total where it exceeds the names listed (trial 22c: a regency-paid 1.000
     * read "0 orang").
     */
    record Subject(String funderName, int year, boolean fullNik, LocalDate printedOn, long unnamed) {
        Subject(String funderName, int year, boolean fullNik, LocalDate printedOn) {
            this(funderName, year, fullNik, printedOn, 0);
        }
    }

    /** {@link Subject#unnamed}. */
    private final long unnamed;

    AnnexPdf(OutputStream out, PrintHeader header, Subject s) throws DocumentException {
        this.fullNik = s.fullNik();
        this.unnamed = s.unnamed();
        doc = new Document(PageSize.A4, 42, 42, 42, 56);
        writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfParts.Footer(header, s.printedOn()));
        doc.addTitle("Lampiran Keputusan " + header.regentTitle() + " — " + s.funderName() + " " + s.year());
        doc.addCreator("Payung");
        doc.open();
        doc.add(decreeBlock(header, s));
        doc.add(PdfParts.centred("DAFTAR NAMA PESERTA JAMINAN SOSIAL KETENAGAKERJAAN", PdfParts.HEADING));
        doc.add(PdfParts.centred("PEKERJA RENTAN YANG IURANNYA DIBAYAR " + s.funderName().toUpperCase(Locale.ROOT),
                PdfParts.HEADING));
        Paragraph year = PdfParts.centred("TAHUN " + s.year(), PdfParts.HEADING);
        year.setSpacingAfter(s.fullNik() ? 10 : 2);
        doc.add(year);
        if (!s.fullNik()) {
            Paragraph note = PdfParts.centred("NIK disamarkan untuk melindungi data pribadi (UU 27/2022).", PdfParts.SMALL);
            note.setSpacingAfter(8);
            doc.add(note);
        }
        table = newTable();
        table.setComplete(false);
    }

    /** The list's table with its column headings, repeated on every page. */
    private static PdfPTable newTable() {
        PdfPTable t = new PdfPTable(WIDTHS);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        PdfParts.header(t, PdfParts.TABLE_BOLD, HEADINGS);
        return t;
    }

    /** The block at the top right that names the decree this list belongs to. */
    private static PdfPTable decreeBlock(PrintHeader h, Subject s) {
        PdfPTable outer = new PdfPTable(new float[] {45, 55});
        outer.setWidthPercentage(100);
        PdfPCell empty = new PdfPCell(new Phrase(""));
        empty.setBorder(Rectangle.NO_BORDER);
        outer.addCell(empty);
        PdfPTable block = new PdfPTable(new float[] {22, 4, 74});
        PdfPCell title = new PdfPCell(new Phrase("LAMPIRAN KEPUTUSAN " + h.regentTitle(), PdfParts.BODY_BOLD));
        title.setColspan(3);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(3);
        block.addCell(title);
        line(block, "NOMOR", PdfParts.DOTTED);
        line(block, "TANGGAL", PdfParts.DOTTED);
        line(block, "TENTANG", "PENETAPAN PESERTA JAMINAN SOSIAL KETENAGAKERJAAN BAGI PEKERJA RENTAN YANG IURANNYA "
                + "DIBAYAR " + s.funderName().toUpperCase(Locale.ROOT) + " TAHUN " + s.year());
        PdfPCell right = new PdfPCell(block);
        right.setBorder(Rectangle.NO_BORDER);
        outer.addCell(right);
        outer.setSpacingAfter(16);
        return outer;
    }

    private static void line(PdfPTable block, String label, String value) {
        for (String text : new String[] {label, ":", value}) {
            PdfPCell cell = new PdfPCell(new Phrase(text, PdfParts.BODY));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(1.5f);
            block.addCell(cell);
        }
    }

    /** Adds the next participant (rows arrive sorted by kecamatan, desa and name). */
    void add(AnnexEntry e) {
        rows++;
        String name = e.fullName();
        if (name != null && !PRINTABLE.newEncoder().canEncode(name)) {
            name = NAME_NOT_PRINTABLE;
            if (unprintableCount++ < LISTED) {
                unprintable.add(rows);
            }
        }
        held.addLast(new String[] {String.valueOf(rows), name, fullNik ? e.nik() : Nik.mask(e.nik()), e.sex().name(),
            e.desa(), e.kecamatan(), e.occupation()});
        if (held.size() > KEEP_WITH_SIGNATURE) {
            row(table, held.removeFirst());
            if ((rows - KEEP_WITH_SIGNATURE) % FLUSH_ROWS == 0) {
                doc.add(table); // lays out the rows so far and drops them (PdfPTable is a LargeElement)
            }
        }
    }

    private static void row(PdfPTable t, String[] texts) {
        for (int i = 0; i < texts.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(texts[i] == null ? "–" : texts[i], PdfParts.TABLE));
            cell.setPadding(3.5f);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_RIGHT : i == 3 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
            t.addCell(cell);
        }
    }

    /** Number of participants whose name could not be printed. */
    long unprintableNames() {
        return unprintableCount;
    }

    /** Number of participants added. */
    long rows() {
        return rows;
    }

    /**
     * Ends the table with its total and the regent's signature block, and closes the document. The last rows, the
     * total and the signature are one block: where it does not fit under the rows before it, it starts the next
     * page with the column headings (trial F4: "BUPATI MANGGARAI," stood alone on a last page).
     */
    void finish(PrintHeader h) throws DocumentException {
        boolean listed = rows > held.size(); // rows already in the table, before the ones held back
        if (rows == 0) {
            PdfParts.noRows(table, unnamed > 0 ? "Tidak ada peserta bernama." : "Tidak ada peserta.");
            listed = true;
        }
        table.setComplete(true);
        if (listed) {
            doc.add(table);
        }
        PdfPTable last = lastRows(!listed);
        PdfPTable tail = tail(h, last);
        float width = doc.right() - doc.left();
        tail.setTotalWidth(width);
        tail.setLockedWidth(true);
        float room = writer.getVerticalPosition(true) - doc.bottom();
        boolean pageTop = writer.getVerticalPosition(true) >= doc.top() - 1; // the rows before ended a page exactly
        if (listed && (pageTop || tail.getTotalHeight() > room)) {
            // On the next page: the held rows then need their column headings there.
            if (!pageTop) {
                doc.newPage();
            }
            tail = tail(h, lastRows(true));
        }
        tail.setWidthPercentage(100);
        doc.add(tail);
        if (unprintableCount > 0) {
            Paragraph note = new Paragraph("Nama " + Formats.count(unprintableCount) + " peserta memuat aksara yang tidak "
                    + "dapat dicetak dengan huruf lampiran ini (misalnya aksara Tionghoa atau Arab), yaitu nomor "
                    + String.join(", ", unprintable.stream().map(String::valueOf).toList())
                    + (unprintableCount > LISTED ? " dan lainnya" : "")
                    + ". Tuliskan nama mereka dengan huruf Latin di Payung, lalu cetak ulang lampiran ini.", PdfParts.BODY_BOLD);
            note.setSpacingBefore(6);
            doc.add(note);
        }
        doc.close();
    }

    /** The held-back rows as a table of their own, with the column headings when they start a page (or the list). */
    private PdfPTable lastRows(boolean headings) {
        PdfPTable t = headings ? newTable() : new PdfPTable(WIDTHS);
        t.setWidthPercentage(100);
        for (String[] texts : held) {
            row(t, texts);
        }
        return t;
    }

    /** The last rows, the total and the signature, one block kept on one page. */
    private PdfPTable tail(PrintHeader h, PdfPTable lastRows) {
        PdfPTable tail = new PdfPTable(1);
        tail.setKeepTogether(true);
        tail.setSplitLate(false);
        PdfPCell rowsCell = new PdfPCell(lastRows);
        rowsCell.setBorder(Rectangle.NO_BORDER);
        rowsCell.setPadding(0);
        tail.addCell(rowsCell);
        PdfPCell total = new PdfPCell(new Phrase("Jumlah peserta: " + Formats.count(rows) + " orang",
                PdfParts.BODY_BOLD));
        total.setBorder(Rectangle.NO_BORDER);
        total.setPadding(0);
        total.setPaddingTop(6);
        tail.addCell(total);
        // A cohort and the named people of one funder and year count max(named, declared) (ParticipantStats): the
        // cohort's number beyond the names listed here has no names to list.
        if (unnamed > rows) {
            PdfPCell cohort = new PdfPCell(new Phrase("Tercatat " + Formats.count(unnamed) + " peserta sebagai jumlah"
                    + " kelompok; " + Formats.count(unnamed - rows) + " di antaranya tanpa daftar nama, tidak dimuat"
                    + " dalam lampiran ini.", PdfParts.BODY));
            cohort.setBorder(Rectangle.NO_BORDER);
            cohort.setPadding(0);
            cohort.setPaddingTop(3);
            tail.addCell(cohort);
        }
        PdfPCell signature = new PdfPCell(regentSignature(h.regentTitle() + ",\n\n\n\n\n" + PdfParts.DOTTED,
                PdfParts.BODY_BOLD, 45, 18));
        signature.setBorder(Rectangle.NO_BORDER);
        signature.setPadding(0);
        signature.setPaddingTop(18);
        tail.addCell(signature);
        return tail;
    }

    /**
     * The regent's block under the decree's annex: {@code text} centred at the right (his title with the comma of a
     * decree, room to sign, a dotted name line), kept on one page. The office's own reports sign with
     * {@link PdfParts#signature(PrintHeader, LocalDate, Signer, float)}: the head of office, not the regent.
     *
     * @param rightPercent the share of the page's width the block takes
     */
    private static PdfPTable regentSignature(String text, Font font, float rightPercent, float spacingBefore) {
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

    @Override
    public void close() {
        if (doc.isOpen()) {
            doc.close();
        }
    }
}
