package dev.consolidator.transform.move;

import java.util.Map;

/** One file changing place: its path and package before and after, and the top-level types it carries (old FQN to new FQN). */
public record FileMove(String oldPath, String newPath, String oldPackage, String newPackage, Map<String, String> types) {
    public FileMove {
        types = Map.copyOf(types);
    }
}
