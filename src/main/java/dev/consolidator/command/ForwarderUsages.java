package dev.consolidator.command;

import dev.consolidator.plan.Plan;
import dev.consolidator.plan.Step;
import dev.consolidator.store.ForwarderUsage;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.forward.ForwarderUses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How much of a tree (the default branch's head, or a checkout's HEAD) still uses the forwarders each recorded phase
 * left: the forwarders are found from the phase's recorded mappings (an old file that still carries the forwarder's
 * mark), or from the plan for a phase that recorded none; the uses by the pure count in {@link ForwarderUses}.
 * Phases with no forwarder in the tree are left out.
 */
public final class ForwarderUsages {
    private ForwarderUsages() {
    }

    /**
     * By phase id, for the phases with forwarders in {@code tree}: found from what each phase recorded, or for a phase
     * of the {@code plan} (may be null) that recorded nothing, from its forwarding steps and the forwarder mark.
     */
    public static Map<String, ForwarderUsage> count(SourceTree tree, String commit, List<PhaseRecord> phases,
                                                    PhaseDetails details, Plan plan, java.time.Instant now) {
        Map<String, List<TypeMapping>> recorded = new LinkedHashMap<>();
        for (PhaseRecord p : phases) {
            recorded.put(p.phaseId(), AppliedPhases.mappings(details, p));
        }
        Map<String, List<Step>> planned = new LinkedHashMap<>();
        if (plan != null) {
            plan.phases().forEach(p -> planned.put(p.id(), p.forwardingSteps()));
        }
        Map<String, ForwarderUsage> out = new LinkedHashMap<>();
        ForwarderUses.byPhase(tree, recorded, planned).forEach((phase, usage) -> out.put(phase,
                new ForwarderUsage(commit, usage.forwarders().size(), usage.files(), usage.lines(), now)));
        return out;
    }

    /** Counts on the bot's checkout of the default branch and records every phase's figure for the phases API. */
    public static Map<String, ForwarderUsage> countAndRecord(RepoCheckout co, String repository, Plan plan,
                                                             BotServices services) {
        List<PhaseRecord> phases = services.phases().list(repository);
        Map<String, ForwarderUsage> usage = count(co.tree(), co.head(), phases, services.details(), plan,
                services.clock().instant());
        for (PhaseRecord p : phases) {
            services.forwarderUsage().record(p.rowId(), Optional.ofNullable(usage.get(p.phaseId())));
        }
        return usage;
    }
}
