package id.payung.service;

import id.payung.domain.Enrollment;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

/** Builds test databases: a seeded Payung file, and named persons with enrollments. */
public final class TestData {
    /** A fixed "today" for tests: 23 Nov 2026 in Ruteng's time zone. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Makassar"));

    private final Database db;
    private final EnrollmentRepository repo = new EnrollmentRepository();
    private int serial;

    public TestData(Database db) {
        this.db = db;
    }

    /** Opens a new seeded database in the given folder. */
    public static PayungServices seeded(Path dir) {
        return PayungServices.open(dir.resolve("payung.db"), true, CLOCK);
    }

    /** Adds a person (NIK serials counted up from 0001) with one enrollment; returns the person id. */
    public long enrol(String funderCode, YearMonth first, YearMonth last) {
        long personId = person();
        enrolAgain(personId, funderCode, first, last);
        return personId;
    }

    /** Adds a further enrollment of an existing person. */
    public void enrolAgain(long personId, String funderCode, YearMonth first, YearMonth last) {
        db.write(tx -> repo.insertEnrollment(tx, new Enrollment(0, personId, funderCode, Segment.BPU,
                Set.of(Programme.JKK, Programme.JKM), 1_000_000L, first, last, null, null)));
    }

    private long person() {
        serial++;
        String nik = "531001" + "120585" + String.format("%04d", serial);
        return db.write(tx -> repo.insertPerson(tx, new Person(0, nik, "Peserta " + serial, Sex.L, "Ruteng",
                LocalDate.of(1985, 5, 12), null, null, "OJEK", null, null)));
    }

    /**
     * A name of test person {@code n} without a digit (a KTP name holds none, the rules refuse one): {@code first}
     * and {@code n} in letters, "Peserta Bc".
     */
    public static String name(String first, long n) {
        StringBuilder b = new StringBuilder();
        long k = n;
        do {
            b.insert(0, (char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return first + " " + b;
    }

    /** A valid form for a Langke Rembong ojek driver; sex and birth date follow the NIK. */
    public static EnrollmentForm form(String nik, String name, String funder, YearMonth first, YearMonth last) {
        boolean woman = Integer.parseInt(nik.substring(6, 8)) > 40;
        int day = Integer.parseInt(nik.substring(6, 8)) - (woman ? 40 : 0);
        LocalDate birth = LocalDate.of(1900 + Integer.parseInt(nik.substring(10, 12)), Integer.parseInt(nik.substring(8, 10)), day);
        return new EnrollmentForm(nik, name, woman ? Sex.P : Sex.L, "Ruteng", birth, "Jl. Motang Rua", "53.10.12",
                "OJEK", "081234567890", null, funder, Segment.BPU, Set.of(Programme.JKK, Programme.JKM), 1_000_000L,
                first, last, null);
    }

}
