package dev.consolidator.github;

/** One problem shown at a file and line range of a check run. {@code title} may be null. */
public record CheckAnnotation(String path, int startLine, int endLine, Level level, String message, String title) {
    public enum Level { NOTICE, WARNING, FAILURE }

    public CheckAnnotation {
        // GitHub rejects a whole request (422) for one annotation with line 0 or an inverted range
        startLine = Math.max(1, startLine);
        endLine = Math.max(startLine, endLine);
    }
}
