package dev.consolidator.app;

import dev.consolidator.text.Plural;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The user's {@code --verify "COMMAND"}, run with {@code sh -c} in a working tree after a phase is applied there.
 * Output (standard error folded in) is read as it comes and only its last lines are kept, each cut at a sane width,
 * so a chatty build never fills memory; standard input is closed at once.
 */
final class VerifyRun {
    static final int LAST_LINES = 30;
    private static final int MAX_LINE = 2000;

    /** The command's exit code and the last lines it printed. */
    record Outcome(String command, int exitCode, List<String> lastLines) {
        boolean passed() {
            return exitCode == 0;
        }
    }

    private VerifyRun() {
    }

    static Outcome run(String command, Path workTree) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).directory(workTree.toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        Deque<String> last = new ArrayDeque<>();
        try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        keep(last, line);
                    } else if (c != '\r' && line.length() < MAX_LINE) {
                        line.append(c);
                    }
                }
            }
            if (line.length() > 0) keep(last, line);
        }
        return new Outcome(command, process.waitFor(), List.copyOf(last));
    }

    private static void keep(Deque<String> last, StringBuilder line) {
        last.addLast(line.toString());
        line.setLength(0);
        if (last.size() > LAST_LINES) last.removeFirst();
    }

    /** The lines a user reads when the command failed after a phase. */
    static String failure(String phaseId, Outcome outcome) {
        StringBuilder out = new StringBuilder("verify failed after phase " + phaseId + ": `" + outcome.command()
                + "` exited with code " + outcome.exitCode() + "; its last " + Plural.of(outcome.lastLines().size(), "line") + ":\n");
        outcome.lastLines().forEach(l -> out.append("  | ").append(l).append('\n'));
        return out.toString();
    }
}
