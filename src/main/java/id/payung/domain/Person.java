package id.payung.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A worker identified by NIK. */
public record Person(long id, String nik, String fullName, Sex sex, String birthPlace, LocalDate birthDate,
                     String address, String regionCode, String occupationCode, String phone, String kpj) {
    public Person {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
    }
}
