package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Which failures are the user's wrong choice (a plain warning) and which may be a crash or a failing disk (the error
 * dialog with the log and details), trial 14.
 */
class RefusalIsNoCrashTest {
    private static DatabaseOpenException refused(Problem p) {
        return new DatabaseOpenException(p, Path.of("cadangan.db"), "refused");
    }

    @Test
    void aWrongFileIsARefusalAndADamagedOrUnreadableOneIsNot() {
        for (Problem p : new Problem[] {Problem.NOT_SQLITE, Problem.FOREIGN_SQLITE, Problem.NEWER_VERSION, Problem.LOCKED,
                Problem.IN_USE, Problem.WRITE_UNDER_WAY, Problem.UNEXPECTED_SCHEMA, Problem.UNEXPECTED_SETTINGS,
                Problem.FOREIGN_WAL, Problem.MISSING}) {
            assertThat(UserMessages.isRefusal(refused(p))).as(p.name()).isTrue();
        }
        assertThat(UserMessages.isRefusal(refused(Problem.IO))).isFalse();
        assertThat(UserMessages.isRefusal(refused(Problem.CORRUPT))).isFalse();
        assertThat(UserMessages.isRefusal(new IllegalStateException("bug"))).isFalse();
        assertThat(UserMessages.isRefusal(new id.payung.store.StoreException("disk full"))).isFalse();
    }

    /**
     * Trial 2 #4: a connection the server ended is said in a plain sentence in both languages (connection lost, nothing
     * saved, Payung connects again), no crash dialog with English details, also when a service wrapped the failure.
     */
    @Test
    void aLostServerConnectionIsAPlainSentenceEvenWrapped() {
        id.payung.domain.ServerAddress address = id.payung.domain.ServerAddress.parse("postgresql://maria@10.0.0.5/payung");
        DatabaseOpenException lost = new DatabaseOpenException(Problem.SERVER_CONNECTION_LOST, address,
                "the connection was lost", new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RuntimeException wrapped = new RuntimeException("while loading the register", lost);
        assertThat(UserMessages.isRefusal(wrapped)).isTrue();
        String id = UserMessages.describe(I18n.bundle(java.util.Locale.forLanguageTag("id")), wrapped);
        assertThat(id).startsWith("Sambungan ke server basis data terputus (" + address + ")")
                .contains("tidak tersimpan sama sekali").doesNotContain("tidak terduga").doesNotContain("FATAL");
        assertThat(UserMessages.describe(I18n.bundle(java.util.Locale.ENGLISH), wrapped))
                .contains("The connection to the database server was lost").contains("Nothing of this action was saved");
        DatabaseOpenException disabled = new DatabaseOpenException(Problem.SERVER_LOGIN_DISABLED, address, "switched off", null);
        assertThat(UserMessages.describe(I18n.bundle(java.util.Locale.forLanguageTag("id")), new RuntimeException(disabled)))
                .contains("Login ini telah dinonaktifkan");
    }
}
