package id.payung.service;

import id.payung.domain.Enrollment;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * A child process for the crash and two-writer tests: it writes with Payung's own code and reports
 * each commit on stdout, until it is killed or done.
 *
 * <p>{@code batches DB}: writes batches of 50 persons with enrollments, one transaction each, forever.
 * {@code writer DB FIRST COUNT}: enrols COUNT persons through the enrollment service, one by one.
 */
public final class CrashChild {
    public static final int BATCH = 50;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[1]);
        if (args[0].equals("batches")) {
            batches(db);
        } else if (args[0].equals("hold")) {
            hold(db);
        } else {
            writer(db, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        }
    }

    private static void batches(Path file) {
        EnrollmentRepository repo = new EnrollmentRepository();
        try (Database db = Database.open(file, false)) {
            System.out.println("READY");
            System.out.flush();
            for (int b = 1; ; b++) {
                int n = b;
                db.write(tx -> {
                    for (int i = 0; i < BATCH; i++) {
                        int serial = (n - 1) * BATCH + i + 1;
                        // Unique 16-digit NIKs: regency part varies with the serial's ten-thousands.
                        String nik = "53" + (10 + serial / 9999 % 90) + "01120585" + String.format("%04d", serial % 9999 + 1);
                        long person = repo.insertPerson(tx, new Person(0, nik, "Batch " + n + " #" + i, Sex.L, null,
                                LocalDate.of(1985, 5, 12), null, null, null, null, null));
                        repo.insertEnrollment(tx, new Enrollment(0, person, "MANDIRI", Segment.BPU,
                                Set.of(Programme.JKK, Programme.JKM), 1_000_000L, YearMonth.of(2026, 1), null, null,
                                "batch-" + n));
                    }
                    return null;
                });
                System.out.println("COMMITTED " + n);
                System.out.flush();
            }
        }
    }

    /** {@code hold DB}: opens the database as a second Payung would, says READY, and keeps it open until stdin closes. */
    private static void hold(Path file) {
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            System.out.println("READY");
            System.out.flush();
            try {
                while (System.in.read() >= 0) {
                    // wait
                }
            } catch (java.io.IOException ignored) {
                // The parent is gone: close.
            }
        }
        System.out.println("CLOSED");
        System.out.flush();
    }

    private static void writer(Path file, int first, int count) {
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            for (int i = first; i < first + count; i++) {
                s.enrollments().enrol(TestData.form(String.format("531001120585%04d", i), TestData.name("Penulis", i), "MANDIRI",
                        YearMonth.of(2026, 1), null));
            }
        }
        System.out.println("DONE");
    }
}
