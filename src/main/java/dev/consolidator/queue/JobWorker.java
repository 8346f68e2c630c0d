package dev.consolidator.queue;

import dev.consolidator.store.Job;
import dev.consolidator.store.JobStore;
import dev.consolidator.store.RepoLock;
import dev.consolidator.text.Plural;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Claims jobs from the database on {@code threads} loops of the given executor and runs them through the handler.
 * The database is the queue, so queued jobs survive restarts; {@link #wake()} only shortens the wait.
 */
public final class JobWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    public record Settings(int threads, int maxAttempts, Duration backoff, Duration backoffMax, Duration lease,
                           Duration poll, Duration shutdownGrace) {
    }

    private final JobStore jobs;
    private final JobHandler handler;
    private final ExecutorService executor;
    private final Settings settings;
    private final String workerId = WorkerIds.newId();
    private final Map<Long, Job> inFlight = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile Instant nextLeaseCheck = Instant.MIN;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public JobWorker(JobStore jobs, JobHandler handler, ExecutorService executor, Settings settings) {
        this.jobs = jobs;
        this.handler = handler;
        this.executor = executor;
        this.settings = settings;
    }

    /** True between {@link #start()} and {@link #close()}: for /readyz. */
    public boolean isRunning() {
        return running;
    }

    /** Recovers jobs abandoned by dead workers, then starts claiming. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        recoverAbandoned();
        for (int i = 0; i < settings.threads(); i++) {
            executor.execute(this::loop);
        }
        long beat = heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        log.info("worker {} started with {}", workerId, Plural.of(settings.threads(), "thread"));
    }

    /** A job was just queued: let an idle thread look now rather than at its next poll. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /**
     * Stops claiming, lets running jobs finish within the grace period, then interrupts them and puts them back
     * in the queue. Returns when the loops are done or after one more second.
     */
    @Override
    public synchronized void close() {
        if (!running) {
            executor.shutdownNow();
            heartbeat.shutdownNow();
            return;
        }
        running = false;
        heartbeat.shutdownNow();
        wake();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                for (Job job : inFlight.values()) {
                    boolean released = jobs.release(job, workerId);
                    log.info("job {} delivery={} {} on shutdown", job.id(), job.deliveryId(), released ? "put back in the queue" : "already finished");
                }
                executor.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            log.error("could not put running jobs back in the queue: {}", e.getMessage());
        }
        log.info("worker {} stopped", workerId);
    }

    private void loop() {
        while (running) {
            try {
                Optional<Job> claimed = jobs.claimNext(workerId);
                if (claimed.isPresent()) {
                    run(claimed.get());
                } else {
                    checkLeases();
                    idle();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.error("worker {} cannot reach the job queue: {}", workerId, e.toString());
                try {
                    idle();
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void run(Job job) throws SQLException {
        inFlight.put(job.id(), job);
        long started = System.nanoTime();
        RepoLock.ownBy(workerId); // the repository locks this job takes go with our claim if we die
        MDC.put("job", String.valueOf(job.id())); // for a logging backend that prints the MDC on every line
        MDC.put("delivery", job.deliveryId());
        MDC.put("repository", job.repository() == null ? "" : job.repository());
        String outcome = "failed";
        try {
            handler.handle(job);
            jobs.markDone(job, workerId);
            outcome = "done";
            log.info("job {} delivery={} event={} done in {} ms (attempt {})", job.id(), job.deliveryId(), job.event(),
                    (System.nanoTime() - started) / 1_000_000, job.attempts());
        } catch (Exception | LinkageError | StackOverflowError e) { // a broken job must not kill the claim loop
            if (!running && (e instanceof InterruptedException || Thread.currentThread().isInterrupted())) {
                jobs.release(job, workerId); // stopped mid-job: not the job's fault, run it again after restart
                Thread.currentThread().interrupt();
                return;
            }
            fail(job, e);
        } finally {
            RepoLock.clearOwner();
            MDC.remove("job");
            MDC.remove("delivery");
            MDC.remove("repository");
            inFlight.remove(job.id());
            Metrics.timer("consolidator.job.duration", "event", job.event(), "outcome", outcome)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private void fail(Job job, Throwable e) throws SQLException {
        String error = e.getClass().getName() + ": " + e.getMessage();
        if (e instanceof RetryLaterException later) {
            // told to wait (rate limit): back in the queue until then, and the attempt does not count
            Duration delay = later.after().compareTo(settings.backoff()) > 0 ? later.after() : settings.backoff();
            jobs.postpone(job, workerId, error, jobs.now().plus(delay));
            log.warn("job {} delivery={} event={} postponed {} (not counted as an attempt): {}", job.id(), job.deliveryId(),
                    job.event(), delay, error);
            return;
        }
        if (PermanentJobFailure.isPermanent(e)) {
            jobs.markFailed(job, workerId, error);
            log.warn("job {} delivery={} event={} failed for good (permanent, not retried): {}", job.id(), job.deliveryId(),
                    job.event(), error);
            return;
        }
        if (job.attempts() >= settings.maxAttempts()) {
            jobs.markFailed(job, workerId, error);
            log.warn("job {} delivery={} event={} failed for good after {}: {}", job.id(), job.deliveryId(),
                    job.event(), Plural.of(job.attempts(), "attempt"), error);
        } else {
            Duration delay = backoff(job.attempts());
            jobs.scheduleRetry(job, workerId, error, jobs.now().plus(delay));
            log.warn("job {} delivery={} event={} attempt {} failed, retry in {}: {}", job.id(), job.deliveryId(),
                    job.event(), job.attempts(), delay, error);
        }
    }

    /**
     * Renews our claims and looks for abandoned jobs, whether or not our threads are busy: a replica killed in the
     * middle of a job (same host: its pid is gone; elsewhere: its claims stop being renewed) is taken over within a
     * beat or a lease, not at the next restart.
     */
    private void beat() {
        try {
            jobs.renewClaims(workerId);
        } catch (SQLException | RuntimeException e) {
            log.warn("worker {} could not renew its claims: {}", workerId, e.toString());
        }
        recoverAbandoned();
    }

    /** A third of the lease, at most 5 s (checking costs one small query). */
    Duration heartbeatInterval() {
        Duration third = settings.lease().dividedBy(3);
        Duration max = Duration.ofSeconds(5);
        return third.compareTo(max) > 0 ? max : third.isZero() ? Duration.ofMillis(100) : third;
    }

    /** backoff * 2^(attempts-1), capped at backoffMax. */
    Duration backoff(int attempts) {
        Duration delay = settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 30));
        return delay.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : delay;
    }

    private void idle() throws InterruptedException {
        synchronized (signal) {
            if (running) {
                signal.wait(Math.max(1, settings.poll().toMillis()));
            }
        }
    }

    private void checkLeases() {
        Instant now = jobs.now();
        if (now.isAfter(nextLeaseCheck)) {
            nextLeaseCheck = now.plus(settings.lease().dividedBy(4).plusSeconds(1));
            recoverAbandoned();
        }
    }

    /** Jobs left running by a process that is gone (same host, dead pid) or whose lease expired go back to the queue. */
    void recoverAbandoned() {
        try {
            Instant leaseLimit = jobs.now().minus(settings.lease());
            for (Job job : jobs.running()) {
                Optional<String> why = WorkerIds.abandonedReason(job, workerId, leaseLimit);
                if (why.isPresent() && jobs.requeueAbandoned(job, settings.maxAttempts(), why.get())) {
                    log.warn("job {} delivery={} recovered: {}", job.id(), job.deliveryId(), why.get());
                }
            }
        } catch (SQLException e) {
            log.error("could not recover abandoned jobs: {}", e.getMessage());
        }
    }
}
