package dev.consolidator.transform;

/** Something a person should look at that does not stop the step, e.g. a properties file naming an old type. */
public record Warning(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
