package dev.consolidator.transform;

/** An import rewritten in a file. {@code oldImport} is null when added, {@code newImport} null when removed. Static imports start with "static ". */
public record ImportChange(String file, String oldImport, String newImport) {
}
