package dev.consolidator.app;

import dev.consolidator.command.DryRunReport;
import dev.consolidator.command.PhaseReports;
import dev.consolidator.plan.PlanProblem;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.engine.Metrics;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;

import java.util.List;

/**
 * The dry run for a terminal: per phase its steps, figures, problems and warnings, in plain lines (no Markdown).
 * {@code --format markdown} gives what the pull request shows ({@link DryRunReport}), with
 * every file listed.
 */
final class PlainDryRun {
    /** Problems and warnings listed per phase before "and N more". */
    private static final int LIST_LIMIT = 20;

    private PlainDryRun() {
    }

    static String invalidPlan(List<PlanProblem> problems) {
        StringBuilder sb = new StringBuilder("The plan is invalid (").append(Plural.of(problems.size(), "problem"))
                .append("):\n");
        problems.forEach(p -> sb.append("  ").append(p.location()).append(": ").append(p.message()).append('\n'));
        return sb.toString();
    }

    static String render(List<PhaseResult> results, int phasesInPlan) {
        StringBuilder sb = new StringBuilder();
        results.forEach(r -> phase(sb, r));
        long withProblems = results.stream().filter(PhaseResult::hasProblems).count();
        if (results.isEmpty()) {
            return sb.toString();
        }
        PhaseResult last = results.get(results.size() - 1);
        if (results.size() < phasesInPlan && last.hasProblems()) {
            sb.append("The phases after ").append(last.phase().id()).append(" were not dry-run: they build on it.\n");
        }
        if (withProblems == 0) {
            sb.append(results.size() == 1 ? "The phase is sound" : "All " + results.size() + " phases are sound")
                    .append("; nothing was written. --format markdown lists every file.\n");
        } else {
            sb.append(withProblems == 1 ? "1 phase has" : withProblems + " phases have")
                    .append(" problems; nothing was written.\n");
        }
        return sb.toString();
    }

    private static void phase(StringBuilder sb, PhaseResult r) {
        sb.append("Phase ").append(r.phase().id()).append(": ").append(r.phase().title())
                .append(r.hasProblems() ? " [problems]" : r.alreadyApplied() ? " [already applied]" : "").append('\n');
        for (StepResult s : r.steps()) {
            sb.append("  ").append(s.index() + 1).append(". ").append(s.summary()).append('\n');
        }
        if (!r.hasProblems()) { // a refused phase writes nothing: its problems are the story
            sb.append("  ").append(figures(r)).append('\n');
            List<String> exports = PhaseReports.exportFiles(r);
            if (!exports.isEmpty()) {
                sb.append("  Export files updated: ").append(String.join(", ", exports)).append('\n');
            }
        }
        list(sb, "Problems", r.problems().stream().map(Object::toString).toList());
        list(sb, "Warnings", r.warnings().stream().map(Object::toString).toList());
        sb.append('\n');
    }

    /** "Java files 12 -> 11, lines 900 -> 880; 1 type mapping, 2 import rewrites, 3 references rewritten". */
    static String figures(PhaseResult r) {
        Metrics m = r.metrics();
        return "Java files " + m.javaFilesBefore() + " -> " + m.javaFilesAfter() + ", lines " + m.javaLinesBefore()
                + " -> " + m.javaLinesAfter() + "; "
                + DryRunReport.rewrites(r.mappings().size(), r.importChanges().size(), m.referencesRewritten());
    }

    private static void list(StringBuilder sb, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("  ").append(title).append(" (").append(items.size()).append("):\n");
        items.stream().limit(LIST_LIMIT).forEach(i -> sb.append("    ").append(i).append('\n'));
        if (items.size() > LIST_LIMIT) {
            sb.append("    ... and ").append(items.size() - LIST_LIMIT).append(" more (--format json lists them all)\n");
        }
    }
}
