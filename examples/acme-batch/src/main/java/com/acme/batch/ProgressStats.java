package com.acme.batch;

/** How far a batch job has come: items done, items in total, and how many of the done ones failed. */
public record ProgressStats(int done, int total, int failed) {

    public ProgressStats {
        if (done < 0 || total < 0 || failed < 0 || done > total || failed > done) {
            throw new IllegalArgumentException("inconsistent progress " + done + "/" + total + " (" + failed + " failed)");
        }
    }

    /** Whole percent of items done; an empty batch counts as complete. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }

    public boolean complete() {
        return done == total;
    }
}
