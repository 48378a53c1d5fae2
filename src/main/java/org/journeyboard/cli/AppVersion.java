package org.journeyboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version shown by {@code --version}, from the build's version.properties. */
public final class AppVersion implements CommandLine.IVersionProvider {

    /** The version of this build, e.g. "0.1.0-SNAPSHOT", or "dev" when run from an unfiltered build. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/journeyboard/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Journeyboard " + current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
