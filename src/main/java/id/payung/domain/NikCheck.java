package id.payung.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a NIK the Indonesian way: 16 digits = province (2) + regency (2) + district (2) + birth date
 * DDMMYY (40 added to the day for women) + serial (4, from 0001). There is no check digit.
 *
 * <p>The result lists every problem found and, when the date part is sound, what the NIK says about
 * its holder (sex and birth date), so a form can offer to fill those fields in.
 */
public final class NikCheck {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private NikCheck() {
    }

    /** The outcome: the cleaned NIK, problems in order found, and what could be decoded. */
    public record Result(String nik, List<NikProblem> problems, Sex sex, LocalDate birthDate) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** True when nothing blocks saving (warnings allowed). */
        public boolean isValid() {
            return problems.stream().noneMatch(NikProblem::isError);
        }

        public List<NikProblem> errors() {
            return problems.stream().filter(NikProblem::isError).toList();
        }

        public List<NikProblem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }

        public Optional<Sex> decodedSex() {
            return Optional.ofNullable(sex);
        }

        public Optional<LocalDate> decodedBirthDate() {
            return Optional.ofNullable(birthDate);
        }
    }

    /**
     * Checks a NIK on its own, without checking its region codes against the Kemendagri list (for decoding
     * sex and birth date).
     *
     * @param raw          what the user typed or the file held; spaces and dots between digit groups are ignored
     * @param regionPrefix the office's regency as 4 digits (e.g. "5310"); other prefixes give a warning
     * @param today        the day that chooses the century (the latest birth date not after it)
     */
    public static Result check(String raw, String regionPrefix, LocalDate today) {
        return check(raw, regionPrefix, RegionCodes.ANY, today, null, null);
    }

    /**
     * Checks a NIK on its own, its region codes included.
     *
     * @param known the province, regency and kecamatan codes that exist: an unknown province is an error, an
     *              unknown regency or kecamatan a warning (a NIK keeps its first code after a region split)
     */
    public static Result check(String raw, String regionPrefix, RegionCodes known, LocalDate today) {
        return check(raw, regionPrefix, known, today, null, null);
    }

    /**
     * Checks a NIK without its region codes and cross-checks it with the sex and birth date entered beside it
     * (either may be null).
     */
    public static Result check(String raw, String regionPrefix, LocalDate today, Sex enteredSex, LocalDate enteredBirth) {
        return check(raw, regionPrefix, RegionCodes.ANY, today, enteredSex, enteredBirth);
    }

    /**
     * Checks a NIK, its region codes against {@code known}, and cross-checks it with the sex and birth date
     * entered beside it (either may be null).
     */
    /** 16 digits and a decimal part of zeros, as a spreadsheet writes a number ("5310011205850123.0", "…,00"). */
    private static final java.util.regex.Pattern EXCEL_DECIMAL = java.util.regex.Pattern.compile("['`]?\\d{16}[.,]0+");

    public static Result check(String raw, String regionPrefix, RegionCodes known, LocalDate today, Sex enteredSex,
                               LocalDate enteredBirth) {
        List<NikProblem> problems = new ArrayList<>();
        // The one cleaning of a NIK (form, import, command line): spaces of any kind, quotes, group separators.
        String nik = Nik.strip(raw);
        if (nik.isEmpty()) {
            return new Result("", List.of(NikProblem.of(NikProblem.Code.EMPTY)), null, null);
        }
        if (Nik.excelScientific(nik)) {
            return new Result(nik, List.of(NikProblem.of(NikProblem.Code.EXCEL_SCIENTIFIC, nik)), null, null);
        }
        if (EXCEL_DECIMAL.matcher(Spaces.removed(raw)).matches()) {
            // The NIK kept as a number and written with a decimal ".0" (a spreadsheet or a program's export): the
            // cleaning took the dot for a group separator and said "17 digits" without the cause (trial 20b L14).
            return new Result(nik, List.of(NikProblem.of(NikProblem.Code.EXCEL_DECIMAL)), null, null);
        }
        if (!DIGITS.matcher(nik).matches()) {
            return new Result(nik, List.of(NikProblem.of(NikProblem.Code.NOT_DIGITS)), null, null);
        }
        if (nik.length() != Nik.LENGTH) {
            NikProblem.Code code = nik.length() == 15 ? NikProblem.Code.EXCEL_CUT_DIGITS : NikProblem.Code.WRONG_LENGTH;
            return new Result(nik, List.of(NikProblem.of(code, nik.length())), null, null);
        }
        otherDigits(raw).ifPresent(problems::add);
        String province = nik.substring(0, 2);
        String regency = province + "." + nik.substring(2, 4);
        String kecamatan = regency + "." + nik.substring(4, 6);
        boolean provinceKnown = known.contains(province);
        if (!provinceKnown) {
            problems.add(NikProblem.of(NikProblem.Code.UNKNOWN_PROVINCE, province));
        } else if (!known.contains(regency)) {
            problems.add(NikProblem.of(NikProblem.Code.UNKNOWN_REGENCY, regency));
        } else if (!known.contains(kecamatan)) {
            problems.add(NikProblem.of(NikProblem.Code.UNKNOWN_KECAMATAN, kecamatan));
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        Sex sex = day > 40 ? Sex.P : Sex.L;
        int realDay = day > 40 ? day - 40 : day;
        LocalDate birth = null;
        if (month < 1 || month > 12) {
            problems.add(NikProblem.of(NikProblem.Code.BAD_MONTH, nik.substring(8, 10)));
        } else if (realDay < 1 || realDay > 31) {
            problems.add(NikProblem.of(NikProblem.Code.BAD_DAY, nik.substring(6, 8)));
        } else {
            // Two digits of year: the holder was born on the latest such date not after today (on 05/12/2026,
            // "261226" is 26/12/1926 and "051226" today). A NIK holder is never over a hundred years from that.
            birth = date(2000 + yy, month, realDay);
            if (birth == null || birth.isAfter(today)) {
                birth = date(1900 + yy, month, realDay);
            }
            if (birth == null) {
                problems.add(NikProblem.of(NikProblem.Code.NOT_A_DATE, String.format("%02d-%02d-%02d", realDay, month, yy)));
            }
        }
        if (nik.endsWith("0000")) {
            problems.add(NikProblem.of(NikProblem.Code.SERIAL_ZERO));
        }
        Sex decodedSex = birth == null ? null : sex;
        if (decodedSex != null && enteredSex != null && enteredSex != decodedSex) {
            problems.add(NikProblem.of(NikProblem.Code.SEX_MISMATCH, decodedSex, enteredSex));
        }
        if (birth != null && enteredBirth != null && !enteredBirth.equals(birth)) {
            problems.add(NikProblem.of(NikProblem.Code.BIRTH_DATE_MISMATCH, birth, enteredBirth));
        }
        if (regionPrefix != null && provinceKnown && !nik.startsWith(regionPrefix)) {
            problems.add(NikProblem.of(NikProblem.Code.OUTSIDE_REGION, nik.substring(0, 2) + "." + nik.substring(2, 4)));
        }
        return new Result(nik, problems, decodedSex, birth);
    }

    /**
     * The warning that {@code raw} wrote the NIK in digits of another script ({@code ٥٣١٠…}, {@code ５３１０…}), which
     * {@link Nik#strip} read as 0–9; empty when it did not. The check says it; an import that cleans the NIK when it
     * reads the row says the same.
     */
    public static Optional<NikProblem> otherDigits(String raw) {
        return Nik.holdsOtherDigits(raw) ? Optional.of(NikProblem.of(NikProblem.Code.OTHER_DIGITS)) : Optional.empty();
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
