package org.ionhop;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The ionhop version, recorded in every output so that a result can be traced to the code that made it. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    /** The version string, e.g. "0.1.0". */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
