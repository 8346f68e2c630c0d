package dev.consolidator.plan;

/** Where something stands in the plan file: 1-based line and column, as Jackson's YAML parser reports them. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
