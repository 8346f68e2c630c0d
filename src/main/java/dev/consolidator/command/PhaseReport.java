package dev.consolidator.command;

import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.TypeMapping;

import java.util.List;

/**
 * What a person reviewing a phase needs to know, independent of how it is shown (PR body, CLI, reply).
 * {@code exportFiles}: the plan's {@code exports:} files the phase updates.
 */
public record PhaseReport(String phaseId,
                          String title,
                          String description,
                          List<String> steps,
                          List<TypeMapping> mappings,
                          List<ImportChange> importChanges,
                          int javaFilesBefore,
                          int javaFilesAfter,
                          long javaLinesBefore,
                          long javaLinesAfter,
                          int referencesRewritten,
                          List<String> compatibilityNotes,
                          List<String> warnings,
                          String backupBranch,
                          String backupCommit,
                          List<String> exportFiles) {
    public PhaseReport {
        exportFiles = List.copyOf(exportFiles);
        steps = List.copyOf(steps);
        mappings = List.copyOf(mappings);
        importChanges = List.copyOf(importChanges);
        compatibilityNotes = List.copyOf(compatibilityNotes);
        warnings = List.copyOf(warnings);
    }

    /** A report of a phase that updates none of the plan's export files. */
    public PhaseReport(String phaseId, String title, String description, List<String> steps, List<TypeMapping> mappings,
                       List<ImportChange> importChanges, int javaFilesBefore, int javaFilesAfter, long javaLinesBefore,
                       long javaLinesAfter, int referencesRewritten, List<String> compatibilityNotes,
                       List<String> warnings, String backupBranch, String backupCommit) {
        this(phaseId, title, description, steps, mappings, importChanges, javaFilesBefore, javaFilesAfter,
                javaLinesBefore, javaLinesAfter, referencesRewritten, compatibilityNotes, warnings, backupBranch,
                backupCommit, List.of());
    }
}
