package id.payung.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with one field of a form or an imported row. {@code code} is the i18n key suffix
 * ({@code problem.CODE}); warnings do not block saving.
 */
public record FormProblem(Field field, String code, List<String> args, boolean error) {
    public FormProblem {
        args = List.copyOf(args);
    }

    /** The fields of the enrollment form; {@code FORM} is the form as a whole (a refusal no field caused). */
    public enum Field {
        NIK, NAME, SEX, BIRTH_DATE, REGION, OCCUPATION, PHONE, FUNDER, SEGMENT, PROGRAMMES, INCOME,
        FIRST_MONTH, LAST_MONTH, MONTHS, END_REASON, YEAR, PARTICIPANTS, DATE, TITLE, KIND, QUOTA, CEILING, AMOUNT,
        BIRTH_PLACE, ADDRESS, KPJ, NOTES, GIVER, PRESENTER, RECIPIENT, WITNESSES, PLACE, SOURCE, HEAD_NAME, HEAD_TITLE, HEAD_NIP,
        CODE, TYPE, DELETE_REASON, DELETE_NOTE, FORM
    }

    public static FormProblem error(Field field, String code, Object... args) {
        return new FormProblem(field, code, Arrays.stream(args).map(String::valueOf).toList(), true);
    }

    public static FormProblem warning(Field field, String code, Object... args) {
        return new FormProblem(field, code, Arrays.stream(args).map(String::valueOf).toList(), false);
    }

    /** Wraps a NIK problem as a problem of the NIK field (or of sex / birth date for mismatches). */
    public static FormProblem of(NikProblem p) {
        Field field = switch (p.code()) {
            case SEX_MISMATCH -> Field.SEX;
            case BIRTH_DATE_MISMATCH -> Field.BIRTH_DATE;
            default -> Field.NIK;
        };
        return new FormProblem(field, "NIK_" + p.code().name(), p.args(), p.isError());
    }
}
