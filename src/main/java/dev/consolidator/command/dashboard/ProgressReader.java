package dev.consolidator.command.dashboard;

import dev.consolidator.command.CommandVerb;
import dev.consolidator.command.PhaseStatus;
import dev.consolidator.command.Progress;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.store.AppliedPhase;
import dev.consolidator.store.BurndownStore;
import dev.consolidator.store.DashboardIssueStore;
import dev.consolidator.store.ForwarderUsage;
import dev.consolidator.store.ForwarderUsageStore;
import dev.consolidator.store.PhaseBases;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.store.ReviewStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a repository's progress for the dashboards from the same records as {@code /consolidate status} and the
 * /api phases JSON ({@link Progress}), without the plan: the phases the plan named when it was last read are
 * recorded in plan order, and the plan's approvals with the dashboard settings.
 */
public final class ProgressReader {
    private final PhaseStore phases;
    private final ReviewStore reviews;
    private final PhaseBases bases;
    private final PhaseDetails details;
    private final BurndownStore burndown;
    private final DashboardIssueStore dashboards;
    private final ForwarderUsageStore forwarderUsage;

    public ProgressReader(PhaseStore phases, ReviewStore reviews, PhaseBases bases, PhaseDetails details,
                          BurndownStore burndown, DashboardIssueStore dashboards, ForwarderUsageStore forwarderUsage) {
        this.forwarderUsage = forwarderUsage;
        this.phases = phases;
        this.reviews = reviews;
        this.bases = bases;
        this.details = details;
        this.burndown = burndown;
        this.dashboards = dashboards;
    }

    /** The repositories the bot knows a plan of (some phase recorded), by name; CLI checkouts left out. */
    public List<String> repositories() {
        return phases.listAll().stream().map(PhaseRecord::repository).filter(r -> !r.startsWith("local:"))
                .distinct().toList();
    }

    /** Empty when no phase of the repository is recorded. */
    public Optional<RepositoryProgress> read(String repository) {
        List<PhaseRecord> recorded = phases.list(repository);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        int needed = dashboards.find(repository).map(DashboardIssueStore.Row::approvalsNeeded)
                .orElse(PlanParser.DEFAULT_APPROVALS);
        Map<String, PhaseRecord> byId = recorded.stream()
                .collect(Collectors.toMap(PhaseRecord::phaseId, Function.identity(), (a, b) -> a));
        List<PhaseStatus> statuses = Progress.of(null, recorded, reviews, bases);
        List<PhaseRow> rows = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            PhaseStatus s = statuses.get(i);
            rows.add(row(i + 1, s, byId.get(s.id()), needed));
        }
        RepositoryProgress.Start start = recorded.stream().filter(r -> r.filesBefore() != null && r.linesBefore() != null)
                .findFirst()
                .map(r -> new RepositoryProgress.Start(r.phaseId(), r.filesBefore(), r.linesBefore(), r.createdAt()))
                .orElse(null);
        List<BurndownStore.Point> points = burndown.points(repository);
        return Optional.of(new RepositoryProgress(repository, rows, totals(recorded, start, points), start, points,
                nextSteps(rows)));
    }

    private PhaseRow row(int number, PhaseStatus s, PhaseRecord r, int needed) {
        return new PhaseRow(number, s.id(), s.title(), shownState(r, s), r.state().label(), s.pr(), s.revertPr(),
                s.approvals(), needed, s.ci(), r.baseCommit(), r.headCommit(), s.filesBefore(), s.filesAfter(),
                s.linesBefore(), s.linesAfter());
    }

    /** The state a person reads: an open PR is stale (the default branch moved on) or failed (its check failed). */
    private String shownState(PhaseRecord r, PhaseStatus s) {
        return switch (r.state()) {
            case PENDING -> "planned";
            case OPEN, APPROVED -> s.stale() ? "stale" : failed(r) ? "failed" : r.state().label();
            case MERGED -> "merged";
            case ABANDONED -> "closed";
            case REVERTING -> "rolling back";
            case ROLLED_BACK -> "rolled back";
        };
    }

    private boolean failed(PhaseRecord r) {
        return r.headCommit() != null && reviews.checkOn(r.rowId(), r.headCommit()).filter(v -> !v.passed()).isPresent();
    }

    private Totals totals(List<PhaseRecord> recorded, RepositoryProgress.Start start, List<BurndownStore.Point> points) {
        int moved = 0;
        int merged = 0;
        int deleted = 0;
        int references = 0;
        int mergedPhases = 0;
        int forwarders = 0;
        int forwarderFiles = 0;
        int forwarderLines = 0;
        for (PhaseRecord r : recorded) {
            if (r.state() != PhaseState.MERGED && r.state() != PhaseState.REVERTING) {
                continue; // a phase being rolled back is still merged
            }
            mergedPhases++;
            Optional<ForwarderUsage> usage = forwarderUsage.of(r.rowId());
            if (usage.isPresent()) {
                forwarders += usage.get().forwarders();
                forwarderFiles += usage.get().files();
                forwarderLines += usage.get().lines();
            }
            references += r.referencesRewritten() == null ? 0 : r.referencesRewritten();
            for (AppliedPhase.MappingRow m : details.mappings(r.rowId())) {
                switch (m.kind()) {
                    case "one_to_one" -> moved++;
                    case "many_to_one" -> merged++;
                    case "deleted" -> deleted++;
                    default -> { }
                }
            }
        }
        Totals.ForwarderUse use = forwarders == 0 ? Totals.ForwarderUse.NONE
                : new Totals.ForwarderUse(forwarders, forwarderFiles, forwarderLines);
        if (start == null) {
            return new Totals(recorded.size(), mergedPhases, null, null, null, null, moved, merged, deleted, references, use);
        }
        BurndownStore.Point last = points.isEmpty() ? null : points.get(points.size() - 1);
        return new Totals(recorded.size(), mergedPhases, start.javaFiles(), last == null ? start.javaFiles() : last.javaFiles(),
                start.javaLines(), last == null ? start.javaLines() : last.javaLines(), moved, merged, deleted, references, use);
    }

    /**
     * What the consolidation waits for, in the order the bot allows it: the first phase not merged (if it can be
     * applied now), every stale phase PR, and the last merged phase (the only one that may be rolled back).
     */
    static List<NextStep> nextSteps(List<PhaseRow> rows) {
        List<NextStep> out = new ArrayList<>();
        rows.stream().filter(r -> !r.recordedState().equals(PhaseState.MERGED.label())).findFirst()
                .filter(r -> List.of("pending", "abandoned", "rolled_back").contains(r.recordedState()))
                .ifPresent(r -> out.add(new NextStep(CommandVerb.APPLY, r.id())));
        rows.stream().filter(r -> r.state().equals("stale")).forEach(r -> out.add(new NextStep(CommandVerb.RECREATE, r.id())));
        PhaseRow lastMerged = null;
        boolean revertingAfter = false;
        for (PhaseRow r : rows) {
            if (r.recordedState().equals(PhaseState.MERGED.label())) {
                lastMerged = r;
                revertingAfter = false;
            } else if (r.recordedState().equals(PhaseState.REVERTING.label())) {
                revertingAfter = true;
            }
        }
        if (lastMerged != null && !revertingAfter) {
            out.add(new NextStep(CommandVerb.ROLLBACK, lastMerged.id()));
        }
        return out;
    }
}
