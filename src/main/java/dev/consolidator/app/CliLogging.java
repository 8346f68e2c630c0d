package dev.consolidator.app;

import picocli.CommandLine;

import java.util.List;

/**
 * The log level of a command-line process, chosen once its line is parsed and before anything logs: the server logs
 * what it does (INFO), a command prints only its own output and the warnings, unless {@code --verbose}. A level set
 * on the JVM ({@code -Dorg.slf4j.simpleLogger.defaultLogLevel}) wins. Both log backends read this property.
 */
final class CliLogging {
    static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private CliLogging() {
    }

    static void choose(CommandLine.ParseResult parsed) {
        if (System.getProperty(LEVEL) != null) {
            return;
        }
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine command = commands.get(commands.size() - 1);
        boolean verbose = commands.get(0).<Cli>getCommand().verbose;
        boolean server = command.getCommand() instanceof ServeCommand;
        if (!verbose && !server) {
            System.setProperty(LEVEL, "warn");
        }
    }
}
