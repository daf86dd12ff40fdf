package id.payung.service;

/** Who is doing something, for the audit log: the operating-system user. */
public final class Actor {
    private Actor() {
    }

    /** The current OS user name, or "unknown". */
    public static String current() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
