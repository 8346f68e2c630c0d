package dev.consolidator.app;

/** One `consolidator <name>` command. Returns the process exit code (0 = success, 1 = failed, 2 = usage). */
@FunctionalInterface
public interface Subcommand {
    int run(Invocation invocation) throws Exception;
}
