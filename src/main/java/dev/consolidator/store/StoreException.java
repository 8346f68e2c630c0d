package dev.consolidator.store;

/** The database failed us: an infrastructure failure, not an expected outcome. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
