package id.payung.store;

import id.payung.domain.Contributions;
import id.payung.domain.FunderType;
import id.payung.domain.Programme;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The business rules SQL needs, written as SQL once, from their one Java definition: the queries compose
 * them, and the {@link Migrator} puts them into the migration scripts where these write
 * {@code ${standard_income}}, {@code ${government_types}}, {@code ${programme_label:alias}},
 * {@code ${kecamatan:alias}} or {@code ${shape_columns}} ({@link CostShape#SHAPE_COLUMNS}, over {@code e} and
 * {@code p}). The applied SQL
 * is what the scripts held literally before, so files migrated earlier are unaffected; a migration is
 * frozen once shipped, so changing a rule here means a new migration that rewrites what uses it.
 */
final class SqlRules {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)(?::([A-Za-z_]+))?}");

    /** The government funder types as an SQL list: {@code ('APBD_PROVINSI', …)} ({@link FunderType#GOVERNMENT}). */
    static final String GOVERNMENT_TYPES = FunderType.GOVERNMENT.stream().map(t -> "'" + t.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private SqlRules() {
    }

    /**
     * The kecamatan of a region code, read from the code itself: Kemendagri codes nest, so a desa
     * "53.10.01.2001" lies in the kecamatan "53.10.01" (its first 8 characters) and a kecamatan is its own.
     * Null stays null. The one way Payung places a person or enrollment in a kecamatan (no region-table look-up).
     */
    static String kecamatan(String regionCode) {
        return "substr(" + regionCode + ", 1, 8)";
    }

    /** The income contributions are computed on: the declared one, else {@link Contributions#STANDARD_INCOME}. */
    static String income(String enrollment) {
        return "coalesce(" + enrollment + ".declared_income_rp, " + Contributions.STANDARD_INCOME + ")";
    }

    /**
     * An enrollment's programmes as the label the cost caches group by: their names, sorted, comma-separated
     * ("JHT,JKK,JKM"), made from the flag columns {@code jkk}, {@code jkm}, {@code jht}, {@code jp}.
     */
    static String programmeLabel(String enrollment) {
        // Sorted by name, as Sql.names writes a set: JHT, JKK, JKM, JP.
        String parts = java.util.Arrays.stream(Programme.values()).map(Programme::name).sorted()
                .map(p -> "CASE WHEN " + enrollment + "." + p.toLowerCase(java.util.Locale.ROOT) + " = 1 THEN '" + p
                        + ",' ELSE '' END")
                .collect(Collectors.joining(" || "));
        return "rtrim(" + parts + ", ',')";
    }

    /** The programmes an enrollment's flag columns, read in this order, stand for. */
    static Set<Programme> programmes(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        Set<Programme> set = java.util.EnumSet.noneOf(Programme.class);
        for (Programme p : Programme.values()) {
            if (rs.getInt(prefix + p.name().toLowerCase(java.util.Locale.ROOT)) == 1) {
                set.add(p);
            }
        }
        return set;
    }

    /** Binds a set of programmes to the flag columns starting at parameter {@code first}; returns the next index. */
    static int bindProgrammes(java.sql.PreparedStatement ps, int first, Set<Programme> programmes)
            throws java.sql.SQLException {
        int i = first;
        for (Programme p : Programme.values()) {
            ps.setInt(i++, programmes.contains(p) ? 1 : 0);
        }
        return i;
    }

    /** A migration script with its placeholders filled in. @throws IllegalStateException for an unknown one */
    static String fill(String script) {
        Matcher m = PLACEHOLDER.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "standard_income" -> Long.toString(Contributions.STANDARD_INCOME);
                case "government_types" -> GOVERNMENT_TYPES;
                case "programme_label" -> programmeLabel(require(m.group(2), m.group()));
                case "kecamatan" -> kecamatan(require(m.group(2), m.group()) + ".region_code");
                case "shape_columns" -> CostShape.SHAPE_COLUMNS;
                default -> throw new IllegalStateException("unknown placeholder " + m.group() + " in a migration");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String require(String alias, String placeholder) {
        if (alias == null) {
            throw new IllegalStateException(placeholder + " needs a table alias, e.g. ${programme_label:e}");
        }
        return alias;
    }
}
