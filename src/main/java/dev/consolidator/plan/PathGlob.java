package dev.consolidator.plan;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository-relative glob: {@code *} and {@code ?} stay within one directory, {@code **} crosses directories and
 * {@code **}{@code /} also matches no directory at all, so {@code src/**}{@code /*.properties} takes
 * {@code src/a.properties} too. Globs that could reach outside the repository ({@code ..}, absolute) are refused.
 */
public record PathGlob(String glob, Pattern pattern) {
    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    /** The glob of a text that {@link #whyInvalid} accepts. */
    public static PathGlob parse(String glob) {
        return new PathGlob(glob, Pattern.compile(regex(glob)));
    }

    /** Why a glob cannot be used (empty, absolute, leading out of the repository), or empty when it can. */
    static Optional<String> whyInvalid(String glob) {
        if (glob.isBlank()) return Optional.of("is empty");
        if (glob.startsWith("/") || glob.startsWith("\\") || glob.matches("^[A-Za-z]:.*") || glob.startsWith("~")) {
            return Optional.of("is absolute; write it relative to the repository root, e.g. `src/main/resources/**/*.properties`");
        }
        if (glob.contains("\\")) return Optional.of("contains `\\`; separate directories with `/`");
        for (String part : glob.split("/", -1)) {
            if (part.equals("..")) return Optional.of("contains `..`, which leads outside the repository");
            if (part.isEmpty()) return Optional.of("has an empty directory name (`//` or a trailing `/`)");
        }
        return Optional.empty();
    }

    private static String regex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                out.append("(?:[^/]*/)*");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                out.append(".*");
                i += 1;
            } else if (c == '*') {
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
