package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DeleteReason;
import id.payung.domain.Deletion;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.io.StringWriter;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A NIK a clerk types in a deletion's reason ("data ganda dengan NIK 5310…") is masked when the audit log records it:
 * {@code payung export audit} writes the log's JSON, which holds no full NIK (review 13).
 */
class DeleteNoteMaskedTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @Test
    void aNikTypedInTheDeletionReasonIsMaskedInTheAuditExport() {
        try (PayungServices s = engine.services()) {
            EnrollmentService.Saved kept = s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita",
                    "MANDIRI", YearMonth.of(2026, 1), null));
            EnrollmentService.Saved twin = s.enrollments().enrol(TestData.form("5310011205850002", "Maria Jelita",
                    "CSR", YearMonth.of(2026, 1), null));
            s.enrollments().delete(twin.enrollmentId(),
                    new Deletion(DeleteReason.WRONG_ENTRY, "data ganda dengan NIK 5310015204850001"));
            assertThat(kept.enrollmentId()).isPositive();

            StringWriter csv = new StringWriter();
            s.audit().exportCsv(csv);

            assertThat(csv.toString()).as("payung export audit").doesNotContain("5310015204850001");
        }
    }
}
