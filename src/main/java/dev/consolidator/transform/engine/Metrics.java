package dev.consolidator.transform.engine;

import dev.consolidator.transform.SourceTree;

/** Size of the Java code before and after a phase, and how many references it rewrote. */
public record Metrics(int javaFilesBefore, int javaFilesAfter, long javaLinesBefore, long javaLinesAfter,
                      int referencesRewritten) {

    static Metrics of(SourceTree before, SourceTree after, int references) {
        return new Metrics(javaFiles(before), javaFiles(after), javaLines(before), javaLines(after), references);
    }

    private static int javaFiles(SourceTree tree) {
        return (int) tree.paths().stream().filter(p -> p.endsWith(".java")).count();
    }

    private static long javaLines(SourceTree tree) {
        long lines = 0;
        for (var e : tree.files().entrySet()) {
            if (!e.getKey().endsWith(".java")) continue;
            String text = e.getValue();
            if (text.isEmpty()) continue;
            lines += text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
        }
        return lines;
    }
}
