package dev.consolidator.bench;

import dev.consolidator.events.GuardJudge;
import dev.consolidator.git.CloneOrFetch;
import dev.consolidator.transform.guard.RetiredName;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the {@code consolidation/guard} check's work for one pull request event (run by bench/guard.sh): the bot's
 * clone of a 10,000-file repository exists already (as it does after the phases were applied), a contributor's PR
 * changes 500 files and exists only as {@code refs/pull/<n>/head}; the timed part is what the job does, without
 * GitHub: incremental fetch of the branches, fetch of the PR head, plan and paths of the default branch, diff against
 * the merge base, reading the changed files and finding the uses of retired names. Each run judges a new PR head, so
 * its objects really travel. The first run warms the JIT up.
 */
public final class GuardBenchmark {
    private static final int CHANGED_FILES = 500;

    private GuardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path remote = Path.of(args[0]).toAbsolutePath(); // a bare repository the benchmark may push refs into
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path tmp = Files.createTempDirectory("guard-bench");
        String url = remote.toUri().toString();
        Path work = tmp.resolve("contributor");
        List<String> shas = new ArrayList<>();
        List<RetiredName> names;
        try (Git git = Git.cloneRepository().setURI(url).setBranch("main").setDirectory(work.toFile()).call()) {
            names = retiredNames(work);
            List<Path> javaFiles;
            try (Stream<Path> all = Files.walk(work.resolve(SyntheticRepo.SOURCE_ROOT))) {
                javaFiles = all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            int step = Math.max(1, javaFiles.size() / CHANGED_FILES);
            for (int pr = 1; pr <= runs + 1; pr++) {
                git.checkout().setName("main").call();
                git.checkout().setCreateBranch(true).setName("pr-" + pr).call();
                var add = git.add(); // one index update for all 500 files
                for (int i = 0; i < CHANGED_FILES && i * step < javaFiles.size(); i++) {
                    Path file = javaFiles.get(i * step);
                    String text = Files.readString(file);
                    int end = text.lastIndexOf('}');
                    // one changed file in five uses a retired name, the others add harmless code
                    String line = i % 5 == 0 ? "    " + names.get(i % names.size()).oldType() + " guardBench" + pr + ";\n"
                            : "    int guardBench" + pr + " = " + i + ";\n";
                    Files.writeString(file, text.substring(0, end) + line + text.substring(end));
                    add.addFilepattern(work.relativize(file).toString().replace('\\', '/'));
                }
                add.call();
                shas.add(git.commit().setMessage("PR " + pr).setAuthor("bench", "bench@example.com")
                        .setCommitter("bench", "bench@example.com").call().name());
                git.push().setRefSpecs(new RefSpec("HEAD:refs/pull/" + pr + "/head")).call();
            }
        }
        Path clone = tmp.resolve("bot-clone.git");
        CloneOrFetch.run(url, clone, null, true); // the bot's clone, made when the phases were applied
        long best = Long.MAX_VALUE;
        long[] times = new long[runs];
        GuardJudge.Judgement judged = null;
        for (int pr = 1; pr <= runs + 1; pr++) {
            long start = System.nanoTime();
            judged = GuardJudge.judge(clone, url, null, true, pr, shas.get(pr - 1), paths -> names).orElseThrow();
            long took = System.nanoTime() - start;
            if (pr > 1) {
                times[pr - 2] = took;
                best = Math.min(best, took);
            }
        }
        long files = countFiles(work);
        deleteTree(tmp);
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "guard on a PR changing %d files in a %d-file repository: %.0f ms median, %.0f ms best"
                        + " (%d runs), %d findings, %d retired names%n", judged.filesJudged(), files,
                times[runs / 2] / 1e6, best / 1e6, runs, judged.findings().size(), names.size());
    }

    private static List<RetiredName> retiredNames(Path work) throws Exception {
        Path dir = work.resolve(SyntheticRepo.SOURCE_ROOT).resolve(SyntheticRepo.MOVED_FROM.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted()
                    .map(n -> n.substring(0, n.length() - 5))
                    .map(simple -> new RetiredName(SyntheticRepo.MOVED_FROM + "." + simple, SyntheticRepo.MOVED_TO + "." + simple,
                            "move-shared", 1, true, false)).toList();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long countFiles(Path work) throws Exception {
        try (Stream<Path> all = Files.walk(work)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.startsWith(work.resolve(".git"))).count();
        }
    }
}
