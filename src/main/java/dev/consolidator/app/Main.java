package dev.consolidator.app;

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

    /** name -> command. Add a subcommand by adding a line here (and a summary in {@link #SUMMARIES}). */
    static final Map<String, Supplier<Subcommand>> COMMANDS = new LinkedHashMap<>();
    static final Map<String, String> SUMMARIES = new LinkedHashMap<>();

    static {
        register("serve", "run the GitHub App webhook server", ServeCommand::new);
        register("plan", "validate the plan and dry-run its phases on a local checkout", PlanCommand::new);
        register("apply", "apply one phase on a local checkout: backup branch, phase branch, one commit per step", ApplyCommand::new);
        register("status", "show the recorded phases and their state", StatusCommand::new);
    }

    private Main() {
    }

    static void register(String name, String summary, Supplier<Subcommand> factory) {
        COMMANDS.put(name, factory);
        SUMMARIES.put(name, summary);
    }

    public static void main(String[] args) {
        int code = run(List.of(args), System.getenv(), System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
        // OK: return without System.exit, so that `serve` keeps running on its non-daemon server threads.
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
        if (rest.isEmpty() || rest.get(0).equals("help") || rest.get(0).equals("--help") || rest.get(0).equals("-h")) {
            return rest.isEmpty() ? usage(err) : usage(out) - USAGE;
        }
        Supplier<Subcommand> command = COMMANDS.get(rest.get(0));
        if (command == null) {
            err.println("unknown command: " + rest.get(0));
            return usage(err);
        }
        try {
            return command.get().run(new Invocation(rest.subList(1, rest.size()), configFile, env, out, err));
        } catch (ConfigException e) {
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
        SUMMARIES.forEach((name, summary) -> stream.printf("  %-10s %s%n", name, summary));
        return USAGE;
    }
}
