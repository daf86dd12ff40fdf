package id.payung.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What marks a Payung file as a clerk's offline copy of a server (Cadangan's "Simpan salinan luring…", {@code payung
 * backup} on a server): which server and database it was read from, with which login, and when. Written into the
 * copy's settings ({@code meta}) as it is made; a file so marked opens for reading only, since nothing written in it
 * would ever reach the server. A restore into a working file ({@code payung restore --from COPY}) removes the mark.
 *
 * @param server  the server and database, as {@code HOST[:PORT]/DATABASE} (no login, no password)
 * @param login   the login the copy was read with
 * @param written when the copy was written (the server PC's local time)
 */
public record OfflineCopyMark(String server, String login, LocalDateTime written) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The server as the mark names it: "HOST[:PORT]/DATABASE" of {@code address}. */
    public static String serverOf(ServerAddress address) {
        String h = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        return h + (address.port() == ServerAddress.DEFAULT_PORT ? "" : ":" + address.port()) + "/" + address.database();
    }

    /** "07/12/2026 05:12": the moment as the office writes it; "?" when the mark holds none. */
    public String writtenShown() {
        return written == null ? "?" : SHOWN.format(written);
    }
}
