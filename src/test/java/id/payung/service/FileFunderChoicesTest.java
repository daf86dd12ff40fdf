package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's and the dashboard's funder filters and the import template on a file (one office), beside the
 * server's {@link ClerkFunderChoicesTest}: the filters list every funder the file holds, as ever (the Sumber dana
 * screen's list on a file), and the template every active one, as ever.
 */
class FileFunderChoicesTest {
    @TempDir
    Path dir;

    @Test
    void theFiltersAndTheTemplateListEveryFunderAsEver() throws Exception {
        Path file = dir.resolve("mabar.db");
        PayungServices.create(file, "53.15", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            s.funding().add(new FundingSource(0, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN,
                    "53.10", true, null));
            List<String> every = s.reference().fundingSources().stream().map(FundingSource::code).toList();
            assertThat(every).contains("APBD-KAB-MGR", "APBD-KAB-5315");

            assertThat(ClerkFunderChoicesTest.registerFilter(s)).containsExactlyElementsOf(every);
            assertThat(ClerkFunderChoicesTest.dashboardFilter(s)).containsExactlyElementsOf(every);
            assertThat(ClerkFunderChoicesTest.templateFunders(s, dir.resolve("templat.xlsx"))).containsExactlyElementsOf(
                    s.reference().fundingSources().stream().filter(FundingSource::active).map(FundingSource::name).toList())
                    .contains("APBD Kabupaten Manggarai Barat", "APBD Kabupaten Manggarai");
        }
    }
}
