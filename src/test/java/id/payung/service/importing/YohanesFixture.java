package id.payung.service.importing;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Person;
import id.payung.service.EnrollmentService;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Yohanes Dahur and his village's lists, shared by {@link PersonDataUndoTest} and {@link KeptStoredValuesTest}: what an
 * import writes into a known person's details, and what a colleague typed by hand meanwhile.
 */
final class YohanesFixture {
    static final String YOHANES = "5310011205850002";

    private YohanesFixture() {
    }

    /** Yohanes alone, enrolled from January of {@code year} for 12 months: no birth place, address or phone column. */
    static String plainList(int year) {
        return "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan\n"
                + YOHANES + ";Yohanes Dahur;L;12/05/1985;Wae Rii;Petani;APBD Kabupaten Manggarai;01/" + year + ";12\n";
    }

    /** Imports {@code text}, written to {@code dir} as {@code name}, with the default options. */
    static ImportService.Report importList(PayungServices s, Path dir, String name, String text) throws Exception {
        return s.imports().importFile(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8),
                ImportOptions.defaults(), ImportService.Progress.NONE);
    }

    static Person yohanes(PayungServices s) {
        return s.enrollments().personByNik(YOHANES).orElseThrow();
    }

    /** Siti saves Yohanes's details as {@code typed} makes them of the stored ones (the person form's save). */
    static void savedBySiti(TestEngine engine, Function<Person, EnrollmentForm> typed) throws Exception {
        try (Database db = engine.open()) {
            db.write(tx -> {
                Person p = new EnrollmentRepository().personByNik(tx, YOHANES).orElseThrow();
                return EnrollmentService.updatePerson(tx, "siti", p, typed.apply(p));
            });
        }
    }

    /** The stored details of {@code p} with this address and phone typed in. */
    static EnrollmentForm withAddressAndPhone(Person p, String address, String phone) {
        return new EnrollmentForm(p.nik(), p.fullName(), p.sex(), p.birthPlace(), p.birthDate(), address,
                p.regionCode(), p.occupationCode(), phone, p.kpj(), null, null, null, null, null, null, null);
    }
}
