package dev.consolidator.transform.source;

import java.util.Map;
import java.util.Optional;

/**
 * {@code META-INF/services} files name types by binary name ({@code a.Outer$Inner}): in the file's name (the
 * service) and on its lines (the providers, with {@code #} comments).
 */
public final class ServiceFiles {
    private ServiceFiles() {
    }

    /** A service file's path and text after retargeting. */
    public record Rewrite(String path, String text) {
    }

    public static boolean isServiceFile(String path) {
        return path.contains("META-INF/services/");
    }

    /**
     * The file with every binary name in {@code binaryNames} (old to new, nested types of an old type included)
     * retargeted, in its name and its lines; empty when nothing changes.
     */
    public static Optional<Rewrite> retarget(String path, String text, Map<String, String> binaryNames) {
        int slash = path.lastIndexOf('/');
        String newPath = path.substring(0, slash + 1) + retargetName(path.substring(slash + 1), binaryNames);
        StringBuilder rewritten = new StringBuilder();
        for (String line : JavaText.lines(text)) {
            String name = providerOf(line);
            String retargeted = name.isEmpty() ? name : retargetName(name, binaryNames);
            rewritten.append(retargeted.equals(name) ? line : line.replace(name, retargeted));
        }
        return newPath.equals(path) && rewritten.toString().equals(text) ? Optional.empty()
                : Optional.of(new Rewrite(newPath, rewritten.toString()));
    }

    /** The provider a line names, without its comment and blanks ("" for none). */
    public static String providerOf(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }

    private static String retargetName(String name, Map<String, String> binaryNames) {
        for (Map.Entry<String, String> e : binaryNames.entrySet()) {
            String old = e.getKey();
            if (name.equals(old) || name.startsWith(old + "$")) {
                return e.getValue() + name.substring(old.length());
            }
        }
        return name;
    }
}
