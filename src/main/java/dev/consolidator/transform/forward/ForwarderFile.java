package dev.consolidator.transform.forward;

/** A forwarder a phase left: the deprecated type at {@code oldType}, alone in {@code path}, standing for {@code newType}. */
public record ForwarderFile(String oldType, String path, String newType) {
}
