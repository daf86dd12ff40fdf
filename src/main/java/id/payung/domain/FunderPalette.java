package id.payung.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The funders' colours, the same on screen (pie, its legend, the table's swatches, the trend, a chart's picture) and
 * on paper (the year report), so a reader learns that blue is the province and orange a regency's budget.
 *
 * <p>One colour per funder, never one per kind only: a province reads the budgets of several regencies side by side
 * (trial 20a: APBD Kabupaten Manggarai and APBD Kabupaten Manggarai Barat, both orange, adjacent slices of 36,4 % and
 * 27,3 %). The rule ({@link #of}): each kind of funder has a family of shades of its hue (province blue, regency
 * orange and brown, village green, APBN purple, companies red, self-paid yellow, other grey), chosen far enough apart
 * (CIE76 ΔE over 20 between any two of all families); a kind's funders take its shades in the order of their codes.
 * Where one kind has more funders than its family has shades (a province of 22 regencies has 22 regency budgets),
 * those funders take colours picked one by one as far as possible from every colour already given (ΔE, over a grid
 * of hues and lightnesses), so that no two funders share a colour however many there are. The palette is made from
 * every funder the login may see (not those of a year), so a funder keeps its colour across years, filters and
 * screens.
 */
public final class FunderPalette {
    /** Each kind's shades: its usual colour first (a regency with one funder of a kind sees the colour it knew). */
    private static final Map<FunderType, List<String>> FAMILIES = new EnumMap<>(Map.of(
            FunderType.APBD_PROVINSI, List.of("#1f6fb2", "#0b3a66", "#74b3e8"),
            FunderType.APBD_KABUPATEN, List.of("#e07b39", "#8a4513", "#f6b98a"),
            FunderType.APBDES, List.of("#3a9d5d", "#1b5e33", "#94d3a2"),
            FunderType.APBN, List.of("#8e44ad", "#4f2361", "#c9a0dc"),
            FunderType.CSR, List.of("#c0392b", "#6e1f17", "#f0928a"),
            FunderType.MANDIRI, List.of("#d4ac0d", "#8a6d00", "#f5de72"),
            FunderType.OTHER, List.of("#7f8c8d", "#3f4849", "#c2cacb")));

    /** The colours an overflowing kind's funders are picked from: hues every 10°, three saturations and lightnesses. */
    private static final List<String> GRID = grid();

    /** The colour of each funder's code. */
    private final Map<String, String> byCode;
    /** The funders the palette was made of: kept to add to it. */
    private final List<Funder> known;

    private FunderPalette(Map<String, String> byCode, List<Funder> known) {
        this.byCode = byCode;
        this.known = known;
    }

    /** A funder as the palette needs it: its code and kind. */
    public record Funder(String code, FunderType type) {
    }

    /**
     * The colours of {@code funders} (any order, a code listed twice counted once): see the class comment. The same
     * funders give the same colours.
     */
    public static FunderPalette of(Collection<Funder> funders) {
        Map<FunderType, java.util.SortedSet<String>> byKind = new TreeMap<>();
        for (Funder f : funders) {
            if (f != null && f.code() != null) {
                byKind.computeIfAbsent(f.type() == null ? FunderType.OTHER : f.type(), k -> new java.util.TreeSet<>())
                        .add(f.code());
            }
        }
        Map<String, String> colours = new LinkedHashMap<>();
        List<String> overflow = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        byKind.forEach((kind, codes) -> {
            List<String> family = FAMILIES.get(kind);
            List<String> fresh = codes.stream().filter(seen::add).toList();
            if (fresh.size() <= family.size()) {
                for (int i = 0; i < fresh.size(); i++) {
                    colours.put(fresh.get(i), family.get(i));
                }
            } else {
                overflow.addAll(fresh);
            }
        });
        List<double[]> used = new ArrayList<>(colours.values().stream().map(FunderPalette::lab).toList());
        java.util.Set<String> taken = new java.util.HashSet<>(colours.values());
        for (String code : overflow) {
            String best = null;
            double bestDistance = -1;
            for (String candidate : GRID) {
                if (taken.contains(candidate)) {
                    continue;
                }
                double[] lab = lab(candidate);
                double nearest = used.stream().mapToDouble(u -> distance(u, lab)).min().orElse(Double.MAX_VALUE);
                if (nearest > bestDistance) {
                    bestDistance = nearest;
                    best = candidate;
                }
            }
            colours.put(code, best);
            taken.add(best);
            used.add(lab(best));
        }
        return new FunderPalette(Map.copyOf(colours), List.copyOf(funders.stream().filter(f -> f != null && f.code() != null).toList()));
    }

    /** The palette of funding sources (the funders a login may see). */
    public static FunderPalette ofSources(Collection<FundingSource> sources) {
        return of(sources.stream().map(s -> new Funder(s.code(), s.type())).toList());
    }

    /** This palette with {@code more} funders it lacks added (a share naming a funder not in its list). */
    public FunderPalette with(Collection<Funder> more) {
        if (more.stream().allMatch(f -> f == null || f.code() == null || byCode.containsKey(f.code()))) {
            return this;
        }
        List<Funder> all = new ArrayList<>(known);
        all.addAll(more);
        return of(all);
    }

    /** CSS-style hex colour ("#rrggbb") of a funder; a funder not in the palette takes its kind's usual colour. */
    public String hex(String code, FunderType type) {
        String colour = code == null ? null : byCode.get(code);
        return colour != null ? colour : hex(type);
    }

    /** The usual colour of a kind of funder ("#rrggbb"): a chart whose bars are kinds, not funders. */
    public static String hex(FunderType type) {
        return FAMILIES.getOrDefault(type == null ? FunderType.OTHER : type, FAMILIES.get(FunderType.OTHER)).get(0);
    }

    /** Every shade of every kind's family, kind by kind. */
    static List<String> families() {
        return FAMILIES.values().stream().flatMap(List::stream).toList();
    }

    private static List<String> grid() {
        List<String> out = new ArrayList<>();
        for (double lightness : new double[] {0.45, 0.3, 0.65}) {
            for (double saturation : new double[] {0.75, 0.5, 0.3}) {
                for (int hue = 0; hue < 360; hue += 10) {
                    out.add(hsl(hue, saturation, lightness));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String hsl(double hue, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = hue < 60 ? new double[] {c, x, 0} : hue < 120 ? new double[] {x, c, 0}
                : hue < 180 ? new double[] {0, c, x} : hue < 240 ? new double[] {0, x, c}
                : hue < 300 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round((rgb[0] + m) * 255),
                Math.round((rgb[1] + m) * 255), Math.round((rgb[2] + m) * 255));
    }

    /** The CIE76 distance of two colours ("#rrggbb"): about 2 is just told apart, over 10 plainly. */
    public static double distance(String a, String b) {
        return distance(lab(a), lab(b));
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double[] lab(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
        double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double v) {
        return v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16.0 / 116;
    }
}
