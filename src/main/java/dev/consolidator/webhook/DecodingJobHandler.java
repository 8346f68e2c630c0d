package dev.consolidator.webhook;

import dev.consolidator.store.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/** The default handler until commands exist: decodes the job's event into our records and hands it on. */
public final class DecodingJobHandler implements JobHandler {
    private static final Logger log = LoggerFactory.getLogger(DecodingJobHandler.class);

    private final Consumer<GitHubEvent> next;

    public DecodingJobHandler(Consumer<GitHubEvent> next) {
        this.next = next;
    }

    /** Decodes and logs, nothing more. */
    public DecodingJobHandler() {
        this(event -> log.debug("decoded {}", event));
    }

    @Override
    public void handle(Job job) {
        GitHubEvent event = EventDecoder.decode(job.event(), job.payload());
        next.accept(event);
        log.info("job {} delivery={} event={} decoded as {}", job.id(), job.deliveryId(), job.event(), event.getClass().getSimpleName());
    }
}
