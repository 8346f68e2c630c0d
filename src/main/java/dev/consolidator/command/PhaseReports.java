package dev.consolidator.command;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.engine.PhaseResult;

import java.util.List;

/** Turns an engine result into the report people read, in the PR body, the CLI and replies. */
public final class PhaseReports {
    private PhaseReports() {
    }

    public static PhaseReport of(PhaseResult r, String backupBranch, String backupCommit) {
        List<String> compatibility = r.warnings().stream().filter(PhaseReports::isCompatibilityNote).map(Warning::toString).toList();
        List<String> warnings = r.warnings().stream().filter(w -> !isCompatibilityNote(w)).map(Warning::toString).toList();
        List<String> forwarding = r.steps().stream()
                .filter(s -> compatibilityOf(s.step()))
                .map(s -> "`" + s.step().describe() + "` leaves deprecated forwarding types at the old locations where Java allows it")
                .toList();
        return new PhaseReport(r.phase().id(), r.phase().title(), r.phase().description(),
                r.steps().stream().map(s -> s.summary()).toList(), r.mappings(), r.importChanges(),
                r.metrics().javaFilesBefore(), r.metrics().javaFilesAfter(), r.metrics().javaLinesBefore(),
                r.metrics().javaLinesAfter(), r.metrics().referencesRewritten(),
                java.util.stream.Stream.concat(forwarding.stream(), compatibility.stream()).toList(), warnings,
                backupBranch, backupCommit, exportFiles(r));
    }

    /** The plan's export files whose text the phase changes (none when it is already applied). */
    public static List<String> exportFiles(PhaseResult r) {
        return r.phase().exports().files().paths().stream()
                .filter(p -> !java.util.Objects.equals(r.before().text(p), r.after().text(p))).toList();
    }

    private static boolean compatibilityOf(Step step) {
        return (step instanceof Step.Move m && m.compatibility() == dev.consolidator.plan.Compatibility.FORWARDING)
                || (step instanceof Step.MovePackage p && p.compatibility() == dev.consolidator.plan.Compatibility.FORWARDING);
    }

    private static boolean isCompatibilityNote(Warning w) {
        String m = w.message().toLowerCase(java.util.Locale.ROOT);
        return m.contains("forward");
    }
}
