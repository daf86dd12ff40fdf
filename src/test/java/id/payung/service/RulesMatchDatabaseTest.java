package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.FormProblem;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A property: whatever the rules accept, the database accepts. Random forms (seeded, so a failure
 * repeats) go through {@link EnrollmentRules}; every one it lets through must save without a database
 * error, and every one it refuses must be refused by the service too.
 */
class RulesMatchDatabaseTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void whatTheRulesAcceptTheDatabaseAccepts() {
        Random random = new Random(53_10L);
        LocalDate today = LocalDate.now(TestData.CLOCK);
        int accepted = 0;
        try (PayungServices s = engine.services()) {
            for (int i = 0; i < 400; i++) {
                EnrollmentForm f = randomForm(random, i);
                List<FormProblem> errors = EnrollmentRules.check(f, "5310", today).stream().filter(FormProblem::error).toList();
                if (errors.isEmpty()) {
                    s.enrollments().enrol(f); // must not throw
                    accepted++;
                } else {
                    try {
                        s.enrollments().enrol(f);
                        throw new AssertionError("the service saved a form the rules refuse: " + errors);
                    } catch (InvalidInputException expected) {
                        // the same refusal
                    }
                }
            }
        }
        assertThat(accepted).as("enough valid forms to mean something").isGreaterThan(40);
    }

    private static EnrollmentForm randomForm(Random r, int i) {
        boolean woman = r.nextBoolean();
        int day = 1 + r.nextInt(r.nextInt(10) == 0 ? 35 : 28);
        int month = 1 + r.nextInt(r.nextInt(10) == 0 ? 14 : 12);
        int year = 1950 + r.nextInt(60);
        String nik = "5310" + String.format("%02d", 1 + r.nextInt(18)) + String.format("%02d", day + (woman ? 40 : 0))
                + String.format("%02d", month) + String.format("%02d", year % 100)
                + String.format("%04d", r.nextInt(20) == 0 ? 0 : 1 + i);
        LocalDate birth = month <= 12 && day <= 28 ? LocalDate.of(year, month, day) : null;
        Set<Programme> programmes = r.nextInt(10) == 0 ? EnumSet.of(Programme.JKK) : EnumSet.of(Programme.JKK, Programme.JKM);
        if (r.nextBoolean()) {
            programmes.add(Programme.JHT);
        }
        YearMonth first = YearMonth.of(2020 + r.nextInt(8), 1 + r.nextInt(12));
        // Now and then past the most months one enrollment may have (EnrollmentRules.MAX_MONTHS): refused alike.
        YearMonth last = r.nextBoolean() ? null : first.plusMonths(r.nextInt(r.nextInt(8) == 0 ? 80 : 30) - 3L);
        String[] names = {"Maria", "", "  ", "Yohanes Jehadu", "Agus\u0000", "x".repeat(120), "Ni Made O'Neil"};
        String[] phones = {null, "081234567890", "12345", "+6281234567890", ""};
        return new EnrollmentForm(nik, names[r.nextInt(names.length)], r.nextInt(8) == 0 ? null : woman ? Sex.P : Sex.L,
                "Ruteng", r.nextInt(8) == 0 ? null : birth, "Jl. Ahmad Yani", r.nextInt(10) == 0 ? null : "53.10.03",
                r.nextInt(10) == 0 ? null : "PETANI", phones[r.nextInt(phones.length)], null,
                r.nextInt(10) == 0 ? null : "MANDIRI", r.nextInt(5) == 0 ? Segment.PU : Segment.BPU, programmes,
                r.nextInt(10) == 0 ? null : (long) (500_000 + r.nextInt(25_000_000)), first, last, null);
    }
}
