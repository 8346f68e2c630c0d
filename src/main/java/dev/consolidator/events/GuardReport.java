package dev.consolidator.events;

import dev.consolidator.command.CommentCommands;
import dev.consolidator.github.CheckAnnotation;
import dev.consolidator.github.CheckRunRequest;
import dev.consolidator.github.CheckRunResult;
import dev.consolidator.github.CommitStatus;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.GuardMode;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.guard.GuardFinding;

import java.util.List;

/**
 * Reports the guard's findings: a completed {@code consolidation/guard} check run with one annotation per use, or in
 * token mode (no checks API) a commit status of that name linking to a comment that lists them.
 */
final class GuardReport {
    static final String NAME = "consolidation/guard";

    private final GitHubClient gh;
    private final RepoRef repo;

    GuardReport(GitHubClient gh, RepoRef repo) {
        this.gh = gh;
        this.repo = repo;
    }

    void report(int prNumber, String headSha, GuardMode mode, List<GuardFinding> findings) {
        long blocking = findings.stream().filter(GuardFinding::blocking).count();
        long notices = findings.size() - blocking;
        String title = blocking == 0 ? "No new use of a retired name" + (notices == 0 ? "" : " (" + Plural.of(notices, "notice") + ")")
                : Plural.of(blocking, "new use") + " of retired names" + (mode == GuardMode.WARN ? " (warning only)" : "");
        if (gh.reportsCheckRuns()) {
            CheckRunResult result = new CheckRunResult(blocking == 0 ? CheckRunResult.Conclusion.SUCCESS
                    : mode == GuardMode.WARN ? CheckRunResult.Conclusion.NEUTRAL : CheckRunResult.Conclusion.FAILURE,
                    title, summary(blocking, notices, mode), null, findings.stream().map(GuardReport::annotation).toList());
            gh.createCompletedCheckRun(repo, new CheckRunRequest(NAME, headSha, null, "guard:" + prNumber), result);
            return;
        }
        String link = findings.isEmpty() ? null : gh.commentOnce(repo, prNumber, CommentCommands.marker("guard:" + headSha),
                comment(headSha, findings, mode)).htmlUrl();
        // a commit status has no neutral state: a warning is a success whose description says what was found
        gh.setCommitStatus(repo, headSha, new CommitStatus(blocking > 0 && mode == GuardMode.FAIL
                ? CommitStatus.State.FAILURE : CommitStatus.State.SUCCESS, NAME,
                title + (findings.isEmpty() ? "" : ", listed in a comment"), link));
    }

    private static CheckAnnotation annotation(GuardFinding f) {
        return new CheckAnnotation(f.path(), f.line(), f.line(), f.blocking() ? CheckAnnotation.Level.FAILURE
                : CheckAnnotation.Level.NOTICE, f.message(), f.blocking() ? "Retired name" : "Name being retired");
    }

    private static String summary(long blocking, long notices, GuardMode mode) {
        return "Lines this pull request adds or changes were checked for names that merged consolidation phases"
                + " retired (imports, qualified and simple names, module-info.java, META-INF/services).\n\n"
                + "- Uses of retired names: " + blocking + (blocking > 0 && mode == GuardMode.WARN
                ? " (the plan sets `guard: warn`, so they do not fail this check)" : "") + "\n"
                + "- Uses of names an open phase is retiring (notices): " + notices + "\n";
    }

    private static String comment(String headSha, List<GuardFinding> findings, GuardMode mode) {
        StringBuilder sb = new StringBuilder("### `" + NAME + "` on " + headSha.substring(0, Math.min(12, headSha.length()))
                + ": " + Plural.of(findings.size(), "use") + " of retired names\n\n");
        for (GuardFinding f : findings) {
            sb.append("- `").append(f.path()).append(':').append(f.line()).append("` ")
                    .append(f.blocking() ? "" : "(notice) ").append(f.message()).append('\n');
        }
        sb.append(mode == GuardMode.WARN ? "\nThe plan sets `guard: warn`: these do not fail the check.\n"
                : "\nUse the new names: the check runs again on the next push.\n");
        return sb.toString();
    }
}
