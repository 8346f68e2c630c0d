package dev.consolidator.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a subcommand gets: its own arguments (after the name, without --config), the environment and the streams. */
public record Invocation(List<String> args, Optional<Path> configFile, Map<String, String> env, PrintStream out,
                         PrintStream err) {
    public Invocation {
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    /** The settings from --config (or the default file), the bundled defaults and the environment. */
    public Config config() {
        return Config.load(configFile, env);
    }
}
