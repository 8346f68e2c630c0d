package dev.consolidator.app;

/** A setting is missing or malformed; the message is one line meant for the operator. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
