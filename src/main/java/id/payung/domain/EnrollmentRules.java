package id.payung.domain;

import id.payung.domain.FormProblem.Field;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules an enrollment form must pass before it is saved, apart from those that need the database
 * (duplicates and overlaps, checked by the service). The form's view model runs the same rules as the
 * user types, and an import runs them on each row: what the form refuses, an import refuses.
 */
public final class EnrollmentRules {
    /** JKK is 1 % of declared income from Rp 10.000 to Rp 207.000, so income runs from 1 to 20,7 million. */
    public static final long BPU_MIN_INCOME = Contributions.STANDARD_INCOME;
    public static final long BPU_MAX_INCOME = 20_700_000;
    public static final int NAME_MAX = 100;
    /** The free-text fields (place of birth, address, KPJ, notes): a page of text, never a million characters. */
    public static final int TEXT_MAX = TextLimit.MAX;
    /**
     * Months an enrollment may name: four-digit years, far around any real coverage. Year 0 or -1 (a typo in
     * {@code --from}) or a period of two billion months is refused here instead of reaching the database.
     */
    public static final YearMonth EARLIEST_MONTH = YearMonth.of(1900, 1);
    public static final YearMonth LATEST_MONTH = YearMonth.of(2199, 12);
    /**
     * The most months one enrollment may be entered for at once (five years): the form's "Jumlah bulan", a period
     * typed as its last month, an import's rows (their months column, or their last month) and {@code --months} all
     * ask {@link #monthsAllowed}. An open-ended enrollment has no count; ending it later is no entry of months.
     */
    public static final int MAX_MONTHS = 60;
    /** Contributions are paid 3, 6 or 12 months ahead: a longer period is said, to be checked (120 typed for 12). */
    public static final int USUAL_MAX_MONTHS = 12;
    /**
     * The warning on a name written with a form of address in front; its one argument is the name without it
     * ({@link PersonName#withoutFormOfAddress}), which the form and the import offer to take.
     */
    public static final String NAME_FORM_OF_ADDRESS = "NAME_FORM_OF_ADDRESS";
    /** The code of the warning that a name's invisible characters are taken out ({@link #invisibleInName}). */
    public static final String NAME_INVISIBLE = "NAME_INVISIBLE";
    /** The code of the error on a name holding a control of the writing direction ({@link PersonName#holdsDirectionControl}). */
    public static final String NAME_DIRECTION_CONTROL = "NAME_DIRECTION_CONTROL";

    /**
     * The warning on a name written with {@link PersonName#isInvisible invisible} characters ("Maria" U+200B "Dagur"
     * pasted from a web page or a chat): they are taken out when it is saved, and the warning says the name as it is
     * saved. The form's and the import's one rule (the import takes them out as it reads the row, and says this with
     * the row); empty when the name holds none, or nothing besides them.
     */
    public static Optional<FormProblem> invisibleInName(String typed) {
        if (!PersonName.holdsInvisible(typed)) {
            return Optional.empty();
        }
        String saved = PersonName.withoutInvisible(typed).strip();
        return saved.isEmpty() ? Optional.empty()
                : Optional.of(FormProblem.warning(Field.NAME, NAME_INVISIBLE, PersonName.shown(saved)));
    }

    /** The code of the error on a name that holds a digit ({@link PersonName#holdsDigits}). */
    public static final String NAME_DIGITS = "NAME_DIGITS";
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Under this age when the coverage starts, a participant is said to be a child (UU 13/2003: a child is under 18). */
    static final int MIN_USUAL_AGE = 15;

    private EnrollmentRules() {
    }

    /**
     * Every problem of the form, errors and warnings, in field order.
     *
     * @param regionPrefix the office's regency as 4 digits (NIKs elsewhere give a warning)
     * @param today        the day to judge dates against
     */
    public static List<FormProblem> check(EnrollmentForm f, String regionPrefix, LocalDate today) {
        return check(f, regionPrefix, RegionCodes.ANY, today);
    }

    /**
     * Every problem of the form, errors and warnings, in field order, the NIK's region codes checked too.
     *
     * @param regionPrefix the office's regency as 4 digits (NIKs elsewhere give a warning)
     * @param known        the region codes that exist (an unknown province in the NIK is an error)
     * @param today        the day to judge dates against
     */
    public static List<FormProblem> check(EnrollmentForm f, String regionPrefix, RegionCodes known, LocalDate today) {
        return check(f, regionPrefix, known, today, null, null);
    }

    /**
     * Every problem of a correction's form, as {@link #check(EnrollmentForm, String, RegionCodes, LocalDate)}, its period
     * judged against the one saved ({@link #periodProblem(YearMonth, YearMonth, YearMonth, YearMonth, LocalDate)}).
     *
     * @param savedFirst the enrollment's first month as saved; null (and {@code savedLast} null) for a new entry
     * @param savedLast  the enrollment's last month as saved (null: open-ended, or a new entry)
     */
    public static List<FormProblem> check(EnrollmentForm f, String regionPrefix, RegionCodes known, LocalDate today,
                                          YearMonth savedFirst, YearMonth savedLast) {
        List<FormProblem> problems = new ArrayList<>();
        NikCheck.check(f.nik(), regionPrefix, known, today, f.sex(), f.birthDate()).problems().stream()
                .map(FormProblem::of).forEach(problems::add);
        String typed = f.fullName() == null ? "" : f.fullName().strip();
        // Zero-width characters are taken out when the name is saved (said below); the name is judged without them.
        String name = PersonName.withoutInvisible(typed).strip();
        if (name.isEmpty()) {
            problems.add(FormProblem.error(Field.NAME, "REQUIRED"));
        } else if (name.length() > NAME_MAX) {
            problems.add(FormProblem.error(Field.NAME, "TOO_LONG", NAME_MAX));
        } else if (CONTROL.matcher(name).find()) {
            problems.add(FormProblem.error(Field.NAME, "CONTROL_CHARACTERS"));
        } else if (PersonName.holdsDirectionControl(name)) {
            // U+202E before "ruguD airaM" shows it as "Maria Dugur" and turns an Excel cell around: refused (trial 23b M4).
            problems.add(FormProblem.error(Field.NAME, NAME_DIRECTION_CONTROL));
        } else if (PersonName.holdsDigits(name)) {
            // "04-03-1960", "Maria 2": a date, a place and date, a row number in the name; no KTP name holds a digit.
            problems.add(FormProblem.error(Field.NAME, NAME_DIGITS));
        } else {
            // "Ibu Katarina Nimul": said with the KTP's way as a proposal the clerk takes (one click), never changed
            // by itself (PersonName).
            PersonName.withoutFormOfAddress(name).ifPresent(ktp ->
                    problems.add(FormProblem.warning(Field.NAME, NAME_FORM_OF_ADDRESS, ktp)));
        }
        invisibleInName(typed).ifPresent(problems::add);
        if (f.sex() == null) {
            problems.add(FormProblem.error(Field.SEX, "REQUIRED"));
        }
        if (FormulaText.startsLikeFormula(name)) {
            // "=HYPERLINK(…)", "=cmd|' /C calc'!A0" as a name: no KTP name starts so; exports write it as text, but the
            // clerk is told (trial 20b L12). The form's and the import's one rule.
            problems.add(FormProblem.warning(Field.NAME, "NAME_FORMULA", name.substring(0, 1)));
        }
        if (f.birthDate() == null) {
            problems.add(FormProblem.error(Field.BIRTH_DATE, "REQUIRED"));
        } else if (f.birthDate().isAfter(today)) {
            problems.add(FormProblem.error(Field.BIRTH_DATE, "IN_FUTURE"));
        }
        if (f.birthDate() != null && !f.birthDate().isAfter(today) && f.firstMonth() != null
                && !outOfRange(f.firstMonth())) {
            // A child in a workers' list is nearly always a wrong birth date or a child's NIK taken from the family card
            // (KK): said, never refused (children of 13-15 may do light work, UU 13/2003 art. 69).
            int age = java.time.Period.between(f.birthDate(), f.firstMonth().atDay(1)).getYears();
            if (age < MIN_USUAL_AGE) {
                problems.add(FormProblem.warning(Field.BIRTH_DATE, "UNDER_WORKING_AGE", Math.max(age, 0),
                        Formats.month(f.firstMonth())));
            }
        }
        if (blank(f.regionCode())) {
            problems.add(FormProblem.error(Field.REGION, "REQUIRED"));
        }
        // No rule on the occupation: it may be unknown, in the form as in an import (village lists often have no
        // Pekerjaan column). It is then saved as unknown, never guessed as "Lainnya", and the per-occupation
        // breakdown counts it as "(pekerjaan tidak tercatat)".
        if (!blank(f.phone()) && Phones.normalise(f.phone()).isEmpty()) {
            problems.add(FormProblem.error(Field.PHONE, "PHONE_FORMAT"));
        }
        if (blank(f.funderCode())) {
            problems.add(FormProblem.error(Field.FUNDER, "REQUIRED"));
        }
        if (f.segment() == null) {
            problems.add(FormProblem.error(Field.SEGMENT, "REQUIRED"));
        } else if (Segment.contradicts(f.occupationCode(), f.segment())) {
            problems.add(FormProblem.warning(Field.SEGMENT, "VILLAGE_OFFICIAL_BPU"));
        }
        longText(f.birthPlace(), Field.BIRTH_PLACE, problems);
        longText(f.address(), Field.ADDRESS, problems);
        longText(f.kpj(), Field.KPJ, problems);
        longText(f.notes(), Field.NOTES, problems);
        checkProgrammes(f, problems);
        checkIncome(f, problems);
        if (f.firstMonth() == null) {
            problems.add(FormProblem.error(Field.FIRST_MONTH, "REQUIRED"));
        } else if (outOfRange(f.firstMonth())) {
            problems.add(FormProblem.error(Field.FIRST_MONTH, "MONTH_RANGE", Formats.month(EARLIEST_MONTH),
                    Formats.month(LATEST_MONTH)));
        } else if (f.lastMonth() != null && outOfRange(f.lastMonth())) {
            problems.add(FormProblem.error(Field.LAST_MONTH, "MONTH_RANGE", Formats.month(EARLIEST_MONTH),
                    Formats.month(LATEST_MONTH)));
        } else if (f.lastMonth() != null && f.lastMonth().isBefore(f.firstMonth())) {
            problems.add(FormProblem.error(Field.LAST_MONTH, "LAST_BEFORE_FIRST"));
        } else if (f.lastMonth() != null) {
            periodProblem(f.firstMonth(), f.lastMonth(), savedFirst, savedLast, today).ifPresent(problems::add);
        }
        return problems;
    }

    /** Whether one enrollment may be entered for {@code months} covered months: 1 to {@value #MAX_MONTHS}. */
    public static boolean monthsAllowed(long months) {
        return months >= 1 && months <= MAX_MONTHS;
    }

    /** Whether {@code months} covered months are allowed but more than usual ({@value #USUAL_MAX_MONTHS}): a warning. */
    public static boolean monthsUnusual(long months) {
        return monthsAllowed(months) && months > USUAL_MAX_MONTHS;
    }

    /**
     * What the rules say of a number of months typed or read as a number (the form's "Jumlah bulan", an import's
     * months column or the months given for a whole file): an error outside 1–{@value #MAX_MONTHS}, a warning above
     * {@value #USUAL_MAX_MONTHS}, else nothing.
     */
    public static Optional<FormProblem> monthsProblem(long months) {
        if (!monthsAllowed(months)) {
            return Optional.of(FormProblem.error(Field.MONTHS, "MONTHS_RANGE", MAX_MONTHS));
        }
        return monthsUnusual(months) ? Optional.of(FormProblem.warning(Field.MONTHS, "MONTHS_OVER_12")) : Optional.empty();
    }

    /** The code of {@link #periodProblem}: a period of more than {@value #MAX_MONTHS} months given by its ends. */
    public static final String PERIOD_TOO_LONG = "PERIOD_TOO_LONG";
    /** The code of {@link #periodProblem}'s warning: such a period that has already run its course. */
    public static final String PERIOD_LONG_ENDED = "PERIOD_LONG_ENDED";

    /**
     * A period given by its first and last month (typed as "Sampai", an import's last month, a service's caller) longer
     * than {@value #MAX_MONTHS} months, said with its count since no count was typed. Refused while it reaches past the
     * current month (2031 typed for 2026 is a slip the list would carry for years); only said once it has ended: a
     * self-paying participant from 2019 to 2025 is a fact an office's old list holds, to be imported and corrected
     * like any other (review 15). The warning above twelve months is said where a count is typed ({@link #monthsProblem}).
     */
    public static Optional<FormProblem> periodProblem(YearMonth first, YearMonth last, LocalDate today) {
        if (first == null || last == null) {
            return Optional.empty();
        }
        long months = Periods.months(first, last);
        if (monthsAllowed(months)) {
            return Optional.empty();
        }
        boolean ended = today != null && !last.isAfter(YearMonth.from(today));
        return Optional.of(ended
                ? FormProblem.warning(Field.MONTHS, PERIOD_LONG_ENDED, Formats.count(months), Formats.count(MAX_MONTHS))
                : FormProblem.error(Field.MONTHS, PERIOD_TOO_LONG, Formats.count(months), Formats.count(MAX_MONTHS)));
    }

    /**
     * {@link #periodProblem(YearMonth, YearMonth, LocalDate)} for a correction of an enrollment saved as {@code
     * savedFirst}–{@code savedLast}, the one rule the form and the service ask: the saved period kept as it was is a fact
     * and never refused for its length (said once ended, as any such period); any other period is judged as a new one,
     * so one shortened or moved that has ended is taken with the warning, and one still running past this month
     * beyond {@value #MAX_MONTHS} months is refused. Saved months null: a new entry, judged as such.
     */
    public static Optional<FormProblem> periodProblem(YearMonth first, YearMonth last, YearMonth savedFirst,
                                                      YearMonth savedLast, LocalDate today) {
        Optional<FormProblem> problem = periodProblem(first, last, today);
        return keepsSavedPeriod(first, last, savedFirst, savedLast) ? problem.filter(p -> !p.error()) : problem;
    }

    /** Whether a correction's period is the one saved (a new entry, saved months null, keeps none). */
    public static boolean keepsSavedPeriod(YearMonth first, YearMonth last, YearMonth savedFirst, YearMonth savedLast) {
        return savedFirst != null && savedFirst.equals(first) && java.util.Objects.equals(savedLast, last);
    }

    private static void checkProgrammes(EnrollmentForm f, List<FormProblem> problems) {
        if (!f.programmes().contains(Programme.JKK) || !f.programmes().contains(Programme.JKM)) {
            problems.add(FormProblem.error(Field.PROGRAMMES, "JKK_JKM_REQUIRED"));
        }
        if (f.segment() == Segment.BPU && f.programmes().contains(Programme.JP)) {
            problems.add(FormProblem.error(Field.PROGRAMMES, "JP_NOT_FOR_BPU"));
        }
    }

    private static void checkIncome(EnrollmentForm f, List<FormProblem> problems) {
        Long income = f.declaredIncomeRp();
        if (income == null) {
            problems.add(FormProblem.error(Field.INCOME, "REQUIRED"));
        } else if (f.segment() == Segment.BPU && (income < BPU_MIN_INCOME || income > BPU_MAX_INCOME)) {
            problems.add(FormProblem.error(Field.INCOME, "BPU_INCOME_RANGE", Formats.rupiah(BPU_MIN_INCOME),
                    Formats.rupiah(BPU_MAX_INCOME)));
        } else if (income <= 0) {
            problems.add(FormProblem.error(Field.INCOME, "POSITIVE"));
        }
    }

    private static void longText(String text, Field field, List<FormProblem> problems) {
        TextLimit.check(text, field, problems);
    }

    /** Whether a month lies outside {@link #EARLIEST_MONTH} … {@link #LATEST_MONTH}. */
    public static boolean outOfRange(YearMonth m) {
        return m.isBefore(EARLIEST_MONTH) || m.isAfter(LATEST_MONTH);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
