package id.payung.ui;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.ServerAddress;
import id.payung.service.ServerPassword;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window's start on a PostgreSQL server: connects with the password PostgreSQL's own programs would use
 * ({@link ServerPassword}: {@code PGPASSWORD}, the password file), and when there is none or the server refuses
 * it, asks for it in a masked field with the address shown. A wrong password is said in a sentence and asked
 * again; an unreachable server is said so, with "try again" and "quit". Each attempt runs on a thread of its
 * own, never on the window's. The password typed is handed to the opener and then wiped; it is never stored.
 *
 * @param <T> what the opener gives (the services over the server database)
 */
public final class ServerLoginDialog<T> {
    private static final Logger LOG = id.payung.service.LogFile.logger("server-login");
    /** Opens the database with a password (null: none is sent); runs off the FX thread. */
    public interface Opener<T> {
        T open(char[] password);
    }

    private final ResourceBundle bundle;
    private final ServerAddress address;
    private final Supplier<ServerPassword.Lookup> passwords;
    private final Opener<T> opener;
    private final Consumer<T> opened;
    private final Runnable quit;
    private final Stage stage = new Stage();
    private final Label message = new Label();
    private final PasswordField password = new PasswordField();
    private final HBox passwordRow;
    private final Button connect = new Button();
    private final Button quitButton;
    private final ProgressIndicator busy = new ProgressIndicator(-1);
    /** What the last attempt sent: none yet, the stored password, nothing, or the typed one. */
    private enum Sent { STORED, NONE, TYPED }
    private ServerPassword.Lookup lookup;
    private boolean finished;

    /**
     * @param passwords where a stored password is looked up ({@code () -> ServerPassword.find(address)})
     * @param opened    given the opened database, on the FX thread (show the main window there first: this
     *                  dialog closes after it, so the application never runs out of windows)
     * @param quit      the user gave up (Keluar, or closed the dialog)
     */
    public ServerLoginDialog(ResourceBundle bundle, ServerAddress address, Supplier<ServerPassword.Lookup> passwords,
                             Opener<T> opener, Consumer<T> opened, Runnable quit) {
        this(bundle, address, passwords, opener, opened, quit, null);
    }

    /**
     * @param localFile when not null, a "Pakai berkas lokal" button: this PC goes back to its own database file
     *                  (for a server saved in Pengaturan; called on the FX thread, it must show a window)
     */
    public ServerLoginDialog(ResourceBundle bundle, ServerAddress address, Supplier<ServerPassword.Lookup> passwords,
                             Opener<T> opener, Consumer<T> opened, Runnable quit, Runnable localFile) {
        this.bundle = bundle;
        this.address = address;
        this.passwords = passwords;
        this.opener = opener;
        this.opened = opened;
        this.quit = quit;
        Label heading = new Label(bundle.getString("pgui.login.heading"));
        heading.getStyleClass().add("section-title");
        Label where = new Label(MessageFormat.format(bundle.getString("pgui.login.address"), address.host(),
                String.valueOf(address.port()), address.database(), address.user()));
        where.setId("loginAddress");
        where.setWrapText(true);
        message.setId("loginMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        password.setId("loginPassword");
        password.setPrefColumnCount(24);
        Label passwordLabel = new Label(bundle.getString("pgui.login.password"));
        passwordLabel.setLabelFor(password);
        passwordRow = new HBox(8, passwordLabel, password);
        passwordRow.setAlignment(Pos.CENTER_LEFT);
        show(passwordRow, false);
        busy.setPrefSize(18, 18);
        busy.setId("loginBusy");
        connect.setId("loginConnect");
        connect.setDefaultButton(true);
        connect.getStyleClass().add("accent");
        connect.setOnAction(e -> attempt(password.getText().isEmpty() && !passwordRow.isVisible() ? null : Sent.TYPED));
        quitButton = new Button(bundle.getString("pgui.login.quit"));
        quitButton.setId("loginQuit");
        quitButton.setCancelButton(true);
        quitButton.setOnAction(e -> giveUp());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, busy, gap, connect, quitButton);
        if (localFile != null) {
            // The server came from this PC's saved choice: a clerk whose server is down can still work in the file.
            Button local = new Button(bundle.getString("pgui.server.useFile"));
            local.setId("loginUseFile");
            local.setOnAction(e -> {
                if (!finished) {
                    finished = true;
                    password.clear();
                    localFile.run(); // shows the main window on the file before this one closes
                    stage.close();
                }
            });
            buttons.getChildren().add(2, local);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, heading, where, message, passwordRow, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(520);
        root.setId("serverLogin");
        Scene scene = new Scene(root);
        var css = ServerLoginDialog.class.getResource("/theme/payung.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.setTitle("Payung — " + bundle.getString("pgui.login.heading"));
        stage.setOnCloseRequest(e -> {
            e.consume();
            giveUp();
        });
    }

    /** Shows the dialog and connects at once with the stored password, if any (the dialog says it is connecting). */
    public void show() {
        stage.show();
        attempt(Sent.STORED);
    }

    /** The dialog's window (tests look into it). */
    public Stage stage() {
        return stage;
    }

    /** One attempt on a thread of its own; {@code how} null: the first, stored-or-none, again. */
    private void attempt(Sent how) {
        Sent sending = how == null ? Sent.STORED : how;
        char[] typed = sending == Sent.TYPED ? password.getText().toCharArray() : null;
        password.clear();
        connecting(true);
        message.setText(MessageFormat.format(bundle.getString("pgui.login.connecting"), address.host(), address.database()));
        Thread thread = new Thread(() -> {
            Sent sent = sending;
            char[] secret = typed;
            try {
                if (sent == Sent.STORED) {
                    lookup = passwords.get();
                    secret = lookup.password() == null ? null : lookup.password().toCharArray();
                    sent = secret == null ? Sent.NONE : Sent.STORED;
                }
                T result = opener.open(secret);
                Sent what = sent;
                Platform.runLater(() -> succeeded(result, what));
            } catch (Throwable e) {
                // Whatever stops the attempt is said in the dialog, which then offers to try again or quit: not
                // only a refusal but an Error (a driver missing from a broken install: NoClassDefFoundError) or a
                // checked exception thrown past the signature, which used to leave it spinning with Connect off.
                if (!(e instanceof RuntimeException)) {
                    LOG.log(Level.SEVERE, "connecting to " + address + " failed", e);
                }
                Sent what = sent;
                Platform.runLater(() -> failed(e, what));
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, "payung-server-login");
        thread.setDaemon(true);
        thread.start();
    }

    private void succeeded(T result, Sent sent) {
        if (finished) {
            closeQuietly(result); // the user quit meanwhile
            return;
        }
        finished = true;
        try {
            opened.accept(result); // the main window first: closing this one must not leave the application windowless
        } catch (RuntimeException | Error e) {
            // The main window could not be shown: this dialog stays, says so, and may still try again or quit
            // (finished, it would have ignored both, and its own close box too).
            LOG.log(Level.SEVERE, "the window on " + address + " could not be shown", e);
            closeQuietly(result);
            finished = false;
            failed(e, sent);
            return;
        }
        stage.close();
    }

    private static void closeQuietly(Object result) {
        if (result instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a connection nobody will use
            }
        }
    }

    private void failed(Throwable e, Sent sent) {
        if (finished) {
            return;
        }
        connecting(false);
        DatabaseOpenException.Problem problem = e instanceof DatabaseOpenException d ? d.problem() : null;
        String text;
        if (asksPassword(problem)) {
            text = switch (sent) {
                case NONE -> MessageFormat.format(bundle.getString("pgui.login.ask"), address.user(), address.host());
                case STORED -> MessageFormat.format(bundle.getString("pgui.login.storedRefused"), address.user(),
                        lookup.source() == ServerPassword.Source.ENVIRONMENT ? "PGPASSWORD" : String.valueOf(lookup.file()));
                case TYPED -> MessageFormat.format(bundle.getString("pgui.login.wrong"), address.user(), address.host());
            };
            if (lookup != null && lookup.ignored() != ServerPassword.Ignored.NONE) {
                text = text + " " + MessageFormat.format(bundle.getString(lookup.ignored().key()), String.valueOf(lookup.file()));
            }
            show(passwordRow, true);
            connect.setText(bundle.getString("pgui.login.connect"));
            stage.sizeToScene();
            password.requestFocus();
        } else if (problem == DatabaseOpenException.Problem.SERVER_UNREACHABLE) {
            text = MessageFormat.format(bundle.getString("pgui.login.unreachable"), address.host(),
                    String.valueOf(address.port()), address.database());
            connect.setText(bundle.getString("pgui.login.retry"));
        } else {
            text = UserMessages.describe(bundle, e);
            connect.setText(bundle.getString("pgui.login.retry"));
        }
        message.setText(text);
        // The first ask is no mistake of the clerk's: said plainly; a refusal is said as an error.
        boolean firstAsk = asksPassword(problem) && sent == Sent.NONE;
        message.getStyleClass().setAll("label", firstAsk ? "form-info" : "form-error");
        stage.sizeToScene();
    }

    /** A refusal a password may mend: a wrong one, or none found (not a login switched off, not a server away). */
    private static boolean asksPassword(DatabaseOpenException.Problem problem) {
        return problem == DatabaseOpenException.Problem.SERVER_LOGIN
                || problem == DatabaseOpenException.Problem.SERVER_NO_PASSWORD;
    }

    private void connecting(boolean now) {
        busy.setVisible(now);
        connect.setDisable(now);
        password.setDisable(now);
        message.getStyleClass().setAll("label", "form-info");
        if (connect.getText().isEmpty()) {
            connect.setText(bundle.getString("pgui.login.connect"));
        }
    }

    private void giveUp() {
        if (finished) {
            return;
        }
        finished = true;
        password.clear();
        stage.close();
        quit.run();
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
