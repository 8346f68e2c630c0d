package dev.consolidator.command;

import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.TypeMapping;

import java.util.List;

/** What a person reviewing a phase needs to know, independent of how it is shown (PR body, CLI, reply). */
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
                          String backupCommit) {
    public PhaseReport {
        steps = List.copyOf(steps);
        mappings = List.copyOf(mappings);
        importChanges = List.copyOf(importChanges);
        compatibilityNotes = List.copyOf(compatibilityNotes);
        warnings = List.copyOf(warnings);
    }
}
