package dev.consolidator.transform.move;

import dev.consolidator.transform.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The files a move step relocates, the problems that stop it, or the fact that it is already in place. */
public record MovePlan(List<FileMove> moves, List<Problem> problems, boolean alreadyApplied) {
    public MovePlan {
        moves = List.copyOf(moves);
        problems = List.copyOf(problems);
    }

    static MovePlan refused(Problem problem) {
        return new MovePlan(List.of(), List.of(problem), false);
    }

    static MovePlan applied() {
        return new MovePlan(List.of(), List.of(), true);
    }

    /** Old FQN to new FQN of every type moved. */
    public Map<String, String> typeMap() {
        Map<String, String> all = new HashMap<>();
        moves.forEach(m -> all.putAll(m.types()));
        return all;
    }
}
