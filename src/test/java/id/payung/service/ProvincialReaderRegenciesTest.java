package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.payung.domain.RegencyShare;
import id.payung.domain.Scope;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server set up as docs/SERVER.md says: the provincial reader is shown the per-regency breakdown (even while
 * only one regency has entered anyone), with every regency's row; a regency's clerk never is, though the server
 * holds other regencies (row-level security shows the clerk only their own).
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderRegenciesTest {
    private final ServerFixture server;

    ProvincialReaderRegenciesTest(ServerFixture server) {
        this.server = server;
    }

    private PayungServices as(String login) {
        return server.services(login);
    }

    @Test
    void theProvinceSeesEveryRegencyAClerkOnlyTheirOwnDashboard() {
        YearMonth jan = YearMonth.of(2026, 1);
        try (PayungServices s = as(server.siti())) {
            s.enrollments().enrol(TestData.form("5310011205850001", "Andi", "APBD-KAB-MGR", jan, null));
            s.enrollments().enrol(TestData.form("5310014506900002", "Maria", "MANDIRI", jan, null));
        }
        try (PayungServices s = as(server.ntt())) {
            assertThat(s.dashboard().showsRegencies()).isTrue(); // a province, though one regency so far
            assertThat(s.dashboard().byRegencyWithParticipants(2026, Scope.ALL, null))
                    .extracting(RegencyShare::name, RegencyShare::participants)
                    .containsExactly(tuple("Kabupaten Manggarai", 2L));
        }
        try (PayungServices s = as(server.yosef())) {
            s.enrollments().enrol(TestData.form("5315011204850003", "Kornelis", "APBD-PROV-NTT", jan, null));
        }
        try (PayungServices s = as(server.ntt())) {
            // Every regency of the province is listed (trial 20a: who has not reported), those with none as 0.
            assertThat(s.dashboard().byRegencyWithParticipants(2026, Scope.ALL, null))
                    .extracting(RegencyShare::code, RegencyShare::name, RegencyShare::participants)
                    .containsExactly(tuple("53.10", "Kabupaten Manggarai", 2L),
                            tuple("53.15", "Kabupaten Manggarai Barat", 1L));
            assertThat(s.dashboard().byRegency(2026, Scope.ALL, null)).extracting(RegencyShare::code)
                    .hasSize(22).contains("53.71");
        }
        try (PayungServices s = as(server.siti())) {
            assertThat(s.dashboard().showsRegencies()).isFalse();
            assertThat(s.dashboard().byRegency(2026, Scope.ALL, null)).extracting(RegencyShare::code).containsExactly("53.10");
        }
        try (PayungServices s = as(server.yosef())) {
            assertThat(s.dashboard().showsRegencies()).isFalse();
        }
    }

    /**
     * The province's file of its regencies: every regency of NTT with its funders and total, from a read-only login
     * (an export writes nothing to the database); a regency's clerk is refused it as the tab is not shown them.
     */
    @Test
    void theProvincesExportHoldsEveryRegencyAClerksIsRefused(@TempDir Path dir) throws Exception {
        // 2022: before the other test's enrollments (open-ended from 2026) and the seeded cohorts (from 2023).
        YearMonth jan = YearMonth.of(2022, 1);
        try (PayungServices s = as(server.siti())) {
            s.enrollments().enrol(TestData.form("5310011205850011", "Benediktus", "APBD-KAB-MGR", jan, jan.plusMonths(11)));
        }
        try (PayungServices s = as(server.yosef())) {
            s.enrollments().enrol(TestData.form("5315011204850013", "Fransiska", "MANDIRI", jan, jan.plusMonths(11)));
            s.enrollments().enrol(TestData.form("5315014506900014", "Lusia", "MANDIRI", jan, jan.plusMonths(11)));
        }
        Path csv = dir.resolve("ntt-2022.csv");
        try (PayungServices s = as(server.ntt())) {
            assertThat(s.exports().regencies(2022, csv)).as("every regency of NTT, those with none too").isEqualTo(22);
        }
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(Files.readString(csv, StandardCharsets.UTF_8).substring(1)))) {
            assertThat(parser.getRecords().stream().skip(1).filter(r -> !"0".equals(r.get(7)))
                    .map(r -> List.of(r.get(0), r.get(1), r.get(3), r.get(7))))
                    .containsExactly(
                            List.of("53.15", "Kabupaten Manggarai Barat", "Mandiri (bayar sendiri)", "2"),
                            List.of("53.15", "Kabupaten Manggarai Barat", "Total Kabupaten Manggarai Barat", "2"),
                            List.of("53.10", "Kabupaten Manggarai", "APBD Kabupaten Manggarai", "1"),
                            List.of("53.10", "Kabupaten Manggarai", "Total Kabupaten Manggarai", "1"),
                            List.of("", "Total", "", "3"));
        }
        Path refused = dir.resolve("siti-2022.csv");
        try (PayungServices s = as(server.siti())) {
            assertThatThrownBy(() -> s.exports().regencies(2022, refused))
                    .isInstanceOf(id.payung.service.exporting.ExportService.NoRegenciesException.class);
        }
        assertThat(refused).doesNotExist();
    }
}
