package dev.consolidator.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependencies between the top-level packages run one way, as the README's code layout says:
 * {@code app → http → command}, {@code app → webhook → events → command → plan, transform, git, github, store},
 * {@code webhook → queue → store}; {@code text} (wording helpers) is used by all and uses none. Each package lists what
 * it may use; a package not listed here is not checked.
 */
class PackageArrowsTest {
    private static final Path MAIN = Path.of("src/main/java/dev/consolidator");
    private static final Set<String> BELOW_COMMAND = Set.of("plan", "transform", "git", "github", "store");
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("http", union(Set.of("command", "queue"), BELOW_COMMAND)),
            Map.entry("dashboard", union(Set.of("http", "command"), BELOW_COMMAND)),
            Map.entry("webhook", union(Set.of("events", "command", "queue"), BELOW_COMMAND)),
            Map.entry("events", union(Set.of("command"), BELOW_COMMAND)),
            Map.entry("command", BELOW_COMMAND),
            Map.entry("queue", Set.of("store")),
            Map.entry("transform", Set.of("plan")),
            Map.entry("plan", Set.of()),
            Map.entry("git", Set.of()),
            Map.entry("github", Set.of()),
            Map.entry("store", Set.of()),
            Map.entry("text", Set.of()));
    private static final Pattern USE = Pattern.compile("\\bdev\\.consolidator\\.([a-z]+)\\.");

    @Test
    void no_package_imports_against_the_arrows() {
        List<String> wrong = new ArrayList<>();
        MAY_USE.forEach((pkg, allowed) -> javaFiles(MAIN.resolve(pkg)).forEach(file -> {
            Matcher m = USE.matcher(read(file));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !used.equals("text") && !allowed.contains(used)) {
                    wrong.add(MAIN.relativize(file) + " uses " + used);
                }
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_package_has_its_place_in_the_arrows() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            List<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals("app")).toList(); // app wires everything: it may use any package
            assertThat(MAY_USE.keySet()).as("a new package needs its line in MAY_USE").containsAll(packages);
        }
    }

    @Test
    void the_check_sees_a_use_against_the_arrows() {
        Matcher m = USE.matcher("import dev.consolidator.webhook.Json;");
        assertThat(m.find()).as("%s finds the use in the import", USE).isTrue();
        assertThat(MAY_USE.get("command")).doesNotContain(m.group(1));
        assertThat(javaFiles(MAIN.resolve("command"))).hasSizeGreaterThan(20);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
