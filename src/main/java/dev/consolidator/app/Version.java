package dev.consolidator.app;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code --version}: the Maven project version, written into a resource at build time. */
final class Version implements CommandLine.IVersionProvider {
    static final String RESOURCE = "/dev/consolidator/app/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"consolidator " + number(), "Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")"};
    }

    static String number() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown (built without " + RESOURCE + ")";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
