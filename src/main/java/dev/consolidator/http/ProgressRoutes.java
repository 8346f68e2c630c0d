package dev.consolidator.http;

import dev.consolidator.command.PhaseStatus;
import dev.consolidator.command.Progress;
import dev.consolidator.store.ForwarderUsageStore;
import dev.consolidator.store.PhaseBases;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.store.ReviewStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/repos/{owner}/{repo}/phases}: every known phase in plan order with its state, PRs, approvals and
 * size (and, for a phase with forwarders on the default branch, how much still uses them as last counted there);
 * {@code .../phases/{id}}: one phase with its steps, backup, file mappings and import changes.
 */
public final class ProgressRoutes {
    private final PhaseStore phases;
    private final PhaseBases bases;
    private final PhaseDetails details;
    private final ReviewStore reviews;
    private final ForwarderUsageStore forwarders;

    /** {@code bases}: where stale phases are known; {@code forwarders}: the last count of forwarder use there. */
    public ProgressRoutes(PhaseStore phases, PhaseDetails details, ReviewStore reviews, PhaseBases bases,
                          ForwarderUsageStore forwarders) {
        this.forwarders = forwarders;
        this.bases = bases;
        this.phases = phases;
        this.details = details;
        this.reviews = reviews;
    }

    public void list(Context ctx) {
        ctx.json(statuses(repository(ctx)));
    }

    public void one(Context ctx) {
        String repository = repository(ctx);
        String id = ctx.pathParam("id");
        Optional<PhaseRecord> rec = phases.find(repository, id);
        Optional<PhaseStatus> status = statuses(repository).stream().filter(s -> s.id().equals(id)).findFirst();
        if (rec.isEmpty() || status.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no phase " + id + " recorded for " + repository));
            return;
        }
        PhaseRecord r = rec.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phase", status.get());
        body.put("branch", r.phaseBranch());
        body.put("backup", details.backups(r.rowId()).stream().findFirst().orElse(null));
        body.put("baseCommit", r.baseCommit());
        body.put("bases", bases.bases(r.rowId()));
        body.put("headCommit", r.headCommit());
        body.put("mergeCommit", r.mergeCommit());
        body.put("mergeMethod", r.mergeMethod());
        body.put("steps", details.steps(r.rowId()));
        body.put("mappings", details.mappings(r.rowId()));
        body.put("importChanges", details.importChanges(r.rowId()));
        ctx.json(body);
    }

    private List<PhaseStatus> statuses(String repository) {
        List<PhaseRecord> recorded = phases.list(repository);
        Map<String, Long> rows = new LinkedHashMap<>();
        recorded.forEach(r -> rows.put(r.phaseId(), r.rowId()));
        return Progress.of(null, recorded, reviews, bases,
                id -> rows.containsKey(id) ? forwarders.of(rows.get(id)) : Optional.empty());
    }

    private static String repository(Context ctx) {
        return ctx.pathParam("owner") + "/" + ctx.pathParam("repo");
    }
}
