package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 16 M2: on a server a clerk sees only their regency's enrollments. A person whom Manggarai's undone list
 * brought, but whom another regency enrolled live since (an office transfer attaches a moved file's NIKs to existing
 * people), is registered: Manggarai's clerk checks them by name and does not write the next list's data over them.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
class UndoneImportAcrossRegenciesOnPostgresTest {
    private static final String ALOYSIUS = ServerFixture.ALOYSIUS;

    @TempDir
    Path dir;
    private final ServerFixture server;

    UndoneImportAcrossRegenciesOnPostgresTest(ServerFixture server) {
        this.server = server;
    }

    private ImportService.Report importList(PayungServices s, String name, String person) throws Exception {
        return s.imports().importFile(ServerFixture.aloysiusList(dir, name, person), ImportOptions.defaults(),
                ImportService.Progress.NONE);
    }

    @Test
    void aPersonAnotherRegencyEnrolledIsNotWrittenOverByTheClerkWhoseListWasUndone() throws Exception {
        assertThat(server.initialised()).isEqualTo("53.10");
        try (PayungServices s = server.services(server.siti())) {
            ImportService.Report wrong = importList(s, "golo-cador.csv", "Aloysius Jehaman");
            assertThat(wrong.imported()).isEqualTo(1);
            assertThat(s.imports().undo(wrong.batchId())).isEqualTo(1);
        }
        // Since then Manggarai Timur (53.15) enrolled him for 2025, out of Manggarai's sight.
        try (Connection c = server.ownerConnection(); Statement st = c.createStatement()) {
            st.execute("SET payung.regency = '53.15'");
            st.executeUpdate("INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, first_month,"
                    + " last_month, regency_code) SELECT p.id, f.id, 'BPU', 1, 1, 0, 0, '2025-01', '2025-12', '53.15'"
                    + " FROM person p, funding_source f WHERE p.nik = '" + ALOYSIUS + "' AND f.code = 'APBD-KAB-MGR'");
        }
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.enrollments().personByNik(ALOYSIUS)).as("the form's look-up").isPresent();
            ImportService.Report corrected = importList(s, "golo-cador-diperbaiki.csv", "Aloisius Jehaman");
            assertThat(corrected.problems()).extracting(p -> p.problem().code())
                    .contains("IMPORT_NIK_REGISTERED_AS").doesNotContain("IMPORT_UNDONE_PERSON_RENEWED");
        }
        try (Connection c = server.ownerConnection(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT full_name FROM person WHERE nik = '" + ALOYSIUS + "'")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("Aloysius Jehaman");
        }
    }
}
