package id.payung.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The 18-digit NIP of a civil servant (PNS), printed under the head of office's name on a letter to the regent:
 * birth date yyyyMMdd, the month of appointment (TMT) yyyyMM, the sex digit (1 man, 2 woman) and a three-digit
 * serial from 001. Written in the customary groups 8-6-1-3: {@code NIP. 19700101 199503 1 002}. There is no
 * check digit: what can be checked is that the parts are a real date, a real month and the right digits.
 */
public final class Nip {
    public static final int LENGTH = 18;
    /** No PNS was born or appointed before this year; a "0000…" or "1234…" is a slip, not a NIP. */
    private static final int FIRST_YEAR = 1900;

    private Nip() {
    }

    /**
     * The NIP as typed: spaces of any kind removed (it is usually typed in its groups, "19700101 199503 1 002"),
     * and a "NIP." or "NIP:" copied with it from an old letter. Anything else is kept, for {@link #check} to name.
     */
    public static String strip(String typed) {
        if (typed == null) {
            return "";
        }
        String t = Spaces.removed(typed);
        if (t.regionMatches(true, 0, "NIP", 0, 3)) {
            t = t.substring(3);
            while (!t.isEmpty() && (t.charAt(0) == '.' || t.charAt(0) == ':')) {
                t = t.substring(1);
            }
        }
        return t;
    }

    /**
     * What is wrong with a typed NIP ({@link #strip stripped} first), as a problem of {@code field}; empty when it
     * is a well-formed NIP, or when nothing was typed (a NIP is optional). The codes are {@code problem.NIP_*}:
     * NIP_DIGITS (not only digits), NIP_LENGTH (not 18 digits; the count typed), NIP_BIRTH_DATE (digits 1–8 no real
     * date), NIP_TMT (digits 9–14 no real month, or not after the birth), NIP_SEX (digit 15 not 1 or 2),
     * NIP_SERIAL (digits 16–18 are 000).
     */
    public static Optional<FormProblem> check(String typed, FormProblem.Field field) {
        String nip = strip(typed);
        if (nip.isEmpty()) {
            return Optional.empty();
        }
        if (!nip.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(FormProblem.error(field, "NIP_DIGITS"));
        }
        if (nip.length() != LENGTH) {
            return Optional.of(FormProblem.error(field, "NIP_LENGTH", nip.length()));
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
        } catch (DateTimeException e) {
            born = null;
        }
        if (born == null || born.getYear() < FIRST_YEAR) {
            return Optional.of(FormProblem.error(field, "NIP_BIRTH_DATE", nip.substring(0, 8)));
        }
        int tmtYear = Integer.parseInt(nip.substring(8, 12));
        int tmtMonth = Integer.parseInt(nip.substring(12, 14));
        // Lenient on purpose: any real month after the birth (no rule of a minimum age, which changed over the years).
        if (tmtMonth < 1 || tmtMonth > 12 || !YearMonth.of(tmtYear, tmtMonth).isAfter(YearMonth.from(born))) {
            return Optional.of(FormProblem.error(field, "NIP_TMT", nip.substring(8, 14)));
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of(FormProblem.error(field, "NIP_SEX", String.valueOf(sex)));
        }
        if (nip.endsWith("000")) {
            return Optional.of(FormProblem.error(field, "NIP_SERIAL"));
        }
        return Optional.empty();
    }

    /** A NIP as stored: its 18 digits, or null when none was typed. Call only after {@link #check} found nothing. */
    public static String normalized(String typed) {
        String nip = strip(typed);
        return nip.isEmpty() ? null : nip;
    }

    /** "197001011995031002" → "19700101 199503 1 002", the groups an official letter prints; other text as it is. */
    public static String grouped(String nip) {
        if (nip == null || nip.length() != LENGTH) {
            return nip;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
    }
}
