package id.payung.domain;

import java.time.LocalDate;

/**
 * When two entries under two NIKs are likely one person with one NIK mistyped or damaged: the same name
 * ({@link PersonName#same}) and the same birth date, both known. The one rule for a NIK Excel destroyed
 * ({@link DamagedNik#matching}), a NIK cut to 15 digits in an earlier list, and a NIK mistyped by hand on the form
 * or in a list (trial 20c H1: Yohanes Jehadu under …0001 and …0010). Two real people may share both: it is only
 * ever said or proposed, never a refusal on its own.
 */
public final class LikelySamePerson {
    private LikelySamePerson() {
    }

    /** Whether a name and birth date are another entry's: same name, same birth date, neither unknown. */
    public static boolean of(String name, LocalDate birthDate, String otherName, LocalDate otherBirthDate) {
        return birthDate != null && birthDate.equals(otherBirthDate) && PersonName.same(name, otherName);
    }
}
