package id.payung.ui.enrollments;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Person;
import id.payung.domain.PersonName;
import id.payung.domain.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What saving a new enrollment would change in a registered person's identity, which holds for every year of
 * theirs (the register, the regent's decree annex): name, sex, birth date, birth place, KPJ (trial 16 H1: a name
 * typed after the form had filled it in was saved doubled for all their enrollments). A new enrollment is no
 * place to rename someone unasked, so the form asks first; a correction goes through "Ubah".
 *
 * <p>The same value written another way is no change, and the registered spelling is kept: a name
 * {@link PersonName#same} as the registered one (capitals, spaces, a form of address), a birth place or KPJ
 * equal but for capitals and spaces. A value added where none was registered replaces nothing and is not asked
 * about; the contact details (phone, address, place of living, occupation) change over the years and are only
 * listed by the form ({@link EnrollmentFormViewModel#personChanges()}).
 */
final class RegisteredChanges {
    private RegisteredChanges() {
    }

    /**
     * The registered details the form would replace, as {@link EnrollmentFormViewModel.PersonChange}s (before: the
     * registered value, after: the typed one); empty when saving keeps the person as registered.
     */
    static List<EnrollmentFormViewModel.PersonChange> of(Person registered, EnrollmentForm form) {
        List<EnrollmentFormViewModel.PersonChange> out = new ArrayList<>();
        String typedName = form.fullName() == null ? "" : form.fullName().strip();
        if (!PersonName.same(registered.fullName(), typedName)) {
            out.add(new EnrollmentFormViewModel.PersonChange("form.name", registered.fullName(), typedName));
        }
        if (form.sex() != registered.sex()) {
            out.add(new EnrollmentFormViewModel.PersonChange("form.sex", registered.sex(), form.sex()));
        }
        if (!Objects.equals(form.birthDate(), registered.birthDate())) {
            out.add(new EnrollmentFormViewModel.PersonChange("form.birthDate", registered.birthDate(), form.birthDate()));
        }
        addReplaced(out, "form.birthPlace", registered.birthPlace(), form.birthPlace());
        addReplaced(out, "form.kpj", registered.kpj(), form.kpj());
        return List.copyOf(out);
    }

    /**
     * The form to save: a name, birth place or KPJ that is the registered one written another way is saved as
     * registered, so the save changes nothing the clerk was not asked about.
     */
    static EnrollmentForm keepingRegisteredSpelling(Person registered, EnrollmentForm f) {
        String name = PersonName.same(registered.fullName(), f.fullName()) ? registered.fullName() : f.fullName();
        String birthPlace = key(registered.birthPlace()).equals(key(f.birthPlace())) ? registered.birthPlace()
                : f.birthPlace();
        String kpj = key(registered.kpj()).equals(key(f.kpj())) ? registered.kpj() : f.kpj();
        return new EnrollmentForm(f.nik(), name, f.sex(), birthPlace, f.birthDate(), f.address(), f.regionCode(),
                f.occupationCode(), f.phone(), kpj, f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }

    /**
     * Whether a change the form lists is only another spelling of the registered value, which a new enrollment
     * saves as registered ({@link #keepingRegisteredSpelling}).
     */
    static boolean keptAsRegistered(EnrollmentFormViewModel.PersonChange c) {
        String before = c.before() == null ? null : c.before().toString();
        String after = c.after() == null ? null : c.after().toString();
        return switch (c.labelKey()) {
            case "form.name" -> PersonName.same(before, after);
            case "form.birthPlace", "form.kpj" -> !key(before).isEmpty() && key(before).equals(key(after));
            default -> false;
        };
    }

    /** A registered value the typed one replaces (or empties); nothing registered is nothing replaced. */
    private static void addReplaced(List<EnrollmentFormViewModel.PersonChange> out, String labelKey, String registered,
                                    String typed) {
        if (key(registered).isEmpty() || key(registered).equals(key(typed))) {
            return;
        }
        String after = typed == null || typed.isBlank() ? null : typed.strip();
        out.add(new EnrollmentFormViewModel.PersonChange(labelKey, registered, after));
    }

    /** Equal but for capitals and spaces. */
    private static String key(String value) {
        return value == null ? "" : Spaces.removed(value).toLowerCase(Locale.ROOT);
    }
}
