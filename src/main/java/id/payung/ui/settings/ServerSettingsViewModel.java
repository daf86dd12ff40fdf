package id.payung.ui.settings;

import id.payung.domain.ServerAddress;
import id.payung.service.ServerPassword;
import id.payung.ui.BackgroundTask;
import id.payung.ui.DatabasePreference;
import id.payung.ui.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Pengaturan → Basis data server: the PostgreSQL server this PC's window opens at its next start, kept in the
 * user's preferences of this PC ({@link DatabasePreference}), never in the database and never with a password.
 * The address is checked as the command line checks it ({@link ServerAddress}: a password in it is refused);
 * "Coba sambungan" logs in once in the background with the password typed for the try (not kept), else the one
 * PostgreSQL's programs would use ({@link ServerPassword}). "Pakai berkas lokal" goes back to this PC's file.
 */
public final class ServerSettingsViewModel {
    /** Logs in to {@code address} and closes again (throws the reason when it cannot). Runs off the FX thread. */
    public interface Check {
        void open(ServerAddress address, char[] password);
    }

    /** What the last action came to: a sentence of the bundle ({@code key}, {@code args}), or a failure to describe. */
    public record Outcome(String key, List<String> args, Throwable failure, boolean problem) {
        static Outcome done(String key, String... args) {
            return new Outcome(key, List.of(args), null, false);
        }

        static Outcome refused(String key, List<String> args) {
            return new Outcome(key, args, null, true);
        }

        static Outcome failed(Throwable failure) {
            return new Outcome(null, List.of(), failure, true);
        }
    }

    private final DatabasePreference preference;
    private final ServerAddress openNow;
    private final TaskExecutor tasks;
    private final Check check;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty testing = new SimpleBooleanProperty(false);

    /**
     * @param openNow the server the window has open now, or null for a file
     */
    public ServerSettingsViewModel(DatabasePreference preference, ServerAddress openNow, TaskExecutor tasks, Check check) {
        this.preference = preference;
        this.openNow = openNow;
        this.tasks = tasks;
        this.check = check;
        Optional<ServerAddress> kept = preference.server();
        saved.set(kept.map(ServerAddress::toString).orElse(""));
        address.set(kept.or(() -> Optional.ofNullable(openNow)).map(ServerAddress::toString).orElse(""));
    }

    /** The address as typed. */
    public StringProperty addressProperty() {
        return address;
    }

    /** A password typed for "Coba sambungan" only; cleared after the try, never saved. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** The server this PC opens at start ("" for the local file). */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The server the window has open now, or null. */
    public ServerAddress openNow() {
        return openNow;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while "Coba sambungan" runs. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }

    /** Logs in once with the address typed, in the background; the outcome says whether it worked and why not. */
    public void test() {
        Optional<ServerAddress> a = read();
        char[] typed = password.get() == null || password.get().isEmpty() ? null : password.get().toCharArray();
        password.set("");
        if (a.isEmpty()) {
            return;
        }
        ServerAddress server = a.get();
        testing.set(true);
        outcome.set(null);
        BackgroundTask.wrap(() -> {
            char[] secret = typed;
            if (secret == null) {
                String stored = ServerPassword.find(server).password();
                secret = stored == null ? null : stored.toCharArray();
            }
            try {
                check.open(server, secret);
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
            return server;
        }).onOwnThread() // a server that does not answer keeps the try waiting (up to 10 s), never the window's work
                .onSuccess(ok -> outcome.set(Outcome.done("pgui.server.testOk", ok.host(), ok.database(), ok.user())))
                .onFailure(e -> outcome.set(Outcome.failed(e)))
                .onFinished(() -> testing.set(false))
                .executeWith(tasks);
    }

    /** Saves the address typed as the server this PC opens at its next start; refused with a sentence when wrong. */
    public void save() {
        read().ifPresent(a -> {
            preference.useServer(a);
            saved.set(a.toString());
            outcome.set(Outcome.done("pgui.server.saved", a.toString()));
        });
    }

    /** The next start opens this PC's database file again. */
    public void useLocalFile() {
        preference.useLocalFile();
        saved.set("");
        outcome.set(Outcome.done("pgui.server.localSaved"));
    }

    /** The address typed, or empty with the refusal as the outcome. */
    private Optional<ServerAddress> read() {
        String text = address.get() == null ? "" : address.get().strip();
        if (text.isEmpty()) {
            outcome.set(Outcome.refused("pgui.server.empty", List.of()));
            return Optional.empty();
        }
        try {
            ServerAddress a = ServerAddress.parse(ServerAddress.isAddress(text) ? text : "postgresql://" + text);
            return Optional.of(a);
        } catch (ServerAddress.Refused r) {
            outcome.set(Outcome.refused(r.key(), r.args()));
            return Optional.empty();
        }
    }
}
