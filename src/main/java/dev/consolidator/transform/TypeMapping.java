package dev.consolidator.transform;

/** An original type and its file, and where it ended up (null new type/path when deleted). */
public record TypeMapping(Kind kind, String originalType, String originalPath, String newType, String newPath) {
    public enum Kind { ONE_TO_ONE, MANY_TO_ONE, DELETED }
}
