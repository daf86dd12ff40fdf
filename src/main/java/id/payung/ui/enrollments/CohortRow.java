package id.payung.ui.enrollments;

import id.payung.domain.Cohort;
import id.payung.domain.CoverageStatus;
import id.payung.domain.Segment;
import java.time.LocalDate;
import java.time.YearMonth;

/** One row of the cohorts table: a headcount for a funder and year; null kecamatan means all. */
public record CohortRow(long id, String funderCode, String funder, int year, Segment segment, String kecamatanCode,
                        String kecamatan, String occupationCode, String occupation, long participants,
                        CoverageStatus status, String source) {

    static CohortRow of(Cohort c, LocalDate today) {
        CoverageStatus status = CoverageStatus.of(YearMonth.of(c.year(), 1), YearMonth.of(c.year(), 12), today);
        return new CohortRow(c.id(), c.funderCode(), c.funderName(), c.year(), c.segment(), c.kecamatanCode(),
                c.kecamatanName(), c.occupationCode(), c.occupationName(), c.participants(), status, c.source());
    }
}
