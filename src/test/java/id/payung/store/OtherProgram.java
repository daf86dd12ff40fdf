package id.payung.store;

import java.nio.file.Path;

/**
 * Child process for {@link LostLocksTest}: another Payung (a command) opening the database, writing one row and
 * closing it — the last user as far as it can tell, it folds the WAL into the file and deletes it.
 */
public final class OtherProgram {
    private OtherProgram() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]), false)) {
            db.write(tx -> tx.update("INSERT INTO meta (key, value) VALUES (?, 'x')", args[1]));
            System.out.println("WROTE " + args[1]);
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e);
        }
    }
}
