package dev.consolidator.store;

import java.util.List;

/**
 * Everything an apply produced, recorded in one transaction: the phase's branches and commits, its size figures,
 * the commit of each step, the backup with its manifest, the file mappings and the import changes, and what code
 * downstream must change ({@code exported}, null when not recorded).
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
                           List<ImportRow> importChanges,
                           Exported exported) {
    public AppliedPhase {
        steps = List.copyOf(steps);
        mappings = List.copyOf(mappings);
        importChanges = List.copyOf(importChanges);
    }

    /** An applied phase without its exported mappings. */
    public AppliedPhase(String repository, String phaseId, int planIndex, String title, PhaseState state,
                        String baseBranch, String phaseBranch, String backupBranch, String baseCommit, String headCommit,
                        Integer prNumber, int filesBefore, int filesAfter, int linesBefore, int linesAfter,
                        int referencesRewritten, List<StepRow> steps, Backup backup, List<MappingRow> mappings,
                        List<ImportRow> importChanges) {
        this(repository, phaseId, planIndex, title, state, baseBranch, phaseBranch, backupBranch, baseCommit,
                headCommit, prNumber, filesBefore, filesAfter, linesBefore, linesAfter, referencesRewritten, steps,
                backup, mappings, importChanges, null);
    }

    /** The phase's title when it ran, and the names code downstream must change, in step order. */
    public record Exported(String title, List<ExportRow> rows) {
        public Exported {
            rows = List.copyOf(rows);
        }
    }

    /** {@code kind}: type, nested, members or delete; binary names; {@code methods} renamed by a members merge. */
    public record ExportRow(String kind, String oldName, String newName, java.util.Map<String, String> methods) {
        public ExportRow {
            methods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methods));
        }
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
