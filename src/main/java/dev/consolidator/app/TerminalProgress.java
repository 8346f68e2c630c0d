package dev.consolidator.app;

import dev.consolidator.transform.engine.PhaseEngine;

import java.io.PrintStream;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.TimeUnit;

/**
 * One line of progress on standard error, rewritten in place (and its clock every second, so a long step shows it is
 * alive), for runs long enough to wonder about: a plan over thousands of files. Only when standard error is this
 * process's own and it runs in a terminal: never in a pipe, a redirect, a test or a captured stream, where the
 * output must stay what the command prints.
 */
final class TerminalProgress implements AutoCloseable {
    private static final int WIDTH = 100;
    private final PrintStream err;
    private final String command;
    private final long start = System.nanoTime();
    private final Timer clock;
    private String what = "";
    private int shown;

    private TerminalProgress(PrintStream err, String command) {
        this.err = err;
        this.command = command;
        this.clock = err == null ? null : new Timer("progress", true);
        if (clock != null) {
            clock.schedule(new TimerTask() {
                @Override
                public void run() {
                    redraw();
                }
            }, 1000, 1000);
        }
    }

    static TerminalProgress of(PrintStream err, String command) {
        return new TerminalProgress(err == System.err && System.console() != null ? err : null, command);
    }

    /** Progress on {@code err} whatever it is (a test's captured stream). */
    static TerminalProgress always(PrintStream err, String command) {
        return new TerminalProgress(err, command);
    }

    synchronized void show(String what) {
        this.what = what;
        redraw();
    }

    private synchronized void redraw() {
        if (err == null || what.isEmpty()) {
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

    /** Stops the clock and clears the line, so what the command prints next starts on a clean line. */
    @Override
    public synchronized void close() {
        if (clock != null) {
            clock.cancel();
        }
        if (err != null && shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
        }
        what = "";
    }
}
