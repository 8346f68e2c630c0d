package dev.consolidator.app;

/** One `consolidator <name>` command. Returns the process exit code (0 = success; serve returns once it listens). */
@FunctionalInterface
public interface Subcommand {
    int run(Invocation invocation) throws Exception;
}
