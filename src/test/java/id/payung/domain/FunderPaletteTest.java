package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One colour per funder shown together (trial 20a: APBD Kabupaten Manggarai and APBD Kabupaten Manggarai Barat were the
 * same orange in the pie, the table, the picture, the PDF and the trend), the kind as a family of shades while it
 * fits, every funder apart for a province of 22 regencies, and a funder's colour the same whatever order or year.
 */
class FunderPaletteTest {
    private static final FunderPalette.Funder PROV = new FunderPalette.Funder("APBD-PROV-NTT", FunderType.APBD_PROVINSI);
    private static final FunderPalette.Funder MGR = new FunderPalette.Funder("APBD-KAB-MGR", FunderType.APBD_KABUPATEN);
    private static final FunderPalette.Funder MB = new FunderPalette.Funder("APBD-KAB-5315", FunderType.APBD_KABUPATEN);

    @Test
    void twoRegenciesBudgetsGetTwoShadesOfTheRegencyOrange() {
        FunderPalette palette = FunderPalette.of(List.of(PROV, MGR, MB));
        String mgr = palette.hex(MGR.code(), MGR.type());
        String mb = palette.hex(MB.code(), MB.type());
        assertThat(mgr).isNotEqualTo(mb);
        assertThat(FunderPalette.distance(mgr, mb)).as("told apart at a glance").isGreaterThan(20);
        // The kind's usual colours stay: the province blue, the first regency budget (by code) orange.
        assertThat(palette.hex(PROV.code(), PROV.type())).isEqualTo(FunderPalette.hex(FunderType.APBD_PROVINSI));
        assertThat(List.of(mgr, mb)).contains(FunderPalette.hex(FunderType.APBD_KABUPATEN));
        assertThat(FunderPalette.families()).contains(mgr, mb); // both of the regency family
    }

    @Test
    void aFunderKeepsItsColourWhateverTheOrderItIsListedIn() {
        FunderPalette a = FunderPalette.of(List.of(PROV, MGR, MB));
        FunderPalette b = FunderPalette.of(List.of(MB, PROV, MGR, MB));
        for (FunderPalette.Funder f : List.of(PROV, MGR, MB)) {
            assertThat(b.hex(f.code(), f.type())).isEqualTo(a.hex(f.code(), f.type()));
        }
    }

    @Test
    void theFamiliesAreFarApart() {
        List<String> all = FunderPalette.families();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(FunderPalette.distance(all.get(i), all.get(j))).as(all.get(i) + " / " + all.get(j))
                        .isGreaterThan(20);
            }
        }
    }

    @Test
    void aProvinceOfTwentyTwoRegenciesHasNoTwoFundersAlike() {
        List<FunderPalette.Funder> funders = new ArrayList<>(List.of(PROV,
                new FunderPalette.Funder("APBN", FunderType.APBN), new FunderPalette.Funder("CSR-BANK-NTT", FunderType.CSR)));
        for (int r = 1; r <= 22; r++) {
            String code = String.format("53%02d", r);
            funders.add(new FunderPalette.Funder("APBD-KAB-" + code, FunderType.APBD_KABUPATEN));
            funders.add(new FunderPalette.Funder("APBDES-" + code, FunderType.APBDES));
            funders.add(new FunderPalette.Funder("MANDIRI-" + code, FunderType.MANDIRI));
        }
        Collections.shuffle(funders, new java.util.Random(7));
        FunderPalette palette = FunderPalette.of(funders);
        List<String> colours = funders.stream().map(f -> palette.hex(f.code(), f.type())).toList();
        assertThat(colours).doesNotHaveDuplicates();
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                nearest = Math.min(nearest, FunderPalette.distance(colours.get(i), colours.get(j)));
            }
        }
        assertThat(nearest).as("the nearest two of %d funders", colours.size()).isGreaterThan(8);
        // The same funders in another order: the same colours.
        List<FunderPalette.Funder> again = new ArrayList<>(funders);
        Collections.reverse(again);
        FunderPalette other = FunderPalette.of(again);
        funders.forEach(f -> assertThat(other.hex(f.code(), f.type())).isEqualTo(palette.hex(f.code(), f.type())));
    }

    @Test
    void aFunderAddedLaterGetsAColourOfItsOwn() {
        FunderPalette palette = FunderPalette.of(List.of(PROV, MGR)).with(List.of(MB));
        assertThat(palette.hex(MB.code(), MB.type())).isNotEqualTo(palette.hex(MGR.code(), MGR.type()));
    }
}
