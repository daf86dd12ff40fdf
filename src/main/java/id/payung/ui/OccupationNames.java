package id.payung.ui;

import id.payung.domain.Occupation;
import java.util.Collection;
import java.util.ResourceBundle;

/**
 * The occupations of Payung's own list ({@code seeds/occupations.csv}: Petani, Buruh tani, Perangkat desa …) in the
 * user's language, by their code through the bundles ({@code occupation.PETANI} = "Farmer"); an occupation without
 * such a key (one added to a database by hand) keeps its stored name.
 */
public final class OccupationNames {
    private static final String PREFIX = "occupation.";

    private OccupationNames() {
    }

    /** The occupation's word in the bundle's language, else {@code storedName}. */
    public static String name(ResourceBundle resources, String code, String storedName) {
        return code != null && resources.containsKey(PREFIX + code) ? resources.getString(PREFIX + code) : storedName;
    }

    /** The occupation's word in the bundle's language. */
    public static String name(ResourceBundle resources, Occupation occupation) {
        return name(resources, occupation.code(), occupation.name());
    }

    /**
     * The word for an occupation known only by its stored name (a register row), found among {@code list} by that
     * name; a name not in the list stays as it is.
     */
    public static String byStoredName(ResourceBundle resources, Collection<Occupation> list, String storedName) {
        if (storedName == null) {
            return null;
        }
        for (Occupation o : list) {
            if (o.name().equals(storedName)) {
                return name(resources, o);
            }
        }
        return storedName;
    }
}
