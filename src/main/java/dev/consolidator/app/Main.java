package dev.consolidator.app;

import dev.consolidator.store.DatabaseInUseException;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code consolidator [--config FILE] [--verbose] <command> [args]}: picocli parses the line into one of the commands
 * of {@link Cli} and runs it. Exit codes: {@link #OK}, {@link #FAILED} (the command ran and found problems or could
 * not finish), {@link #USAGE} (the line or the plan is wrong; usage is printed).
 */
public final class Main {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        dev.consolidator.app.logging.LogFormat.select(List.of(args), System.getenv()); // before anything logs
        // Always exit with the command's code, so a CLI command ends even if a library left a thread running.
        System.exit(run(List.of(args), System.getenv(), System.out, System.err, true));
    }

    /** Runs a command line in this JVM, with its logging left as it is (tests, benches). */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, out, err, false);
    }

    /** @param ownProcess whether this JVM runs only this command, so its log level may still be chosen */
    private static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err,
                           boolean ownProcess) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine line = commandLine(new Cli(env, out, err));
        line.setOut(outWriter).setErr(errWriter);
        line.setExecutionStrategy(parsed -> {
            if (ownProcess) {
                CliLogging.choose(parsed);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        try {
            return line.execute(args.toArray(String[]::new));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(Cli cli) {
        CommandLine line = new CommandLine(cli);
        sameLayout(line);
        line.getSubcommands().values().forEach(Main::sameLayout);
        CommandLine completion = line.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("print the bash/zsh completion script (source it from ~/.bashrc)");
        line.setExitCodeExceptionMapper(e -> FAILED);
        line.setParameterExceptionHandler(Main::usageError);
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            if (e instanceof ConfigException || e instanceof DatabaseInUseException) {
                err.println("consolidator: " + e.getMessage());
            } else {
                err.println("consolidator: " + command.getCommandName() + " failed: " + e);
            }
            return FAILED;
        });
        return line;
    }

    /** Every command: -h/--help, -V/--version, "usage:" as the first word (as git and most tools say it). */
    private static void sameLayout(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        if (!(command.getCommand() instanceof CommandLine.HelpCommand)) {
            spec.mixinStandardHelpOptions(true);
            spec.versionProvider(new Version());
        }
        spec.usageMessage().synopsisHeading("usage: ").optionListHeading("%noptions:%n");
    }

    /** A wrong command line: what is wrong, in one line, then the usage of the command it was for. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        boolean root = command.getParent() == null;
        if (root && e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            err.println("unknown command: " + unmatched.getUnmatched().get(0));
        } else {
            err.println((root ? "consolidator" : command.getCommandName()) + ": " + message(e));
        }
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        command.usage(err);
        return USAGE;
    }

    /** picocli's words, except for a missing option, said as the commands always said it: "--repo is required". */
    private static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing && e.getMessage().startsWith("Missing required option")
                && missing.getMissing().stream().allMatch(a -> a instanceof CommandLine.Model.OptionSpec)) {
            List<String> names = missing.getMissing().stream()
                    .map(a -> ((CommandLine.Model.OptionSpec) a).longestName()).toList();
            return String.join(" and ", names) + (names.size() == 1 ? " is required" : " are required");
        }
        return e.getMessage();
    }
}
