package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
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
@ExtendWith(PostgresServer.class)
class UndoneImportAcrossRegenciesOnPostgresTest {
    private static final String HEADER = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;No HP;Sumber Dana;Mulai;Jumlah Bulan";
    private static final String ALOYSIUS = "5310012304870001";

    @TempDir
    Path dir;
    private ServerFixture server;

    @AfterEach
    void dropLogins() throws SQLException {
        if (server != null) {
            server.dropLogins();
        }
    }

    private ImportService.Report importList(PayungServices s, String name, String person) throws Exception {
        return s.imports().importFile(Files.writeString(dir.resolve(name), HEADER + "\n" + ALOYSIUS + ";" + person
                + ";L;23/04/1987;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n", StandardCharsets.UTF_8),
                ImportOptions.defaults(), ImportService.Progress.NONE);
    }

    @Test
    void aPersonAnotherRegencyEnrolledIsNotWrittenOverByTheClerkWhoseListWasUndone(PostgresDatabase db)
            throws Exception {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        String siti = server.addUser("siti", "53.10", null);
        try (PayungServices s = server.services(siti)) {
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
        try (PayungServices s = server.services(siti)) {
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
