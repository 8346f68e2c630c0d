package dev.consolidator.events;

import dev.consolidator.store.AppliedPhase;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.transform.guard.RetiredName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names phases retired, from the mappings recorded when each phase was applied: those of merged phases (a phase
 * whose rollback is not merged yet is still merged) and those of phases under review. A name that a later mapping
 * brings back (a type moved back, or the survivor of a merge) is not retired.
 */
final class NamesRetiredByPhases {
    private NamesRetiredByPhases() {
    }

    static boolean merged(PhaseRecord p) {
        return p.state() == PhaseState.MERGED || p.state() == PhaseState.REVERTING;
    }

    /** @param existingPaths the paths on the default branch: an old file still there is a forwarder */
    static List<RetiredName> of(List<PhaseRecord> phases, PhaseDetails details, Set<String> existingPaths) {
        List<RetiredName> out = new ArrayList<>();
        Set<String> revived = new HashSet<>();
        for (PhaseRecord p : phases) {
            if (!merged(p) && !PhaseEvents.underReview(p)) {
                continue;
            }
            for (AppliedPhase.MappingRow m : details.mappings(p.rowId())) {
                if (m.newType() != null) {
                    revived.add(m.newType());
                }
                if (m.originalType() == null || m.originalType().equals(m.newType())) {
                    continue;
                }
                boolean forwarder = m.originalPath() != null && existingPaths.contains(m.originalPath());
                out.add(new RetiredName(m.originalType(), m.newType(), p.phaseId(), p.prNumber(), merged(p), forwarder));
            }
        }
        return out.stream().filter(n -> !revived.contains(n.oldType())).toList();
    }

    /** Packages of merged retired names in which no Java file is left on the default branch. */
    static Set<String> emptiedPackages(List<RetiredName> names, Set<String> existingPaths) {
        Set<String> javaDirs = new HashSet<>();
        for (String path : existingPaths) {
            if (path.endsWith(".java")) {
                javaDirs.add(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "");
            }
        }
        Set<String> out = new HashSet<>();
        for (RetiredName n : names) {
            String pkgPath = n.oldPackage().replace('.', '/');
            if (n.merged() && !n.oldPackage().isEmpty()
                    && javaDirs.stream().noneMatch(d -> d.equals(pkgPath) || d.endsWith("/" + pkgPath))) {
                out.add(n.oldPackage());
            }
        }
        return out;
    }
}
