package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunderRulesTest {
    @Test
    void aCodeIsSuggestedFromTheNameAsTheSeedsWriteThem() {
        assertThat(FunderRules.suggestCode("CSR Bank NTT")).isEqualTo("CSR-BANK-NTT");
        assertThat(FunderRules.suggestCode("  APBDes Désa Wàe Ri'i  ")).isEqualTo("APBDES-DESA-WAE-RI-I");
        assertThat(FunderRules.suggestCode("PT. Flores Sejahtera (donor) — tahap 2 untuk pekerja rentan"))
                .isEqualTo("PT-FLORES-SEJAHTERA-DONO").hasSizeLessThanOrEqualTo(24);
        assertThat(FunderRules.suggestCode("PT Flores Sejahtera Dono-Raya")).doesNotEndWith("-");
        assertThat(FunderRules.suggestCode("***")).isEmpty();
        assertThat(FunderRules.suggestCode(null)).isEmpty();
        assertThat(FunderRules.validCode(FunderRules.suggestCode("CSR Bank NTT"))).isTrue();
    }

    @Test
    void codesAreCapitalsDigitsAndHyphens() {
        assertThat(FunderRules.validCode("APBD-KAB-MGR")).isTrue();
        assertThat(FunderRules.validCode("CSR2")).isTrue();
        assertThat(FunderRules.validCode("C")).isFalse();
        assertThat(FunderRules.validCode("-CSR")).isFalse();
        assertThat(FunderRules.validCode("csr-bank")).isFalse();
        assertThat(FunderRules.validCode("CSR BANK")).isFalse();
        assertThat(FunderRules.validCode("A".repeat(31))).isFalse();
        assertThat(FunderRules.validCode(null)).isFalse();
    }

    @Test
    void aRegionLiesInARegencyByItsDottedCode() {
        assertThat(FunderRules.within("53.10", "53.10")).isTrue();
        assertThat(FunderRules.within("53.10.01", "53.10")).isTrue();
        assertThat(FunderRules.within("53.10.01.2001", "53.10")).isTrue();
        assertThat(FunderRules.within("53.15", "53.10")).isFalse();
        assertThat(FunderRules.within("53", "53.10")).isFalse();
        assertThat(FunderRules.within("53.1", "53.10")).isFalse();
        assertThat(FunderRules.within(null, "53.10")).isFalse();
    }

    @Test
    void eachKindOfPayerNamesTheRegionOfItsLevel() {
        assertThat(FunderRules.regionLevels(FunderType.APBD_PROVINSI)).containsExactly(RegionLevel.PROVINCE);
        assertThat(FunderRules.regionLevels(FunderType.APBD_KABUPATEN)).containsExactly(RegionLevel.REGENCY);
        assertThat(FunderRules.regionLevels(FunderType.APBDES)).doesNotContain(RegionLevel.PROVINCE);
        assertThat(FunderRules.regionLevels(FunderType.APBN)).isEmpty();
        assertThat(FunderRules.regionRequired(FunderType.APBDES)).isTrue();
        assertThat(FunderRules.regionRequired(FunderType.CSR)).isFalse();
        assertThat(FunderRules.addable(FunderType.MANDIRI)).isFalse();
        assertThat(FunderRules.sameName("CSR  Bank ntt ", "csr bank NTT")).isTrue();
    }

    @Test
    void aListsTextNamesAFunderByCodeFirstThenByNameAndNeverByAGuess() {
        FundingSource prov = new FundingSource(1, "APBD-PROV-NTT", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, "53", true, null);
        FundingSource kab = new FundingSource(2, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, "53.10", true, null);
        FundingSource lookalike = new FundingSource(3, "CSR-X", "APBD Prov NTT", FunderType.CSR, null, true, null);
        java.util.List<FundingSource> all = java.util.List.of(lookalike, prov, kab);
        assertThat(FunderRules.named(all, "apbd-prov-ntt")).contains(prov);
        assertThat(FunderRules.named(all, "APBD Provinsi NTT")).contains(prov);
        assertThat(FunderRules.named(all, "Kabupaten")).contains(kab);
        assertThat(FunderRules.named(all, "APBD")).as("three names hold it: ambiguous").isEmpty();
        assertThat(FunderRules.named(all, "")).isEmpty();
        assertThat(FunderRules.listKey("APBD Prov. NTT")).isEqualTo(FunderRules.listKey("apbd-prov-ntt"));
    }

    /** Trial 14 F10: a regional budget pays only inside its region; a part of a name finds the office's own. */
    @Test
    void aRegionalBudgetPaysOnlyInsideItsRegion() {
        FundingSource prov = new FundingSource(1, "APBD-PROV-NTT", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, "53", true, null);
        FundingSource mgr = new FundingSource(2, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, "53.10", true, null);
        FundingSource mabar = new FundingSource(3, "APBD-KAB-5315", "APBD Kabupaten Manggarai Barat", FunderType.APBD_KABUPATEN, "53.15", true, null);
        FundingSource desa = new FundingSource(4, "APBDES-BARI", "APBDes Bari", FunderType.APBDES, "53.15.01.2001", true, null);
        FundingSource csr = new FundingSource(5, "CSR-MGR", "CSR Ruteng", FunderType.CSR, "53.10", true, null);
        FundingSource ntb = new FundingSource(6, "APBD-PROV-52", "APBD Provinsi NTB", FunderType.APBD_PROVINSI, "52", true, null);
        assertThat(FunderRules.paysIn(prov, "53.15")).isTrue();
        assertThat(FunderRules.paysIn(mabar, "53.15")).isTrue();
        assertThat(FunderRules.paysIn(desa, "53.15")).isTrue();
        assertThat(FunderRules.paysIn(mgr, "53.15")).isFalse();
        assertThat(FunderRules.paysIn(ntb, "53.15")).isFalse();
        assertThat(FunderRules.paysIn(csr, "53.15")).as("a company may pay anywhere").isTrue();
        assertThat(FunderRules.paysIn(mgr, null)).as("office unknown").isTrue();

        java.util.List<FundingSource> all = java.util.List.of(prov, mgr, mabar, desa, csr, ntb);
        assertThat(FunderRules.named(all, "Kabupaten", "53.15")).contains(mabar);
        assertThat(FunderRules.named(all, "Kabupaten")).as("both regencies' budgets: ambiguous").isEmpty();
        assertThat(FunderRules.named(all, "APBD Kabupaten Manggarai", "53.15")).as("the whole name is Manggarai's")
                .contains(mgr);
        assertThat(FunderRules.named(all, "APBD-KAB-MGR", "53.15")).contains(mgr);
    }

    /**
     * A mistyped {@code --funder} is followed by the codes to retype: those that pay in the office's regency first
     * (active before ended), then others while fewer than ten are named; a province's server, with every regency's
     * budget, gets "…" rather than a page of codes.
     */
    @Test
    void theCodesToRetypeNameTheRegencysPayersFirstAndStayShort() {
        java.util.List<FundingSource> all = new java.util.ArrayList<>(java.util.List.of(
                new FundingSource(1, "APBD-KAB-5301", "APBD Kabupaten Kupang", FunderType.APBD_KABUPATEN, "53.01", true, null),
                new FundingSource(2, "CSR-LAMA", "CSR lama", FunderType.CSR, null, false, null),
                new FundingSource(3, "APBD-PROV-NTT", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, "53", true, null),
                new FundingSource(4, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, "53.10", true, null),
                new FundingSource(5, "MANDIRI", "Mandiri", FunderType.MANDIRI, null, true, null)));
        assertThat(FunderRules.codesToRetype(all, "53.10"))
                .containsExactly("APBD-PROV-NTT", "APBD-KAB-MGR", "MANDIRI", "CSR-LAMA", "APBD-KAB-5301");
        for (int i = 0; i < 20; i++) {
            all.add(0, new FundingSource(10 + i, "APBD-KAB-X" + i, "APBD Kabupaten X" + i, FunderType.APBD_KABUPATEN,
                    "53." + (30 + i), true, null));
        }
        java.util.List<String> shown = FunderRules.codesToRetype(all, "53.10");
        assertThat(shown).hasSize(11).startsWith("APBD-PROV-NTT", "APBD-KAB-MGR", "MANDIRI", "CSR-LAMA").endsWith("…");
    }

    /** The lists' rule (Sumber dana, Kuota dan pagu): where it may pay, or where the office's records name it. */
    @Test
    void aFunderConcernsAnOfficeWhereItMayPayOrWhereItsOwnRecordsNameIt() {
        FundingSource mgr = new FundingSource(2, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, "53.10", true, null);
        FundingSource mabar = new FundingSource(3, "APBD-KAB-5315", "APBD Kabupaten Manggarai Barat", FunderType.APBD_KABUPATEN, "53.15", true, null);
        assertThat(FunderRules.concerns(mabar, "53.15", java.util.Set.of())).isTrue();
        assertThat(FunderRules.concerns(mgr, "53.15", java.util.Set.of())).isFalse();
        assertThat(FunderRules.concerns(mgr, "53.15", java.util.Set.of("APBD-KAB-MGR"))).as("named by its records").isTrue();
        assertThat(FunderRules.concerns(mgr, null, java.util.Set.of())).as("no regency: every funder").isTrue();
    }
}
