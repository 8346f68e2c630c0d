package dev.consolidator.transform.forward;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.retarget.TypeReferences;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who still uses forwarders: every spelled reference to an old name (imports, static imports, qualified and simple
 * names, Javadoc links) outside the forwarder files themselves, found as the retargeter finds references: a text
 * pre-filter on the old package and simple name, then a parse of the candidate files only. Pure: texts in, uses out.
 */
public final class ForwarderUses {
    /** One use: the file, its 1-based line, the old name it spells and the name to use instead. */
    public record Use(String path, int line, String oldType, String newType) {
        @Override
        public String toString() {
            return path + ":" + line;
        }
    }

    /** The forwarders of one phase and the uses of them. */
    public record Usage(List<ForwarderFile> forwarders, List<Use> uses) {
        public Usage {
            forwarders = List.copyOf(forwarders);
            uses = List.copyOf(uses);
        }

        /** Files that use at least one of the forwarders. */
        public int files() {
            return (int) uses.stream().map(Use::path).distinct().count();
        }

        /** Lines that use at least one (two uses on one line count once). */
        public int lines() {
            return (int) uses.stream().map(u -> u.path() + ":" + u.line()).distinct().count();
        }
    }

    private ForwarderUses() {
    }

    /** The uses of the given forwarders, sorted by file and line; a line naming one old type twice is one use. */
    public static List<Use> of(SourceModel model, Collection<ForwarderFile> forwarders) {
        Map<String, String> newNames = new HashMap<>();
        forwarders.forEach(f -> newNames.put(f.oldType(), f.newType()));
        if (newNames.isEmpty()) return List.of();
        Set<String> skip = forwarders.stream().map(ForwarderFile::path).collect(Collectors.toSet());
        Set<Use> out = new LinkedHashSet<>();
        for (TypeReferences.Reference r : TypeReferences.find(model, newNames.keySet(), skip)) {
            out.add(new Use(r.path(), r.line(), r.type(), newNames.get(r.type())));
        }
        return List.copyOf(out);
    }

    /**
     * Per phase: the phases with forwarders still in the tree, with their uses, recorded phases first in the order
     * given. A phase's forwarders come from what it recorded (old type and file, new type); a phase that recorded
     * nothing is looked for by its forwarding steps in the plan ({@code planned}, by phase id) and the forwarder mark.
     * One pass over the tree for every phase together.
     */
    public static Map<String, Usage> byPhase(SourceTree tree, Map<String, List<TypeMapping>> recorded,
                                             Map<String, List<Step>> planned) {
        Map<String, List<ForwarderFile>> forwarders = new LinkedHashMap<>();
        recorded.forEach((phase, mappings) -> {
            List<ForwarderFile> files = ForwarderFiles.recorded(tree, mappings);
            if (!files.isEmpty()) forwarders.put(phase, files);
        });
        SourceModel model = null;
        for (Map.Entry<String, List<Step>> p : planned.entrySet()) {
            if (p.getValue().isEmpty() || !recorded.getOrDefault(p.getKey(), List.of()).isEmpty()) continue;
            if (model == null) model = SourceModel.of(tree);
            List<ForwarderFile> files = ForwarderFiles.planned(model, p.getValue()).forwarders();
            if (!files.isEmpty()) forwarders.put(p.getKey(), files);
        }
        Map<String, Usage> out = new LinkedHashMap<>();
        if (forwarders.isEmpty()) return out;
        Map<String, String> phaseOf = new HashMap<>();
        forwarders.forEach((phase, files) -> files.forEach(f -> phaseOf.putIfAbsent(f.oldType(), phase)));
        List<ForwarderFile> all = forwarders.values().stream().flatMap(List::stream).toList();
        Map<String, List<Use>> uses = new HashMap<>();
        for (Use use : of(model == null ? SourceModel.of(tree) : model, all)) {
            uses.computeIfAbsent(phaseOf.get(use.oldType()), k -> new ArrayList<>()).add(use);
        }
        forwarders.forEach((phase, files) -> out.put(phase, new Usage(files, uses.getOrDefault(phase, List.of()))));
        return out;
    }

    /** From recorded mappings only. */
    public static Map<String, Usage> byPhase(SourceTree tree, Map<String, List<TypeMapping>> recorded) {
        return byPhase(tree, recorded, Map.of());
    }
}
