package dev.consolidator.app;

import dev.consolidator.store.DatabaseInUseException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** `consolidator [--config FILE] <command> [args]`: looks the command up in {@link #COMMANDS} and runs it. */
public final class Main {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** One line of the command table. */
    record Command(String summary, Supplier<Subcommand> factory) {
    }

    /** name -> command. To add a subcommand, add one line here. */
    static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("serve", new Command("run the GitHub App webhook server", ServeCommand::new));
        COMMANDS.put("plan", new Command("validate the plan and dry-run its phases on a local checkout", PlanCommand::new));
        COMMANDS.put("apply", new Command("apply one phase on a local checkout: backup branch, phase branch, one commit per step", ApplyCommand::new));
        COMMANDS.put("status", new Command("show the recorded phases and their state", StatusCommand::new));
        COMMANDS.put("export", new Command("print the plan's mappings for downstream code: openrewrite, json or markdown", ExportCommand::new));
    }

    private Main() {
    }

    public static void main(String[] args) {
        dev.consolidator.app.logging.LogFormat.select(List.of(args), System.getenv()); // before anything logs
        // Always exit with the command's code, so a CLI command ends even if a library left a thread running.
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>();
        Optional<Path> configFile = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--config") || arg.startsWith("--config=")) {
                String value = arg.equals("--config") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring("--config=".length());
                if (value.isBlank()) {
                    err.println("--config needs a file");
                    return usage(err);
                }
                configFile = Optional.of(Path.of(value));
            } else {
                rest.add(arg);
            }
        }
        if (rest.isEmpty()) {
            return usage(err);
        }
        if (List.of("help", "--help", "-h").contains(rest.get(0))) {
            usage(out);
            return OK;
        }
        Command command = COMMANDS.get(rest.get(0));
        if (command == null) {
            err.println("unknown command: " + rest.get(0));
            return usage(err);
        }
        try {
            return command.factory().get().run(new Invocation(rest.subList(1, rest.size()), configFile, env, out, err));
        } catch (ConfigException | DatabaseInUseException e) {
            err.println("consolidator: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("consolidator: " + rest.get(0) + " failed: " + e);
            return FAILED;
        }
    }

    private static int usage(PrintStream stream) {
        stream.println("usage: consolidator [--config FILE] <command> [args]");
        stream.println("commands:");
        COMMANDS.forEach((name, command) -> stream.printf("  %-10s %s%n", name, command.summary()));
        stream.printf("  %-10s %s%n", "help", "print this list");
        return USAGE;
    }
}
