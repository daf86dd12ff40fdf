package id.payung.store;

import java.nio.file.Path;

/** Child process for {@link ReadOnlyFolderTest}: opens a database as a user who cannot write its folder. */
public final class ReadOnlyChild {
    private ReadOnlyChild() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]), false)) {
            long people = db.read(tx -> tx.scalar("SELECT count(*) FROM person"));
            System.out.println("OPEN readOnly=" + db.isReadOnly() + " people=" + people);
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e);
        }
    }
}
