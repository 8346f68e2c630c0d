package dev.consolidator.transform.source;

import dev.consolidator.transform.SourceTree;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java release a file is compiled at, so generated code uses nothing that release lacks. Read as text from the
 * build files of the tree (the engine is pure): the nearest {@code pom.xml} or {@code build.gradle(.kts)} above the
 * file that says it ({@code maven.compiler.release}/{@code source}, the compiler plugin's {@code <release>} or
 * {@code <source>}, Gradle's {@code sourceCompatibility}, toolchain or {@code options.release}); failing that, the
 * oldest release the tree's syntax allows.
 */
public final class LanguageLevel {
    private static final String VERSION = "\\s*(?:JavaVersion\\.VERSION_)?['\"]?(?:1[._])?(\\d+)";
    private static final List<Pattern> MAVEN = List.of(
            Pattern.compile("<maven\\.compiler\\.release>\\s*([^<]+?)\\s*</"),
            Pattern.compile("<release>\\s*([^<]+?)\\s*</release>"),
            Pattern.compile("<maven\\.compiler\\.source>\\s*([^<]+?)\\s*</"),
            Pattern.compile("<source>\\s*([^<]+?)\\s*</source>"));
    private static final List<Pattern> GRADLE = List.of(
            Pattern.compile("options\\.release(?:\\s*=|\\.set\\()\\s*(\\d+)"),
            Pattern.compile("JavaLanguageVersion\\.of\\(\\s*(\\d+)\\s*\\)"),
            Pattern.compile("sourceCompatibility\\s*=" + VERSION));
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([\\w.-]+)}");
    private static final Pattern NUMBER = Pattern.compile("^(?:1\\.)?(\\d+)");
    /** Syntax that needs a release, newest first. */
    private static final Map<Pattern, Integer> SYNTAX = new java.util.LinkedHashMap<>();

    static {
        SYNTAX.put(Pattern.compile("\\b(?:sealed|non-sealed)\\s+(?:abstract\\s+)?(?:class|interface)\\b|\\brecord\\s+\\w+\\s*(?:<[^>]*>\\s*)?\\("), 17);
        SYNTAX.put(Pattern.compile("\"\"\""), 15);
        SYNTAX.put(Pattern.compile("\\byield\\s+\\w|\\bcase\\s+[\\w.\", ]+->"), 14);
        SYNTAX.put(Pattern.compile("\\bvar\\s+\\w+\\s*[=:]"), 10);
    }

    private LanguageLevel() {
    }

    /** The release {@code path} is compiled at. */
    public static int of(SourceTree tree, String path) {
        String dir = path;
        while (true) {
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
            String prefix = dir.isEmpty() ? "" : dir + "/";
            Optional<Integer> found = maven(tree.text(prefix + "pom.xml"))
                    .or(() -> gradle(tree.text(prefix + "build.gradle")))
                    .or(() -> gradle(tree.text(prefix + "build.gradle.kts")));
            if (found.isPresent()) return found.get();
            if (dir.isEmpty()) return bySyntax(tree);
        }
    }

    static Optional<Integer> maven(String pom) {
        if (pom == null) return Optional.empty();
        for (Pattern p : MAVEN) {
            Matcher m = p.matcher(pom);
            while (m.find()) {
                Optional<Integer> level = number(resolve(m.group(1), pom));
                if (level.isPresent()) return level;
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> gradle(String build) {
        if (build == null) return Optional.empty();
        for (Pattern p : GRADLE) {
            Matcher m = p.matcher(build);
            if (m.find()) return Optional.of(Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }

    /** {@code ${java.version}} and the like, from the same pom's properties. */
    private static String resolve(String value, String pom) {
        Matcher ref = PROPERTY.matcher(value);
        if (!ref.matches()) return value;
        Matcher def = Pattern.compile("<" + Pattern.quote(ref.group(1)) + ">\\s*([^<$]+?)\\s*</").matcher(pom);
        return def.find() ? def.group(1) : value;
    }

    private static Optional<Integer> number(String value) {
        Matcher m = NUMBER.matcher(value);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The oldest release every Java file's syntax allows (8 at least; 9 with a module declaration). */
    static int bySyntax(SourceTree tree) {
        int level = 8;
        for (Map.Entry<String, String> file : tree.files().entrySet()) {
            if (!file.getKey().endsWith(".java")) continue;
            if (file.getKey().endsWith("module-info.java")) level = Math.max(level, 9);
            for (Map.Entry<Pattern, Integer> s : SYNTAX.entrySet()) {
                if (s.getValue() <= level) break;
                if (s.getKey().matcher(file.getValue()).find()) {
                    level = s.getValue();
                    break;
                }
            }
            if (level >= 17) return level;
        }
        return level;
    }
}
