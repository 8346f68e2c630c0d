package dev.consolidator.app.logging;

import dev.consolidator.app.Config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chooses the logging backend from logFormat before anything logs: JSON lines, or slf4j-simple's plain text. */
public final class LogFormat {
    private LogFormat() {
    }

    /** Call first thing in main; a config that does not load is reported later by the command itself. */
    public static void select(List<String> args, Map<String, String> env) {
        try {
            if (Config.load(configFile(args), env).logFormat().equals("json")) {
                System.setProperty("slf4j.provider", JsonLogProvider.class.getName());
                System.setProperty("slf4j.internal.verbosity", "WARN"); // no plain "SLF4J(I): loading provider" line
            }
        } catch (RuntimeException e) {
            // plain text: the command reports the configuration problem in its own words
        }
    }

    private static Optional<Path> configFile(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--config") && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
            if (arg.startsWith("--config=")) {
                return Optional.of(Path.of(arg.substring("--config=".length())));
            }
        }
        return Optional.empty();
    }
}
