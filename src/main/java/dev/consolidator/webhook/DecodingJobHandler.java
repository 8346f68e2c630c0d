package dev.consolidator.webhook;

import dev.consolidator.queue.JobHandler;
import dev.consolidator.queue.PermanentJobFailure;
import dev.consolidator.store.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decodes a job's payload into our event records and hands the event to an {@link EventHandler}. */
public final class DecodingJobHandler implements JobHandler {
    private static final Logger log = LoggerFactory.getLogger(DecodingJobHandler.class);

    private final EventHandler next;

    public DecodingJobHandler(EventHandler next) {
        this.next = next;
    }

    /** Decodes and logs, nothing more. */
    public DecodingJobHandler() {
        this(event -> log.debug("decoded {}", event));
    }

    @Override
    public void handle(Job job) throws Exception {
        GitHubEvent event;
        try {
            event = EventDecoder.decode(job.event(), job.payload());
        } catch (IllegalArgumentException e) { // the stored payload will never decode differently
            throw new PermanentJobFailure("cannot be handled: " + e.getMessage(), e);
        }
        next.handle(event);
        log.debug("job {} delivery={} event={} handled as {}", job.id(), job.deliveryId(), job.event(), event.getClass().getSimpleName());
    }
}
