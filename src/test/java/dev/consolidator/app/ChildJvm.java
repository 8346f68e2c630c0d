package dev.consolidator.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of the command line for a test's child JVM (`serve`, the CLI): the same java, and flags for a process
 * that lives seconds. C1 only (C2 would compile code the process is gone before it profits from, on cores the test
 * shares), the serial collector (no parallel GC threads to start), and the JDK's class data sharing archive.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** {@code java <flags> <extra...>}: add -cp, the main class and its arguments. */
    public static List<String> java(String... extra) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(List.of(extra));
        return command;
    }
}
