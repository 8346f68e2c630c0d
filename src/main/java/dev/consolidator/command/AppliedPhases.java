package dev.consolidator.command;

import dev.consolidator.transform.export.PhaseMappings;
import dev.consolidator.git.FileDigest;
import dev.consolidator.plan.Step;
import dev.consolidator.store.AppliedPhase;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the database keeps of an applied phase, built from the engine's result and the commits written. */
public final class AppliedPhases {
    private AppliedPhases() {
    }

    public record Branches(String base, String phase, String backup) {
        public static Branches of(String baseBranch, String phaseId) {
            return new Branches(baseBranch, "consolidation/" + phaseId, "consolidation/backup/" + phaseId);
        }
    }

    public static AppliedPhase of(String repository, int planIndex, PhaseResult r, PhaseState state, Branches branches,
                                  String baseCommit, PhaseCommits.Written written, Integer prNumber, List<FileDigest> manifest) {
        List<AppliedPhase.StepRow> steps = new ArrayList<>();
        List<AppliedPhase.MappingRow> mappings = new ArrayList<>();
        for (StepResult s : r.steps()) {
            steps.add(new AppliedPhase.StepRow(s.index(), kind(s.step()), s.summary(), written.stepCommits().get(s.index()),
                    s.alreadyApplied()));
            for (TypeMapping m : s.changes().mappings()) {
                mappings.add(new AppliedPhase.MappingRow(s.index(), m.kind().name().toLowerCase(Locale.ROOT),
                        m.originalType(), m.originalPath(), m.newType(), m.newPath()));
            }
        }
        return new AppliedPhase(repository, r.phase().id(), planIndex, r.phase().title(), state, branches.base(),
                branches.phase(), branches.backup(), baseCommit, written.head(), prNumber,
                r.metrics().javaFilesBefore(), r.metrics().javaFilesAfter(), (int) r.metrics().javaLinesBefore(),
                (int) r.metrics().javaLinesAfter(), r.metrics().referencesRewritten(), steps,
                new AppliedPhase.Backup(branches.backup(), baseCommit,
                        manifest.stream().map(d -> new AppliedPhase.ManifestEntry(d.path(), d.sha256())).toList()),
                mappings,
                r.importChanges().stream().map(i -> new AppliedPhase.ImportRow(i.file(), i.oldImport(), i.newImport())).toList(),
                exported(r));
    }

    /** The type mappings recorded for an applied phase (what {@link #of} keeps), as the engine's values. */
    public static List<TypeMapping> mappings(PhaseDetails details, PhaseRecord phase) {
        return details.mappings(phase.rowId()).stream()
                .map(m -> new TypeMapping(TypeMapping.Kind.valueOf(m.kind().toUpperCase(Locale.ROOT)), m.originalType(),
                        m.originalPath(), m.newType(), m.newPath())).toList();
    }

    /** What code downstream must change, as this run did it: what {@code export} shows for the phase once applied. */
    static AppliedPhase.Exported exported(PhaseResult r) {
        PhaseMappings run = PhaseMappings.ofRun(r.phase(), r.steps().stream()
                .map(s -> new PhaseMappings.StepRun(s.step(), s.changes().mappings())).toList());
        return new AppliedPhase.Exported(run.title(), run.mappings().stream()
                .map(m -> new AppliedPhase.ExportRow(m.kind(), m.oldName(), m.newName(), m.methods())).toList());
    }

    public static String kind(Step step) {
        if (step instanceof Step.Move) {
            return "move";
        }
        if (step instanceof Step.MovePackage) {
            return "movePackage";
        }
        if (step instanceof Step.RemoveForwarders) {
            return "removeForwarders";
        }
        return step instanceof Step.Merge ? "merge" : "delete";
    }
}
