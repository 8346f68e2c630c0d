package dev.consolidator.app;

import dev.consolidator.transform.engine.PhaseEngine;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * One line of progress on standard error, rewritten in place, for runs long enough to wonder about (a plan over
 * thousands of files). Only when standard error is this process's own and it runs in a terminal: never in a pipe, a
 * redirect, a test or a captured stream, where the output must stay what the command prints.
 */
final class TerminalProgress implements AutoCloseable {
    private static final int WIDTH = 100;
    private final PrintStream err;
    private final String command;
    private final long start = System.nanoTime();
    private int shown;

    private TerminalProgress(PrintStream err, String command) {
        this.err = err;
        this.command = command;
    }

    static TerminalProgress of(PrintStream err, String command) {
        return new TerminalProgress(err == System.err && System.console() != null ? err : null, command);
    }

    boolean enabled() {
        return err != null;
    }

    void show(String what) {
        if (err == null) {
            return;
        }
        String line = command + " [" + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + " s] " + what;
        if (line.length() > WIDTH) {
            line = line.substring(0, WIDTH - 3) + "...";
        }
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }

    /** Shows each step as it starts: "phase 2/3 identity, step 1/2: merge ...". */
    PhaseEngine.StepListener steps(int phases) {
        int[] phaseNumber = {0};
        String[] current = {null};
        return (phase, step) -> {
            if (!phase.id().equals(current[0])) {
                current[0] = phase.id();
                phaseNumber[0]++;
            }
            show("phase " + phaseNumber[0] + "/" + phases + " " + phase.id() + ", step " + (step + 1) + "/"
                    + phase.steps().size() + ": " + phase.steps().get(step).describe());
        };
    }

    /** Clears the line, so what the command prints next starts on a clean line. */
    @Override
    public void close() {
        if (err != null && shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
        }
    }
}
