package id.payung.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The build's version, from the filtered {@code payung-version.properties}. */
public final class Version implements IVersionProvider {

    /** The version string, e.g. "0.1.0-SNAPSHOT", or "unknown" outside a build. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/payung-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Payung " + current()};
    }
}
