package id.payung.domain;

import java.util.List;

/**
 * One thing wrong with a NIK. {@link #code()} names it (and is the i18n key suffix), {@link #args()}
 * fill the message; warnings (a prefix outside the office's regency, a regency
 * or kecamatan code not in the region list) do not block saving.
 */
public record NikProblem(Code code, List<String> args) {
    public NikProblem {
        args = List.copyOf(args);
    }

    /** What is wrong. */
    public enum Code {
        EMPTY(true),
        UNKNOWN_PROVINCE(true),
        EXCEL_SCIENTIFIC(true),
        EXCEL_CUT_DIGITS(true),
        /** 16 digits and a decimal ".0" a spreadsheet added ("5310011205850123.0"): it was "17 digits" (trial 20b L14). */
        EXCEL_DECIMAL(true),
        NOT_DIGITS(true),
        WRONG_LENGTH(true),
        BAD_MONTH(true),
        BAD_DAY(true),
        NOT_A_DATE(true),
        SERIAL_ZERO(true),
        SEX_MISMATCH(true),
        BIRTH_DATE_MISMATCH(true),
        OUTSIDE_REGION(false),
        UNKNOWN_REGENCY(false),
        UNKNOWN_KECAMATAN(false),
        /** Digits of another script (٥٣١٠…, ５３１０…) read as 0–9 ({@link Nik#holdsOtherDigits}): said, not refused. */
        OTHER_DIGITS(false);

        private final boolean error;

        Code(boolean error) {
            this.error = error;
        }

        /** True when the problem blocks saving; false for a warning. */
        public boolean isError() {
            return error;
        }
    }

    static NikProblem of(Code code, Object... args) {
        // Dates as the user reads them (10/07/1988), never ISO: the arguments go into sentences.
        return new NikProblem(code, java.util.Arrays.stream(args).map(a -> a instanceof java.time.LocalDate d
                ? Formats.date(d) : String.valueOf(a)).toList());
    }

    public boolean isError() {
        return code.isError();
    }
}
