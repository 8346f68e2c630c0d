package dev.consolidator.transform.export;

import java.util.Map;

/**
 * One name a downstream project has to change: {@code kind} is {@code type} (a moved type), {@code package} (a package
 * move, {@code recursive} or not), {@code nested} (a type that became {@code Target$Source}), {@code members} (a type
 * whose members moved into another, with {@code methods} renamed on the way) or {@code delete} ({@code newName} null).
 */
public record Mapping(String phase, String kind, String oldName, String newName, boolean recursive,
                      Map<String, String> methods) {
    public Mapping {
        methods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methods));
    }

    public boolean removed() {
        return kind.equals("delete");
    }
}
