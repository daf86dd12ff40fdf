package id.payung.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Marks a Payung file as {@link OfflineCopy} marks the copy it writes of a server, for tests without a server. */
public final class OfflineCopyMarks {
    /** "Salinan luring dari server kantor.local/payung (login siti, 07/12/2026 05:12)…" */
    public static final String SERVER = "kantor.local/payung";
    public static final String LOGIN = "siti";
    public static final String WRITTEN = "2026-12-07T05:12:31";

    private OfflineCopyMarks() {
    }

    /** Marks {@code file} (closed) as the offline copy of {@link #SERVER}, read as {@link #LOGIN} at {@link #WRITTEN}. */
    public static void mark(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (String[] kv : new String[][] {{OfflineCopy.MARK_SERVER, SERVER}, {OfflineCopy.MARK_LOGIN, LOGIN},
                {OfflineCopy.MARK_WRITTEN, WRITTEN}}) {
                ps.setString(1, kv[0]);
                ps.setString(2, kv[1]);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
