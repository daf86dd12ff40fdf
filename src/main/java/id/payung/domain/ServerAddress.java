package id.payung.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database named the way libpq names one: {@code postgresql://USER@HOST[:PORT]/DB} (also
 * {@code postgres://}, and {@code ?sslmode=…}). Each clerk logs in as their own database user, so the user is
 * required; a password in the address is refused, because Payung never keeps a password in plain text (it
 * comes from {@code PGPASSWORD} or the password file, see {@code service.ServerPassword}).
 *
 * @param port     5432 unless the address names another
 * @param sslMode  libpq's sslmode, or null when the address names none (the driver's default)
 */
public record ServerAddress(String user, String host, int port, String database, String sslMode) {
    /** PostgreSQL's port when none is named. */
    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /** A scheme ("postgresql:", "https:"): two letters or more, so a Windows drive ("C:\…") is not one. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+)://(.*)$", Pattern.DOTALL);
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$");

    /** True when {@code text} is written as an address ({@code scheme://…}) rather than a file name. */
    public static boolean isAddress(String text) {
        return text != null && SCHEME.matcher(text.strip()).matches();
    }

    /**
     * Reads a PostgreSQL address.
     *
     * @throws Refused with the reason (a bundle key under {@code server.}) when it is not one Payung can use
     */
    public static ServerAddress parse(String text) {
        Matcher m = SCHEME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new Refused("server.problem.notAnAddress", text);
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new Refused("server.problem.scheme", m.group(1));
        }
        String rest = m.group(2);
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at);
        String hostPort = at < 0 ? authority : authority.substring(at + 1);
        if (userInfo.contains(":")) {
            throw new Refused("server.problem.password");
        }
        String sslMode = sslMode(query);
        String user = decode(userInfo);
        if (user.isBlank()) {
            throw new Refused("server.problem.noUser");
        }
        if (hostPort.contains(",")) {
            throw new Refused("server.problem.severalHosts", hostPort);
        }
        String host = hostPort;
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            port = port(hostPort.substring(colon + 1));
        }
        if (host.isEmpty()) {
            throw new Refused("server.problem.noHost");
        }
        if (!HOST.matcher(host).matches()) {
            throw new Refused("server.problem.host", host);
        }
        String database = decode(path);
        if (database.isBlank()) {
            throw new Refused("server.problem.noDatabase");
        }
        if (database.contains("/")) {
            throw new Refused("server.problem.database", database);
        }
        return new ServerAddress(user, host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, database, sslMode);
    }

    private static int port(String text) {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new Refused("server.problem.port", text);
        }
        return Integer.parseInt(text);
    }

    /** The only parameter taken: sslmode. A password there is refused like one before the "@". */
    private static String sslMode(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        String mode = null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (key.equals("password")) {
                throw new Refused("server.problem.password");
            }
            if (!key.equals("sslmode")) {
                throw new Refused("server.problem.parameter", key);
            }
            if (!SSL_MODES.contains(value)) {
                throw new Refused("server.problem.sslmode", value);
            }
            mode = value;
        }
        return mode;
    }

    /** Percent-decoding as in a URL; "+" stays "+" (libpq does not read it as a space). */
    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refused("server.problem.percent", s);
        }
    }

    /**
     * The host as the address writes it, with the port when it is not PostgreSQL's own ({@code localhost:5499}): two
     * servers on one host (a test one and the office's) must not look the same (trial 24b L7).
     */
    public String hostAndPort() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return h + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    /** The address as the user writes it (no password: there is none). */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + hostAndPort() + "/" + database
                + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    /**
     * A server database Payung cannot use, with the reason as a bundle key (prefix {@code server.}) and the
     * arguments of its sentence.
     */
    public static final class Refused extends RuntimeException {
        private final String key;
        private final List<String> args;

        public Refused(String key, String... args) {
            super(key + " " + String.join(" ", java.util.Arrays.stream(args).map(String::valueOf).toList()));
            this.key = key;
            this.args = java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList();
        }

        /** The bundle key of the sentence. */
        public String key() {
            return key;
        }

        /** The sentence's arguments ({0}, {1}, …). */
        public List<String> args() {
            return args;
        }
    }
}
