package dev.consolidator.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What a command gets besides its own options: --config, the environment and the streams. */
public record Invocation(Optional<Path> configFile, Map<String, String> env, PrintStream out, PrintStream err) {
    public Invocation {
        env = Map.copyOf(env);
    }

    /** The settings from --config (or the default file), the bundled defaults and the environment. */
    public Config config() {
        return Config.load(configFile, env);
    }
}
