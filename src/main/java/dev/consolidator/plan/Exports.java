package dev.consolidator.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan's {@code exports:} files, kept in the repository and updated by every phase PR: {@code openrewrite} the
 * declarative OpenRewrite recipe of every phase so far (under {@code src/main/resources/META-INF/rewrite/} a library's
 * jar carries it), {@code guide} the Markdown migration guide. Each is a repository-relative path, or null when absent.
 */
public record Exports(String openrewrite, String guide) {
    public static final Exports NONE = new Exports(null, null);

    public Optional<String> recipeFile() {
        return Optional.ofNullable(openrewrite);
    }

    public Optional<String> guideFile() {
        return Optional.ofNullable(guide);
    }

    public boolean isEmpty() {
        return openrewrite == null && guide == null;
    }

    /** The files named, recipe first. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        recipeFile().ifPresent(paths::add);
        guideFile().ifPresent(paths::add);
        return paths;
    }

    /** Why a path cannot be an export file (outside the repository, in {@code .git}, the plan, a Java source), or empty. */
    static Optional<String> whyInvalid(String path) {
        if (path.isBlank()) return Optional.of("is empty");
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*") || path.startsWith("~")) {
            return Optional.of("is absolute; write it relative to the repository root, e.g. `MIGRATION.md`");
        }
        if (path.contains("\\")) return Optional.of("contains `\\`; separate directories with `/`");
        if (path.contains("*") || path.contains("?")) return Optional.of("is a glob; name one file");
        String[] parts = path.split("/", -1);
        for (String part : parts) {
            if (part.equals("..")) return Optional.of("contains `..`, which leads outside the repository");
            if (part.isEmpty() || part.equals(".")) {
                return Optional.of("has an empty or `.` directory name (`//`, `./` or a trailing `/`); name one file");
            }
        }
        for (String part : parts) { // a submodule's `.git` too; case-insensitive file systems see `.GIT` as `.git`
            if (part.toLowerCase(Locale.ROOT).equals(".git")) {
                return Optional.of("is inside `.git`, which holds git's own data, not files of the repository");
            }
        }
        if (path.equals(".github/consolidation.yml")) return Optional.of("is the plan itself");
        if (path.toLowerCase(Locale.ROOT).endsWith(".java")) {
            return Optional.of("is a Java source file; the export is YAML or Markdown");
        }
        return Optional.empty();
    }
}
