package dev.consolidator.command;

import dev.consolidator.plan.PlanProblem;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;

import java.util.List;

/**
 * The dry run of a plan in Markdown, which reads well both in a terminal and in a GitHub comment: per phase the
 * steps, files moved / changed / deleted, import rewrites, problems and warnings.
 */
public final class DryRunReport {
    /** How many files or problems to list per section before saying "and N more". */
    private static final int LIST_LIMIT = 50;

    private DryRunReport() {
    }

    public static String invalidPlan(List<PlanProblem> problems) {
        StringBuilder sb = new StringBuilder("The plan is invalid (").append(Plural.of(problems.size(), "problem"))
                .append("):\n\n");
        problems.forEach(p -> sb.append("- `").append(p.location()).append("`: ").append(p.message()).append('\n'));
        return sb.toString();
    }

    /** "3 type mappings, 1 import rewrite, 0 references rewritten", as the PR, the reply and the CLI say it. */
    public static String rewrites(int typeMappings, int importRewrites, int referencesRewritten) {
        return Plural.of(typeMappings, "type mapping") + ", " + Plural.of(importRewrites, "import rewrite") + ", "
                + Plural.of(referencesRewritten, "reference") + " rewritten";
    }

    public static String render(List<PhaseResult> results, int phasesInPlan) {
        StringBuilder sb = new StringBuilder();
        for (PhaseResult r : results) {
            phase(sb, r);
        }
        if (results.size() < phasesInPlan && !results.isEmpty() && results.get(results.size() - 1).hasProblems()) {
            sb.append("_The phases after `").append(results.get(results.size() - 1).phase().id())
                    .append("` were not dry-run: they build on it._\n");
        }
        return sb.toString();
    }

    private static void phase(StringBuilder sb, PhaseResult r) {
        sb.append("### Phase `").append(r.phase().id()).append("`: ").append(r.phase().title())
                .append(r.hasProblems() ? " — problems" : r.alreadyApplied() ? " — already applied" : "").append("\n\n");
        for (StepResult s : r.steps()) {
            sb.append(s.index() + 1).append(". ").append(s.summary()).append('\n');
            files(sb, "moved", s.changes().mappings().stream().filter(m -> m.newPath() != null && !m.newPath().equals(m.originalPath()))
                    .map(m -> m.originalPath() + " → " + m.newPath()).distinct().toList());
            files(sb, "changed", List.copyOf(s.changes().modified().keySet()));
            files(sb, "deleted", s.changes().deleted().stream().filter(p -> !movedAway(s.changes(), p)).toList());
            files(sb, "added", s.changes().added().keySet().stream().filter(p -> !movedTo(s.changes(), p)).toList());
        }
        sb.append("\nJava files ").append(r.metrics().javaFilesBefore()).append(" → ").append(r.metrics().javaFilesAfter())
                .append(", lines ").append(r.metrics().javaLinesBefore()).append(" → ").append(r.metrics().javaLinesAfter())
                .append("; ").append(Plural.of(r.importChanges().size(), "import rewrite")).append(", ")
                .append(Plural.of(r.metrics().referencesRewritten(), "reference")).append(" rewritten.\n");
        list(sb, "Problems", r.problems().stream().map(Problem::toString).toList());
        list(sb, "Warnings", r.warnings().stream().map(Warning::toString).toList());
        sb.append('\n');
    }

    private static boolean movedAway(ChangeSet c, String path) {
        return c.mappings().stream().anyMatch(m -> path.equals(m.originalPath()) && m.newPath() != null
                && m.kind() == TypeMapping.Kind.ONE_TO_ONE);
    }

    private static boolean movedTo(ChangeSet c, String path) {
        return c.mappings().stream().anyMatch(m -> path.equals(m.newPath()) && m.kind() == TypeMapping.Kind.ONE_TO_ONE);
    }

    private static void files(StringBuilder sb, String what, List<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        sb.append("   - ").append(what).append(" (").append(paths.size()).append("): ");
        List<String> shown = paths.subList(0, Math.min(paths.size(), LIST_LIMIT));
        sb.append(String.join(", ", shown.stream().map(p -> "`" + p + "`").toList()));
        if (paths.size() > shown.size()) {
            sb.append(" and ").append(paths.size() - shown.size()).append(" more");
        }
        sb.append('\n');
    }

    private static void list(StringBuilder sb, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append(" (").append(items.size()).append("):\n");
        items.stream().limit(LIST_LIMIT).forEach(i -> sb.append("- ").append(i).append('\n'));
        if (items.size() > LIST_LIMIT) {
            sb.append("- … and ").append(items.size() - LIST_LIMIT).append(" more\n");
        }
    }
}
