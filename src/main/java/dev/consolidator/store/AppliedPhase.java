package dev.consolidator.store;

import java.util.List;

/**
 * Everything an apply produced, recorded in one transaction: the phase's branches and commits, its size figures,
 * the commit of each step, the backup with its manifest, the file mappings and the import changes.
 */
public record AppliedPhase(String repository,
                           String phaseId,
                           int planIndex,
                           String title,
                           PhaseState state,
                           String baseBranch,
                           String phaseBranch,
                           String backupBranch,
                           String baseCommit,
                           String headCommit,
                           Integer prNumber,
                           int filesBefore,
                           int filesAfter,
                           int linesBefore,
                           int linesAfter,
                           int referencesRewritten,
                           List<StepRow> steps,
                           Backup backup,
                           List<MappingRow> mappings,
                           List<ImportRow> importChanges) {
    public AppliedPhase {
        steps = List.copyOf(steps);
        mappings = List.copyOf(mappings);
        importChanges = List.copyOf(importChanges);
    }

    public record StepRow(int index, String kind, String summary, String commitSha, boolean alreadyApplied) {
    }

    public record Backup(String branch, String commitSha, List<ManifestEntry> manifest) {
        public Backup {
            manifest = List.copyOf(manifest);
        }
    }

    public record ManifestEntry(String path, String sha256) {
    }

    public record MappingRow(int stepIndex, String kind, String originalType, String originalPath, String newType, String newPath) {
    }

    public record ImportRow(String file, String oldImport, String newImport) {
    }
}
