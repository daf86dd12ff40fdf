package id.payung.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A NIK Excel wrote in scientific notation ({@code 5,31001E+15}, {@code 5.31001E+15}): the digits that survived, which
 * NIKs it can have been, and the one rule of whose NIK a row with it may be given back.
 *
 * <p>The digits shown are the NIK's first ones, rounded by Excel and LibreOffice ({@code 5310015204850001} shows as
 * {@code 5.31002E+15}) or cut by a tool or a hand that copied them ({@code 5.31001E+15}): a NIK is consistent with the
 * damaged value when either gives those digits.
 *
 * <p>A NIK typed into Excel as a number keeps 15 significant digits: its last digit becomes 0
 * ({@code 5310011505900017} is kept as {@code 5310011505900010}, {@link #lastDigitLost}). Such a cell looks like a whole
 * NIK, and many NIKs genuinely end in 0: it is taken for damaged only where the rule below finds someone, never by its
 * look alone. A NIK consistent with it is one equal in its first 15 digits, not the value itself.
 *
 * <p>The rule ({@link #matching}): a candidate — a registered person, or a row of the same file with an intact NIK —
 * is likely the same person ({@link LikelySamePerson}: same name, same birth date, both known) and has a NIK consistent with the damaged
 * value. Only exactly one candidate (one NIK) is a proposal, and it is only ever proposed: the clerk confirms it. An
 * ambiguous row is an error, not a guess.
 */
public final class DamagedNik {
    /**
     * The most kecamatan the surviving digits may leave open for a look-up: fewer digits than five ({@code 5.31E+15})
     * say little more than the regency, and no NIK is proposed from them.
     */
    static final int MAX_DISTRICTS = 20;
    private static final long DISTRICT = 10_000_000_000L; // the 10 digits after a NIK's district: birth date, serial

    /** The serials of one birth date in one kecamatan: a span no wider needs no narrowing by the birth date. */
    private static final long SERIALS = 10_000;

    private final String shown;
    /** The NIK numbers it can have been: {@code [low, high)}. */
    private final long low;
    private final long high;
    private final boolean lastDigit;

    private DamagedNik(String shown, long low, long high, boolean lastDigit) {
        this.shown = shown;
        this.low = low;
        this.high = high;
        this.lastDigit = lastDigit;
    }

    /**
     * A 16-digit NIK ending in 0 ({@code 5310011505900010}), as the NIK Excel kept of a number it may have cut to 15
     * significant digits ({@code 5310011505900017}): the NIKs equal in its first 15 digits (not the value itself) are the
     * ones it can have been. Empty for any other value. It is no sign of damage on its own: only a candidate
     * {@link #matching} it makes it one (a NIK genuinely ending in 0 is common).
     */
    public static Optional<DamagedNik> lastDigitLost(String value) {
        String v = Nik.strip(value);
        if (v.length() != Nik.LENGTH || !v.chars().allMatch(c -> c >= '0' && c <= '9') || v.charAt(0) == '0'
                || v.charAt(Nik.LENGTH - 1) != '0') {
            return Optional.empty();
        }
        long n = Long.parseLong(v);
        return Optional.of(new DamagedNik(v, n + 1, n + 10, true));
    }

    /** Whether this is a NIK ending in 0 that may have lost its last digit ({@link #lastDigitLost}), not Excel's notation. */
    public boolean lastDigitOnly() {
        return lastDigit;
    }

    /**
     * The damaged NIK a cell holds, or empty when the value is no number in scientific notation of a 16-digit number
     * (an intact NIK, a cut one, text).
     */
    public static Optional<DamagedNik> of(String value) {
        String v = Nik.strip(value);
        if (!Nik.excelScientific(v)) {
            return Optional.empty();
        }
        int e = Math.max(v.indexOf('e'), v.indexOf('E'));
        String exponent = v.substring(e + 1).replace("+", "");
        String digits = v.substring(0, e).replace(".", "").replace(",", "");
        if (!exponent.equals("15") || digits.length() > Nik.LENGTH || digits.charAt(0) == '0') {
            return Optional.empty();
        }
        long mantissa = Long.parseLong(digits);
        long scale = pow10(Nik.LENGTH - digits.length());
        // rounded: [m - ½, m + ½) × scale; cut: [m, m + 1) × scale
        return Optional.of(new DamagedNik(v, mantissa * scale - scale / 2, (mantissa + 1) * scale, false));
    }

    /** The value as the file has it (spaces and quotes out). */
    public String shown() {
        return shown;
    }

    /** Whether {@code nik} (16 digits) can be the NIK Excel turned into this value. */
    public boolean consistent(String nik) {
        if (nik == null || nik.length() != Nik.LENGTH || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        long n = Long.parseLong(nik);
        return n >= low && n < high;
    }

    /** A span of NIKs, both ends included (16 digits each: compared as text, they sort as numbers). */
    public record Range(String from, String to) {
    }

    /**
     * Where to look for the NIK of a person born on {@code birth}: the NIKs consistent with this value that carry that
     * birth date (as a man's or a woman's, day + 40), at most a few spans of 10.000 serials each; a value narrower than
     * that (a lost last digit) is one span. Empty when the surviving digits leave more than {@value #MAX_DISTRICTS}
     * kecamatan open, or the birth date is unknown: then there is nothing to propose.
     */
    public List<Range> rangesFor(LocalDate birth) {
        List<Range> ranges = new ArrayList<>();
        if (birth != null && high - low <= SERIALS) {
            // As narrow as one birth date's serials (a lost last digit: nine NIKs): looked up whole, whatever date its
            // digits carry; the birth date is the candidate's own (matching).
            ranges.add(range(low, high - 1));
            return ranges;
        }
        long firstDistrict = low / DISTRICT;
        long lastDistrict = (high - 1) / DISTRICT;
        if (birth == null || lastDistrict - firstDistrict + 1 > MAX_DISTRICTS) {
            return ranges;
        }
        for (long d = firstDistrict; d <= lastDistrict; d++) {
            for (long first : birthSerials(d, birth)) {
                long from = Math.max(low, first);
                long to = Math.min(high - 1, first + SERIALS - 1);
                if (from <= to) {
                    ranges.add(range(from, to));
                }
            }
        }
        return ranges;
    }

    /**
     * The index spans of the NIKs of {@code nik}'s kecamatan (its first six digits) whose birth-date digits are
     * {@code birth}'s: a man's (the day), then a woman's (the day plus 40), 10.000 serials each. The spans
     * {@link #rangesFor} narrows to a damaged value's NIKs; whole, for a NIK whose birth-date digits may be mistyped.
     */
    public static List<Range> birthSpans(String nik, LocalDate birth) {
        List<Range> spans = new ArrayList<>(2);
        for (long first : birthSerials(Long.parseLong(nik.substring(0, 6)), birth)) {
            spans.add(range(first, first + SERIALS - 1));
        }
        return spans;
    }

    /**
     * The first NIK (as a number) of {@code birth}'s serials in kecamatan {@code district} (a NIK's first six digits):
     * the digits DDMMYY after the district, for a man the day of birth and for a woman the day plus 40.
     */
    private static long[] birthSerials(long district, LocalDate birth) {
        int mmyy = birth.getMonthValue() * 100 + birth.getYear() % 100;
        long[] firsts = new long[2];
        int i = 0;
        for (int day : new int[] {birth.getDayOfMonth(), birth.getDayOfMonth() + 40}) {
            firsts[i++] = district * DISTRICT + (day * 10_000L + mmyy) * SERIALS;
        }
        return firsts;
    }

    private static Range range(long from, long to) {
        return new Range(String.format("%016d", from), String.format("%016d", to));
    }

    /**
     * Someone whose NIK a damaged row may have: a registered person ({@code fileRow} 0) or a row of the same file whose
     * NIK is intact ({@code fileRow} its number).
     */
    public record Candidate(String nik, String fullName, LocalDate birthDate, int fileRow) {
        public boolean registered() {
            return fileRow == 0;
        }
    }

    /**
     * The candidates of {@code pool} a row with this damaged NIK, {@code fullName} and {@code birthDate} can be: same name,
     * same birth date, a consistent NIK; one per NIK (a registered person is preferred to a row of the file with the same
     * NIK, so the clerk is told the register's name). Exactly one is a proposal; none or several, none. Without a name
     * or a birth date nothing matches: a name alone is a guess.
     */
    public List<Candidate> matching(String fullName, LocalDate birthDate, Collection<Candidate> pool) {
        Map<String, Candidate> byNik = new LinkedHashMap<>();
        if (birthDate == null || PersonName.key(fullName).isEmpty()) {
            return List.of();
        }
        for (Candidate c : pool) {
            if (LikelySamePerson.of(fullName, birthDate, c.fullName(), c.birthDate()) && consistent(c.nik())) {
                byNik.merge(c.nik(), c, (a, b) -> a.registered() || !b.registered() ? a : b);
            }
        }
        return List.copyOf(byNik.values());
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
