package id.payung.service;

import id.payung.domain.Enrollment;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.EnrollmentRepository;
import id.payung.store.OnPostgres;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/** {@link EnrollmentServiceTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class EnrollmentServiceOnPostgresTest extends EnrollmentServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

    /**
     * The same shape of register as the demo import on SQLite, written through the store: the import's bulk writer
     * (EnrollmentBulkWriter, the import's part) does not run on a server yet. 700 people under 40 names, some
     * differing only in case (ties of the case-insensitive order), four funders, months over three years.
     */
    @Override
    void registerSevenHundredWithTies() {
        String[] names = {"Agnes", "AGNES", "agnes", "Benediktus", "Celestina", "Dominikus", "Elisabet", "Fransiskus",
            "Gregorius", "Hendrikus", "Ignasius", "Yosef", "Maria", "MARIA", "Paulus", "Rofinus", "Kristina", "Yohanes",
            "Theresia", "Anselmus", "Bernadus", "Kornelis", "Zakarias", "Wilhelmus", "Veronika", "Ursula", "Stefanus",
            "Rosalia", "Petrus", "Oktavianus", "Natalia", "Markus", "Lukas", "Klara", "Yuliana", "Hilarius", "Goreti",
            "Fidelis", "Emilia", "Donatus"};
        String[] funders = {"APBD-KAB-MGR", "APBD-PROV-NTT", "MANDIRI", "CSR"};
        EnrollmentRepository repo = new EnrollmentRepository();
        try (Database db = database()) {
            db.write(tx -> {
                for (int i = 0; i < 700; i++) {
                    String nik = "531012" + "1205" + "85" + String.format("%04d", i + 1);
                    long person = repo.insertPerson(tx, new Person(0, nik, names[i % names.length], Sex.L, "Ruteng",
                            LocalDate.of(1985, 5, 12), null, "53.10.12", "OJEK", null, null));
                    YearMonth first = YearMonth.of(2024 + i % 3, 1 + i % 12);
                    repo.insertEnrollment(tx, new Enrollment(0, person, funders[i % funders.length], Segment.BPU,
                            Set.of(Programme.JKK, Programme.JKM), null, first, i % 5 == 0 ? null : first.plusMonths(i % 9),
                            null, null, "53.10.12"));
                }
                return null;
            });
        }
    }
}
