package dev.consolidator.webhook;

import dev.consolidator.queue.JobHandler;

/** Acts on one decoded event; throwing makes the job retry (see {@link JobHandler}). */
@FunctionalInterface
public interface EventHandler {
    void handle(GitHubEvent event) throws Exception;

    /** Runs this handler, then {@code next}. */
    default EventHandler andThen(EventHandler next) {
        return event -> {
            handle(event);
            next.handle(event);
        };
    }
}
