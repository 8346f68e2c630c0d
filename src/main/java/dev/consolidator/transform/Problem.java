package dev.consolidator.transform;

/**
 * Why a step cannot run: the file and line at fault (a source file, or the plan file for plan-level problems),
 * the symbol involved (type, member or package; may be empty) and a message a person can act on.
 */
public record Problem(String file, int line, String symbol, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
