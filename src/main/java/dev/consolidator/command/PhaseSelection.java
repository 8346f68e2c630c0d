package dev.consolidator.command;

import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which phase a command is about, or why it may not run now. The bot insists on order: a phase applies only when
 * every earlier phase is merged, and rolls back only when no later phase is still merged.
 */
public final class PhaseSelection {
    private PhaseSelection() {
    }

    public sealed interface Choice {
    }

    public record Selected(Phase phase, int index) implements Choice {
    }

    public record Refused(String reason) implements Choice {
    }

    public static Choice forApply(Plan plan, List<PhaseRecord> recorded, Optional<String> requested) {
        Map<String, PhaseRecord> byId = index(recorded);
        int target;
        if (requested.isPresent()) {
            target = indexOf(plan, requested.get());
            if (target < 0) {
                return unknown(plan, requested.get());
            }
        } else {
            target = -1;
            for (int i = 0; i < plan.phases().size() && target < 0; i++) {
                if (state(byId, plan.phases().get(i)) != PhaseState.MERGED) {
                    target = i;
                }
            }
            if (target < 0) {
                return new Refused("Every phase of the plan is merged: there is nothing left to apply.");
            }
        }
        Phase phase = plan.phases().get(target);
        List<String> unmerged = plan.phases().subList(0, target).stream()
                .filter(p -> state(byId, p) != PhaseState.MERGED).map(p -> "`" + p.id() + "`").toList();
        if (!unmerged.isEmpty()) {
            return new Refused("Phase `" + phase.id() + "` comes after " + String.join(", ", unmerged)
                    + ", which " + (unmerged.size() == 1 ? "is" : "are") + " not merged yet. Merge the earlier phases first"
                    + " (`/consolidate apply` opens the next one).");
        }
        PhaseRecord rec = byId.get(phase.id());
        return switch (state(byId, phase)) {
            case OPEN, APPROVED -> new Refused("Phase `" + phase.id() + "` already has an open pull request: #"
                    + rec.prNumber() + ". Review and merge it, or close it to apply the phase again.");
            case MERGED -> new Refused("Phase `" + phase.id() + "` is already merged (#" + rec.prNumber()
                    + "). To redo it, roll it back first with `/consolidate rollback " + phase.id() + "`.");
            case REVERTING -> new Refused("Phase `" + phase.id() + "` is being rolled back by #" + rec.revertPrNumber()
                    + ". Merge or close that pull request first.");
            case PENDING, ABANDONED, ROLLED_BACK -> new Selected(phase, target);
        };
    }

    public static Choice forRollback(Plan plan, List<PhaseRecord> recorded, String requested) {
        Map<String, PhaseRecord> byId = index(recorded);
        int target = indexOf(plan, requested);
        if (target < 0) {
            return unknown(plan, requested);
        }
        Phase phase = plan.phases().get(target);
        PhaseRecord rec = byId.get(phase.id());
        PhaseState state = state(byId, phase);
        if (state != PhaseState.MERGED) {
            return new Refused("Phase `" + phase.id() + "` is " + state.label() + ", not merged: only a merged phase can be"
                    + " rolled back." + (state == PhaseState.REVERTING ? " Its revert pull request is #" + rec.revertPrNumber() + "." : ""));
        }
        List<String> laterMerged = plan.phases().subList(target + 1, plan.phases().size()).stream()
                .filter(p -> state(byId, p) == PhaseState.MERGED || state(byId, p) == PhaseState.REVERTING)
                .map(p -> "`" + p.id() + "`").toList();
        if (!laterMerged.isEmpty()) {
            return new Refused("Phase `" + phase.id() + "` cannot be rolled back while later phases are merged: "
                    + String.join(", ", laterMerged) + ". Roll " + (laterMerged.size() == 1 ? "it" : "them")
                    + " back first, latest first.");
        }
        return new Selected(phase, target);
    }

    private static Refused unknown(Plan plan, String id) {
        return new Refused("The plan has no phase `" + id + "`. Its phases are: "
                + plan.phases().stream().map(p -> "`" + p.id() + "`").collect(Collectors.joining(", ")) + ".");
    }

    private static int indexOf(Plan plan, String id) {
        for (int i = 0; i < plan.phases().size(); i++) {
            if (plan.phases().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, PhaseRecord> index(List<PhaseRecord> recorded) {
        return recorded.stream().collect(Collectors.toMap(PhaseRecord::phaseId, Function.identity(), (a, b) -> a));
    }

    private static PhaseState state(Map<String, PhaseRecord> byId, Phase phase) {
        PhaseRecord r = byId.get(phase.id());
        return r == null ? PhaseState.PENDING : r.state();
    }
}
