package dev.consolidator.git;

/** What the remote did with one pushed branch. {@code message} is the remote's explanation, if any. */
public record PushOutcome(String branch, Status status, String message) {
    public enum Status {
        /** Created or fast-forwarded. */
        OK,
        /** The remote already had exactly this commit. */
        UP_TO_DATE,
        /** The remote branch has commits we do not have; we never force, so a person must look. */
        REJECTED_NON_FAST_FORWARD,
        /** Refused for another reason (protected branch, hook, permissions...). */
        REJECTED_OTHER
    }

    public boolean succeeded() {
        return status == Status.OK || status == Status.UP_TO_DATE;
    }
}
