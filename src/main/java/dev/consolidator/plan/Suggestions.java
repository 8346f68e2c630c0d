package dev.consolidator.plan;

import java.util.Collection;
import java.util.Optional;

/** Finds the allowed word a typo most likely meant, so a message can say "did you mean `type`?". */
final class Suggestions {
    private Suggestions() {
    }

    static Optional<String> closest(String typed, Collection<String> allowed) {
        String lower = typed.toLowerCase();
        if (lower.length() >= 3) {
            // A cut-off word (`forward`, `movePack`) is closer in intent than its edit distance says.
            Optional<String> completion = allowed.stream().filter(c -> c.toLowerCase().startsWith(lower)).findFirst();
            if (completion.isPresent()) {
                return completion;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Two edits catch most typos (`tpye`, `movePAckage`, `recursiv`) without suggesting unrelated short words.
        int limit = Math.min(2, Math.max(1, typed.length() / 3));
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /** " did you mean `x`?" or the empty string. */
    static String didYouMean(String typed, Collection<String> allowed) {
        return closest(typed, allowed).map(s -> " did you mean `" + s + "`?").orElse("");
    }

    /** Optimal string alignment distance: Levenshtein plus swapping two neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
