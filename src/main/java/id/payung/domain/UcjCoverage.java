package id.payung.domain;

import java.util.List;

/**
 * The UCJ coverage of a year, per kecamatan and for the region. The region's numerator also counts
 * protected workers whose kecamatan is not known; its denominator is the sum of the kecamatan's
 * numbers, and only exists once every kecamatan has one (a partial sum would overstate coverage).
 */
public record UcjCoverage(int year, List<KecamatanCoverage> kecamatan, long unknownKecamatan) {
    public UcjCoverage {
        kecamatan = List.copyOf(kecamatan);
    }

    /** All protected BPU workers of the year in the region, including those without a known kecamatan. */
    public long regionProtected() {
        return kecamatan.stream().mapToLong(KecamatanCoverage::protectedWorkers).sum() + unknownKecamatan;
    }

    /** Kecamatan still without a denominator for the year. */
    public long missingDenominators() {
        return kecamatan.stream().filter(k -> k.informalWorkers() == null).count();
    }

    /** Sum of the entered denominators, or null while any kecamatan lacks one (or there are no kecamatan). */
    public Long regionInformalWorkers() {
        if (kecamatan.isEmpty() || missingDenominators() > 0) {
            return null;
        }
        return kecamatan.stream().mapToLong(KecamatanCoverage::informalWorkers).sum();
    }

    /** The region's coverage in percent, or null while the denominator is incomplete. */
    public Double regionPercent() {
        return percent(regionProtected(), regionInformalWorkers());
    }

    /** numerator ÷ denominator × 100; null for a missing or zero denominator. */
    static Double percent(long numerator, Long denominator) {
        return denominator == null || denominator == 0 ? null : 100.0 * numerator / denominator;
    }
}
