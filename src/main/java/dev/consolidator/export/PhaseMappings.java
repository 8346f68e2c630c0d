package dev.consolidator.export;

import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The mappings of one phase, in step order, read from the plan. */
public record PhaseMappings(String id, String title, List<Mapping> mappings) {
    public PhaseMappings {
        mappings = List.copyOf(mappings);
    }

    /** The phases named in {@code only} (all when empty), in plan order. Unknown ids are the caller's to refuse. */
    public static List<PhaseMappings> of(Plan plan, List<String> only) {
        List<PhaseMappings> result = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            if (only.isEmpty() || only.contains(phase.id())) result.add(of(phase));
        }
        return result;
    }

    public static PhaseMappings of(Phase phase) {
        List<Mapping> mappings = new ArrayList<>();
        String id = phase.id();
        for (Step step : phase.steps()) {
            if (step instanceof Step.Move m) {
                mappings.add(new Mapping(id, "type", m.type(), m.to(), false, Map.of()));
            } else if (step instanceof Step.MovePackage p) {
                mappings.add(new Mapping(id, "package", p.from(), p.to(), p.recursive(), Map.of()));
            } else if (step instanceof Step.Merge g) {
                for (String type : g.types()) {
                    if (type.equals(g.into())) continue; // the target keeps its name
                    if (g.as() == MergeMode.NESTED) {
                        // a nested type's binary name: what Class.forName and OpenRewrite's ChangeType expect
                        mappings.add(new Mapping(id, "nested", type,
                                g.into() + "$" + type.substring(type.lastIndexOf('.') + 1), false, Map.of()));
                    } else {
                        mappings.add(new Mapping(id, "members", type, g.into(), false, g.methods()));
                    }
                }
            } else if (step instanceof Step.Delete d) {
                d.types().forEach(t -> mappings.add(new Mapping(id, "delete", t, null, false, Map.of())));
            }
        }
        return new PhaseMappings(id, phase.title(), mappings);
    }
}
