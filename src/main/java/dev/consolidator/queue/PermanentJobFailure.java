package dev.consolidator.queue;

/**
 * A job that can never succeed, whatever the number of tries (a payload missing a field the bot needs, a value that
 * does not fit its column): the worker marks it failed at once with this reason instead of retrying it with backoff.
 */
public class PermanentJobFailure extends RuntimeException {
    public PermanentJobFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Whether trying again cannot help: this type anywhere in the cause chain, or an SQL data error (class 22). */
    public static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PermanentJobFailure) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true; // data exception (value too long, bad number): the same row fails the same way every time
            }
        }
        return false;
    }
}
