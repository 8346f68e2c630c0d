package dev.consolidator.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** `--name value` and `--name=value` options of a CLI command, checked against the names it accepts. */
final class CliOptions {
    private final Map<String, String> values;

    private CliOptions(Map<String, String> values) {
        this.values = values;
    }

    /** Parses the arguments; a usage error names the option at fault. */
    static CliOptions parse(List<String> args, Set<String> accepted) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (!accepted.contains(name)) {
                throw new UsageException("unknown option --" + name + " (accepted: --" + String.join(", --", accepted.stream().sorted().toList()) + ")");
            }
            values.put(name, value);
        }
        return new CliOptions(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String require(String name) throws UsageException {
        return get(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
