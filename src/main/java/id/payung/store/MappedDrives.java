package id.payung.store;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Windows drive letters mapped to a network share ({@code Z:} → {@code \\kantor\data}). Java cannot tell: the
 * file store of a mapped drive reports the remote volume's own type (often "NTFS"), and its real path keeps
 * the letter. Windows' own {@code net use} lists the mappings of this logon: lines of status, local name,
 * remote name and network, e.g. {@code OK  Z:  \\kantor\data  Microsoft Windows Network} (the status and the
 * headings are in the system's language; the letter and the {@code \\} are not).
 */
final class MappedDrives {
    private static final Map<Character, Boolean> SEEN = new ConcurrentHashMap<>();

    private MappedDrives() {
    }

    /** True when {@code dir} is on a drive letter that {@code net use} lists as mapped to a share (Windows only). */
    static boolean isMapped(Path dir) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return false;
        }
        Optional<Character> letter = letter(dir.toAbsolutePath().toString());
        String system = System.getenv("SystemDrive");
        if (letter.isEmpty() || (system != null && system.equalsIgnoreCase(letter.get() + ":"))) {
            return false; // the system drive is this PC's own disk
        }
        return SEEN.computeIfAbsent(letter.get(), l -> mapped(netUse(), l));
    }

    /** The drive letter of a path written {@code X:\…}, upper case. */
    static Optional<Character> letter(String path) {
        if (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
            return Optional.of(Character.toUpperCase(path.charAt(0)));
        }
        return Optional.empty();
    }

    /** True when {@code net use}'s listing maps {@code letter} to a {@code \\host\share}. */
    static boolean mapped(String listing, char letter) {
        String drive = Character.toUpperCase(letter) + ":";
        for (String line : listing.split("\\R")) {
            String[] words = line.trim().split("\\s+");
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].equalsIgnoreCase(drive) && words[i + 1].startsWith("\\\\")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The output of {@code net use}, or "" when it cannot be had within 5 seconds. */
    private static String netUse() {
        try {
            Process p = new ProcessBuilder("net", "use").redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.SECONDS)) { // a listing is a few lines: it fits the pipe while we wait
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), Charset.defaultCharset());
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
