package dev.consolidator.store;

/** An embedded H2 file that another process holds open: H2 allows one process per file. */
public final class DatabaseInUseException extends StoreException {
    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
