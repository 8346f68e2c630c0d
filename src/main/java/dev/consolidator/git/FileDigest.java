package dev.consolidator.git;

/** One file of a commit as recorded in a backup manifest: its path, SHA-256 of its bytes (hex) and size. */
public record FileDigest(String path, String sha256, long size) {
}
