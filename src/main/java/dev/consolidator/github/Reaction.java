package dev.consolidator.github;

/** The reactions GitHub allows on a comment, with their API names. */
public enum Reaction {
    PLUS_ONE("+1"), MINUS_ONE("-1"), LAUGH("laugh"), CONFUSED("confused"), HEART("heart"), HOORAY("hooray"),
    ROCKET("rocket"), EYES("eyes");

    private final String apiName;

    Reaction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
