package dev.consolidator.queue;

import dev.consolidator.store.Job;

/**
 * Does the work of one job. Returning marks it done; throwing schedules a retry with backoff (or marks it failed
 * after the last attempt, keeping the error); throwing {@link PermanentJobFailure} (or an SQL data error) marks it
 * failed at once. Must tolerate being run again for the same job: delivery is
 * at-least-once (a job interrupted by shutdown or a crash runs again). Should stop promptly when interrupted.
 */
@FunctionalInterface
public interface JobHandler {
    void handle(Job job) throws Exception;
}
