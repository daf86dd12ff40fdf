package id.payung.domain;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, money and dates the way the office writes them (id-ID): 5.280; 81,1%; Rp 201.600.000;
 * 25/09/2025 (a letter's date: 6 Desember 2026). Symbols are fixed here rather than taken from the JDK's locale data, whose id-ID
 * currency pattern has changed between releases.
 */
public final class Formats {
    public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final DecimalFormatSymbols SYMBOLS = symbols();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    /**
     * The date of a letter, the month in the language's words: the JDK's (CLDR) month names are the ones an
     * Indonesian letter uses (Januari … Agustus … Desember), so no table of our own.
     */
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private Formats() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols(INDONESIA);
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }

    /** 5280 → "5.280". */
    public static String count(long n) {
        return new DecimalFormat("#,##0", SYMBOLS).format(n);
    }

    /** 2.8906 → "2,9" (one decimal, id-ID: a file's size in MB). */
    public static String oneDecimal(double d) {
        return new DecimalFormat("#,##0.0", SYMBOLS).format(d);
    }

    /**
     * 81.0606 → "81,1%", the sign attached to its number as Indonesian spelling writes it (EYD/PUEBI: "10%", not
     * "10 %"); a share that is there but rounds to nothing is "< 0,1%" (Rp 100.800 of Rp 205.156.800
     * read "0,0%", as if no money went to it: trial 19), and "> -0,1%" below zero; exactly 0 stays "0,0%". A share
     * short of the whole that rounds to it is "> 99,9%": 5.280 of 5.281 read "100,0%" beside the other one's
     * "< 0,1%" (trial 19b); exactly 100 stays "100,0%". The one
     * way Payung writes a share, on screen, in the PDFs and on the command line (a change: {@link #change}).
     */
    public static String percent(double p) {
        DecimalFormat oneDecimal = new DecimalFormat("0.0", SYMBOLS);
        if (p != 0 && Math.abs(p) < 0.05) {
            return (p > 0 ? "< " : "> -") + oneDecimal.format(0.1) + "%";
        }
        String shown = oneDecimal.format(p);
        if (p < 100 && shown.equals(oneDecimal.format(100))) {
            return "> " + oneDecimal.format(99.9) + "%";
        }
        return shown + "%";
    }

    /**
     * A change against a year before, signed: 428.0 → "+428,0%", -99.6 → "-99,6%", 0 → "0,0%". Rounded as it
     * stands: a change is read beside its count ("+1 (+0,0%)"), not as a share that must not look empty
     * ({@link #percent}).
     */
    public static String change(double p) {
        String shown = new DecimalFormat("0.0", SYMBOLS).format(p);
        return (p > 0 && !shown.equals("0,0") ? "+" : "") + (shown.equals("-0,0") ? "0,0" : shown) + "%";
    }

    /** 201600000 → "Rp 201.600.000". */
    public static String rupiah(long amount) {
        return (amount < 0 ? "-Rp " : "Rp ") + count(Math.abs(amount));
    }

    /** 2025-09-25 → "25/09/2025"; null → "". */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /**
     * The date under a letter or report, as an official letter writes it: 2026-12-06 → "6 Desember 2026" in
     * Indonesian, "6 December 2026" in English (the day first in both, without a leading zero); null → "".
     *
     * @param locale the language of the document the date is printed in
     */
    public static String letterDate(LocalDate d, Locale locale) {
        return d == null ? "" : LETTER_DATE.withLocale(locale).format(d);
    }

    /** 2025-01 → "01/2025"; null → "". */
    public static String month(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }
}
