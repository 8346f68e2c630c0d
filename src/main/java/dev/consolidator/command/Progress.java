package dev.consolidator.command;

import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.store.ForwarderUsage;
import dev.consolidator.store.PhaseBases;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.ReviewStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The progress of a repository: every phase of the plan in order with what is recorded about it, plus recorded
 * phases the current plan no longer names (they still happened). Feeds the status table and the JSON API.
 */
public final class Progress {
    private Progress() {
    }

    /** With {@code bases} (may be null), open phases found stale on their current head say so. */
    public static List<PhaseStatus> of(Plan plan, List<PhaseRecord> recorded, ReviewStore reviews, PhaseBases bases) {
        return of(plan, recorded, reviews, bases, id -> Optional.empty());
    }

    /** With {@code forwarders} by phase id: the use of each phase's forwarders on the default branch, where it has some. */
    public static List<PhaseStatus> of(Plan plan, List<PhaseRecord> recorded, ReviewStore reviews, PhaseBases bases,
                                       Function<String, Optional<ForwarderUsage>> forwarders) {
        Map<String, PhaseRecord> byId = new LinkedHashMap<>();
        recorded.forEach(r -> byId.put(r.phaseId(), r));
        int needed = plan == null ? 1 : plan.approvals();
        List<PhaseStatus> out = new ArrayList<>();
        if (plan != null) {
            for (Phase p : plan.phases()) {
                PhaseRecord r = byId.remove(p.id());
                out.add(r == null ? pending(p, forwarders) : status(r, p.title(), needed, reviews, bases, forwarders));
            }
        }
        byId.values().forEach(r -> out.add(status(r, r.title(), needed, reviews, bases, forwarders)));
        return out;
    }

    /** With the use of each phase's forwarders counted (and recorded) on the clone of the default branch's head. */
    public static List<PhaseStatus> counted(BotServices services, RepoCheckout co, String repository, Plan plan) {
        var usage = ForwarderUsages.countAndRecord(co, repository, plan, services);
        return of(plan, services.phases().list(repository), services.reviews(), services.bases(),
                id -> Optional.ofNullable(usage.get(id)));
    }

    private static PhaseStatus pending(Phase p, Function<String, Optional<ForwarderUsage>> forwarders) {
        return new PhaseStatus(p.id(), p.title(), "pending", null, null, 0, 0, List.of(), null, null, null, null, false,
                null, forwarders.apply(p.id()).orElse(null));
    }

    private static PhaseStatus status(PhaseRecord r, String title, int needed, ReviewStore reviews, PhaseBases bases,
                                      Function<String, Optional<ForwarderUsage>> forwarders) {
        int approvals = reviews.approvalsOn(r.rowId(), r.headCommit());
        boolean underReview = r.state() == PhaseState.OPEN || r.state() == PhaseState.APPROVED;
        boolean stale = bases != null && underReview && r.headCommit() != null && bases.isStale(r.rowId(), r.headCommit());
        List<String> ci = reviews.suitesOn(r.rowId(), r.headCommit()).stream()
                .map(s -> s.app() + ": " + s.conclusion()).toList();
        return new PhaseStatus(r.phaseId(), title, r.state().label(), r.prNumber(), r.revertPrNumber(), approvals, needed, ci,
                r.filesBefore(), r.filesAfter(), r.linesBefore(), r.linesAfter(), stale, r.baseCommit(),
                forwarders.apply(r.phaseId()).orElse(null));
    }
}
