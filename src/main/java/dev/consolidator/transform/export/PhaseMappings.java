package dev.consolidator.transform.export;

import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mappings of one phase, in step order, and where they come from: the plan's steps, or what the phase actually
 * did when it ran (the types it moved, recorded when it was applied), which a plan edited later does not change.
 */
public record PhaseMappings(String id, String title, List<Mapping> mappings, Source source) {
    public enum Source {
        PLAN("the plan's steps (no recorded result)"),
        RECORDED("the mappings recorded when the phase was applied");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One step as it ran: the step and the type mappings it produced. */
    public record StepRun(Step step, List<TypeMapping> mappings) {
        public StepRun {
            mappings = List.copyOf(mappings);
        }
    }

    public PhaseMappings {
        mappings = List.copyOf(mappings);
    }

    /** The phases named in {@code only} (all when empty), in plan order. Unknown ids are the caller's to refuse. */
    public static List<PhaseMappings> of(Plan plan, List<String> only) {
        return plan.phases().stream().filter(p -> only.isEmpty() || only.contains(p.id())).map(PhaseMappings::of)
                .toList();
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
                    mappings.add(merged(id, g, type, g.into()));
                }
            } else if (step instanceof Step.Delete d) {
                d.types().forEach(t -> mappings.add(new Mapping(id, "delete", t, null, false, Map.of())));
            }
        }
        return new PhaseMappings(id, phase.title(), mappings, Source.PLAN);
    }

    /**
     * What the phase did, step by step: a package move becomes exactly the types that moved (each its own
     * {@code type} mapping), a merge the types it folded, a delete the types it removed. Names are binary names;
     * types of test sources are left out, as no code downstream sees them.
     */
    public static PhaseMappings ofRun(Phase phase, List<StepRun> steps) {
        List<Mapping> mappings = new ArrayList<>();
        String id = phase.id();
        for (StepRun run : steps) {
            for (TypeMapping m : run.mappings()) {
                // no code downstream compiles against test sources
                if (m.originalPath() != null && SourceModel.inTestSources(m.originalPath())) continue;
                String old = SourceModel.binaryName(m.originalType(), m.originalPath());
                if (m.kind() == TypeMapping.Kind.DELETED) {
                    mappings.add(new Mapping(id, "delete", old, null, false, Map.of()));
                } else if (run.step() instanceof Step.Merge g) {
                    if (!m.originalType().equals(g.into())) {
                        mappings.add(merged(id, g, old, SourceModel.binaryName(g.into(), m.newPath())));
                    }
                } else if (!m.originalType().equals(m.newType())) {
                    mappings.add(new Mapping(id, "type", old, SourceModel.binaryName(m.newType(), m.newPath()), false,
                            Map.of()));
                }
            }
        }
        return new PhaseMappings(id, phase.title(), mappings, Source.RECORDED);
    }

    private static Mapping merged(String phase, Step.Merge g, String type, String into) {
        if (g.as() == MergeMode.NESTED) {
            // a nested type's binary name: what Class.forName and OpenRewrite's ChangeType expect
            return new Mapping(phase, "nested", type, into + "$" + SourceModel.simpleName(type), false, Map.of());
        }
        return new Mapping(phase, "members", type, into, false, g.methods());
    }
}
