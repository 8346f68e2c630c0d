package dev.consolidator.github;

import java.util.List;

/** The outcome that completes a check run. {@code text} may be null. */
public record CheckRunResult(Conclusion conclusion, String title, String summary, String text,
                             List<CheckAnnotation> annotations) {
    public enum Conclusion { SUCCESS, FAILURE, NEUTRAL, CANCELLED, SKIPPED, TIMED_OUT, ACTION_REQUIRED }

    public CheckRunResult {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
