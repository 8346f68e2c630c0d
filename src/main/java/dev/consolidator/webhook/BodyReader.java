package dev.consolidator.webhook;

import dev.consolidator.text.Plural;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a request body with a deadline for the whole body (not per read: a client sending one byte every two
 * seconds never trips an idle timeout) and a bound on how many bodies are read at once, so slow clients can neither
 * hold a thread for long nor take the threads that health checks and the API need.
 */
public final class BodyReader implements AutoCloseable {
    /** The body could not be read: the status to answer (if the client still listens) and why. */
    public static final class Unreadable extends Exception {
        private final HttpStatus status;
        private final boolean clientGone;

        Unreadable(HttpStatus status, String reason, boolean clientGone) {
            super(reason, null, false, false); // an expected outcome: no stack trace to fill or log
            this.status = status;
            this.clientGone = clientGone;
        }

        public HttpStatus status() {
            return status;
        }

        /** true: the connection is closed, no answer will arrive. */
        public boolean clientGone() {
            return clientGone;
        }
    }

    private final long maxBytes;
    private final Duration deadline;
    private final Semaphore readers;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "body-read-deadline");
        t.setDaemon(true);
        return t;
    });

    public BodyReader(long maxBytes, Duration deadline, int concurrentReads) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.readers = new Semaphore(Math.max(1, concurrentReads));
    }

    public byte[] read(Context ctx) throws Unreadable {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw new Unreadable(HttpStatus.CONTENT_TOO_LARGE, "body larger than " + Plural.of(maxBytes, "byte"), false);
        }
        if (!readers.tryAcquire()) {
            throw new Unreadable(HttpStatus.SERVICE_UNAVAILABLE, "too many request bodies being received at once, try again", false);
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            expired.set(true);
            abort(ctx);
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(8192, Math.min(declared, 1 << 20)));
            byte[] buffer = new byte[16384];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new Unreadable(HttpStatus.CONTENT_TOO_LARGE, "body larger than " + Plural.of(maxBytes, "byte"), false);
                }
                out.write(buffer, 0, n);
            }
            if (expired.get()) {
                throw timedOut();
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (expired.get()) {
                throw timedOut();
            }
            throw new Unreadable(HttpStatus.BAD_REQUEST, "client closed the connection before the body ended ("
                    + e.getClass().getSimpleName() + ")", true);
        } finally {
            watchdog.cancel(false);
            readers.release();
        }
    }

    private Unreadable timedOut() {
        return new Unreadable(HttpStatus.REQUEST_TIMEOUT, "body not received within " + deadline, true);
    }

    // Closing the connection wakes the thread blocked in read(); the client gets no answer, as it stopped sending.
    private static void abort(Context ctx) {
        try {
            ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
            request.getConnectionMetaData().getConnection().getEndPoint()
                    .close(new TimeoutException("request body deadline passed"));
        } catch (RuntimeException e) {
            // already completed or closed: nothing to wake
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
