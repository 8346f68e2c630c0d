package dev.consolidator.command;

import dev.consolidator.github.CheckAnnotation;
import dev.consolidator.text.Plural;

import java.util.List;

/** The problems of a failed check, as a PR comment: where a commit status (token mode) cannot carry annotations. */
final class ProblemsComment {
    private ProblemsComment() {
    }

    static String render(String phaseId, String headSha, List<CheckAnnotation> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append("### `").append(CheckRuns.NAME).append("` failed on ").append(headSha, 0, Math.min(12, headSha.length()))
                .append(": phase `").append(phaseId).append("` has ").append(Plural.of(problems.size(), "problem")).append("\n\n");
        for (CheckAnnotation a : problems) {
            sb.append("- `").append(a.path()).append(':').append(a.startLine()).append("` ")
                    .append(a.title() == null ? "" : "**" + a.title() + "**: ").append(a.message().replace('\n', ' ')).append('\n');
        }
        sb.append("\nPush a fix to the branch: the check runs again on the new head.\n");
        return sb.toString();
    }
}
