package dev.consolidator.app;

import dev.consolidator.command.PhaseCommits;
import dev.consolidator.git.CheckoutBranch;
import dev.consolidator.git.CloneForVerify;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.transform.engine.PhaseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code plan --verify}: the dry-run phases written, one after the other, into a temporary clone of the checkout,
 * with the user's command run after each; the first failure stops there. The user's working tree is never touched
 * and the clone is deleted afterwards.
 */
final class PlanVerification {
    /** How the command ended after one phase. */
    record Verdict(String phase, boolean passed, int exitCode, List<String> lastLines) {
    }

    private PlanVerification() {
    }

    static List<Verdict> run(LocalRepository repository, String headCommit, List<PhaseResult> results, String command)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("consolidator-verify-");
        List<Verdict> verdicts = new ArrayList<>();
        try (LocalRepository copy = CloneForVerify.into(repository, directory)) {
            String head = headCommit;
            for (PhaseResult result : results) {
                if (!result.alreadyApplied()) {
                    String branch = "consolidation/" + result.phase().id();
                    head = PhaseCommits.write(copy, result, head, branch, ApplyCommand.BOT).head();
                    if (CheckoutBranch.run(copy, branch) instanceof CheckoutBranch.Result.Conflict c) {
                        throw new IllegalStateException("cannot check out " + branch + " in " + directory + ": " + c.paths());
                    }
                }
                VerifyRun.Outcome outcome = VerifyRun.run(command, directory);
                verdicts.add(new Verdict(result.phase().id(), outcome.passed(), outcome.exitCode(), outcome.lastLines()));
                if (!outcome.passed()) break;
            }
        } finally {
            deleteRecursively(directory);
        }
        return verdicts;
    }

    static String render(List<Verdict> verdicts, String command) {
        StringBuilder out = new StringBuilder();
        for (Verdict v : verdicts) {
            if (v.passed()) {
                out.append("verify after phase ").append(v.phase()).append(": `").append(command).append("` passed\n");
            } else {
                out.append(VerifyRun.failure(v.phase(), new VerifyRun.Outcome(command, v.exitCode(), v.lastLines())));
            }
        }
        return out.toString();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
