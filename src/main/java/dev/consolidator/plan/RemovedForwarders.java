package dev.consolidator.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves each {@code removeForwarders} step against the phases around it: the phase it names must exist, come
 * earlier in the plan and have steps with {@code compatibility: forwarding}; the step then carries those steps, which
 * say where the forwarders are. Anything else is a problem at the line that names the phase.
 */
final class RemovedForwarders {
    private RemovedForwarders() {
    }

    static void resolve(List<Phase> phases, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < phases.size(); i++) {
            index.putIfAbsent(phases.get(i).id(), i);
        }
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            if (phase.steps().stream().noneMatch(s -> s instanceof Step.RemoveForwarders)) continue;
            List<Step> steps = new ArrayList<>();
            for (Step step : phase.steps()) {
                steps.add(step instanceof Step.RemoveForwarders r ? resolve(r, phase, i, phases, index, problems) : step);
            }
            phases.set(i, new Phase(phase.id(), phase.title(), phase.description(), steps, phase.location(), phase.text()));
        }
    }

    private static Step resolve(Step.RemoveForwarders step, Phase owner, int at, List<Phase> phases,
                                Map<String, Integer> index, Problems problems) {
        if (step.phase().isEmpty()) return step;   // already reported as missing
        Integer named = index.get(step.phase());
        String what = "`removeForwarders` names phase `" + step.phase() + "`";
        if (named == null) {
            problems.add(step.phaseLocation(), what + ", which the plan does not have;"
                    + Suggestions.didYouMean(step.phase(), index.keySet().stream().sorted().toList())
                    + " give the id of an earlier phase with `compatibility: forwarding`");
            return step;
        }
        if (named >= at) {
            problems.add(step.phaseLocation(), what + ", which " + (named == at ? "is this phase itself" : "comes after"
                    + " phase `" + owner.id() + "`") + "; forwarders can only be removed by a phase after the one that"
                    + " left them");
            return step;
        }
        List<Step> forwarding = phases.get(named).forwardingSteps();
        if (forwarding.isEmpty()) {
            problems.add(step.phaseLocation(), what + ", which leaves no forwarders: none of its steps is a move,"
                    + " movePackage or merge with `compatibility: forwarding`");
            return step;
        }
        return new Step.RemoveForwarders(step.phase(), forwarding, step.phaseLocation(), step.location());
    }

    static boolean forwards(Step step) {
        if (step instanceof Step.Move m) return m.compatibility() == Compatibility.FORWARDING;
        if (step instanceof Step.MovePackage p) return p.compatibility() == Compatibility.FORWARDING;
        return step instanceof Step.Merge m && m.compatibility() == Compatibility.FORWARDING;
    }
}
