package dev.consolidator.app;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The {@code consolidator} command: the options every command takes, and the list of commands. To add a command,
 * write a picocli {@code @Command} class that reads its {@link Invocation} from here, and list it below ({@link Main}
 * gives every command --help, --version and the same usage layout).
 */
@Command(name = "consolidator", customSynopsis = "consolidator [--config FILE] <command> [args]",
        description = "Consolidates a Java codebase one reviewable phase at a time: a GitHub App bot (serve) and the"
                + " same engine on a local checkout.",
        commandListHeading = "%ncommands:%n",
        footer = {"", "Exit codes: 0 done, 1 failed or problems found, 2 usage error or invalid plan.",
                "`consolidator <command> --help` shows the options of a command."},
        subcommands = {ServeCommand.class, PlanCommand.class, ApplyCommand.class, RollbackCommand.class,
                StatusCommand.class, ExportCommand.class, CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class})
final class Cli implements Callable<Integer> {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "settings file (default: config/consolidator.yml when it exists); the environment overrides it")
    Path configFile;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "show the log lines (database, git, timings) on standard error")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
    }

    /** What a command gets: --config, the environment and the streams. */
    Invocation invocation() {
        return new Invocation(Optional.ofNullable(configFile), env, out, err);
    }

    /** {@code consolidator} alone: the usage, as an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }
}
