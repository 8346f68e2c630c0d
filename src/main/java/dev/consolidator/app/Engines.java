package dev.consolidator.app;

import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.merge.MergeTransform;

/** The one place the engine is assembled, so the CLI and the bot run exactly the same transforms. */
public final class Engines {
    private Engines() {
    }

    public static PhaseEngine phaseEngine() {
        return new PhaseEngine(new MergeTransform());
    }
}
