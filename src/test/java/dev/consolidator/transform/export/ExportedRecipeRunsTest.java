package dev.consolidator.transform.export;

import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.transform.JavaCompilation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Recipe;
import org.openrewrite.Result;
import org.openrewrite.SourceFile;
import org.openrewrite.config.Environment;
import org.openrewrite.config.YamlResourceLoader;
import org.openrewrite.internal.InMemoryLargeSourceSet;
import org.openrewrite.java.JavaParser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof that an exported recipe migrates downstream code: a small library is consolidated by the real engine with
 * its plan, the plan's exported recipe is run by OpenRewrite itself on a consumer written against the old library,
 * and the migrated consumer compiles against the consolidated library and still does the same thing.
 */
class ExportedRecipeRunsTest {
    static final String PLAN = """
            version: 1
            phases:
              - id: core
                title: Stats and tracking live in lib.b
                steps:
                  - move:
                      type: lib.a.Stats
                      to: lib.b.Stats
                  - merge:
                      types: [lib.a.Tracker]
                      into: lib.b.Metrics
                      as: members
                      methods:
                        update: collect
              - id: layout
                title: Entry nests in Registry, the legacy package becomes lib.reporting
                steps:
                  - merge:
                      types: [lib.a.Entry]
                      into: lib.b.Registry
                      as: nested
                  - movePackage:
                      from: lib.legacy
                      to: lib.reporting
                  - delete:
                      types: [lib.a.Old]
            """;

    static final Map<String, String> LIBRARY = new LinkedHashMap<>(Map.of(
            "src/main/java/lib/a/Stats.java", """
                    package lib.a;

                    public class Stats {
                        private final int done;

                        public Stats(int done) {
                            this.done = done;
                        }

                        public int done() {
                            return done;
                        }
                    }
                    """,
            "src/main/java/lib/a/Tracker.java", """
                    package lib.a;

                    public final class Tracker {
                        public static Stats update(int n) {
                            return new Stats(n);
                        }
                    }
                    """,
            "src/main/java/lib/a/Entry.java", """
                    package lib.a;

                    public class Entry {
                        public static String label() {
                            return "entry";
                        }
                    }
                    """,
            "src/main/java/lib/a/Old.java", """
                    package lib.a;

                    public class Old {
                    }
                    """,
            "src/main/java/lib/b/Metrics.java", """
                    package lib.b;

                    public final class Metrics {
                        public static String format(lib.a.Stats stats) {
                            return "done=" + stats.done();
                        }
                    }
                    """,
            "src/main/java/lib/b/Registry.java", """
                    package lib.b;

                    public final class Registry {
                        public static int size() {
                            return 1;
                        }
                    }
                    """,
            "src/main/java/lib/legacy/Report.java", """
                    package lib.legacy;

                    public class Report {
                        public static String title() {
                            return "report";
                        }
                    }
                    """));

    static final String CONSUMER = """
            package app;

            import lib.a.Entry;
            import lib.a.Stats;
            import lib.a.Tracker;
            import lib.b.Metrics;
            import lib.legacy.Report;

            public class Consumer {
                public static String run() {
                    Stats stats = Tracker.update(3);
                    return Metrics.format(stats) + " " + Entry.label() + " " + Report.title();
                }
            }
            """;

    @Test
    void exported_recipe_migrates_a_consumer_so_it_compiles_against_the_consolidated_library() throws Exception {
        // given the library consolidated by the engine, and the consumer working against the old library
        PlanParseResult parsed = new PlanParser().parse(PLAN, ".github/consolidation.yml");
        assertThat(parsed.problems()).isEmpty();
        Plan plan = parsed.plan();
        SourceTree library = SourceTree.of(LIBRARY);
        SourceTree consolidated = consolidate(library, plan);
        assertThat(run(library, CONSUMER)).isEqualTo("done=3 entry report");

        // when OpenRewrite runs the exported recipe that runs every phase
        String yaml = OpenRewriteRecipes.render(PhaseMappings.of(plan, List.of()));
        String migrated = migrate(yaml, OpenRewriteRecipes.ALL, library, CONSUMER);

        // then the consumer names the new types and behaves as before against the consolidated library
        assertThat(migrated).isEqualTo("""
                package app;

                import lib.b.Metrics;
                import lib.b.Registry;
                import lib.b.Stats;
                import lib.reporting.Report;

                public class Consumer {
                    public static String run() {
                        Stats stats = Metrics.collect(3);
                        return Metrics.format(stats) + " " + Registry.Entry.label() + " " + Report.title();
                    }
                }
                """);
        assertThat(run(consolidated, migrated)).isEqualTo("done=3 entry report");
        Map<String, String> files = new LinkedHashMap<>(consolidated.files());
        files.put("src/main/java/app/Consumer.java", migrated);
        assertThat(JavaCompilation.compile(SourceTree.of(files), "8", List.of("-classpath", "")).errors())
                .as("also at release 8").isEmpty();
    }

    @Test
    void the_examples_exported_recipe_migrates_a_consumer_of_acme_batch_and_keeps_its_behaviour() throws Exception {
        // given the shipped example's main code and plan, and a consumer of its old API
        SourceTree example = mainCode(Path.of("examples/acme-batch"));
        Plan plan = new PlanParser().parse(Files.readString(Path.of("examples/acme-batch/.github/consolidation.yml")),
                ".github/consolidation.yml").plan();
        String consumer = """
                package app;

                import com.acme.batch.ProgressStats;
                import com.acme.batch.ProgressTracker;
                import com.acme.legacy.report.ReportFormat;
                import com.acme.legacy.util.TextPadding;
                import com.acme.progress.MetricsCollector;
                import com.acme.users.UserManager;

                public class Consumer {
                    public static String run() {
                        MetricsCollector metrics = new MetricsCollector();
                        ProgressStats stats = ProgressTracker.updateProgress(metrics, "import", 40, 80, 2);
                        UserManager users = new UserManager();
                        users.register("ann", "ann@example.com");
                        return ProgressTracker.reportProgress("import", stats)
                                + " " + ProgressTracker.shouldReport(200, ProgressTracker.DEFAULT_REPORT_INTERVAL)
                                + " " + users.find("ann").isPresent() + " " + users.count()
                                + " " + ReportFormat.values().length + " " + TextPadding.class.getSimpleName();
                    }
                }
                """;
        String before = run(example, consumer);

        // when the recipe of every phase runs on the consumer
        String migrated = migrate(OpenRewriteRecipes.render(PhaseMappings.of(plan, List.of())), OpenRewriteRecipes.ALL,
                example, consumer);

        // then it names only new types, compiles against the consolidated example and behaves the same
        assertThat(migrated).doesNotContain("ProgressTracker", "UserManager", "com.acme.legacy", "users.find(")
                .contains("MetricsCollector.collectBatchMetrics(", "users.findUser(\"ann\")", "users.userCount()");
        assertThat(run(consolidate(example, plan), migrated)).isEqualTo(before);
    }

    private static SourceTree mainCode(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path main = root.resolve("src/main/java");
        try (Stream<Path> walk = Files.walk(main)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return SourceTree.of(files);
    }

    @Test
    void a_phase_that_only_deletes_exports_a_recipe_openrewrite_loads_and_that_changes_nothing() {
        Plan plan = new PlanParser().parse("""
                version: 1
                phases:
                  - id: cleanup
                    title: Drop the unused type
                    steps:
                      - delete:
                          types: [lib.a.Old]
                """, ".github/consolidation.yml").plan();
        String yaml = OpenRewriteRecipes.render(PhaseMappings.of(plan, List.of()));

        assertThat(yaml).contains("recipeList: []\n# removed: lib.a.Old (no replacement)\n");
        assertThat(results(yaml, OpenRewriteRecipes.recipeName("cleanup"), SourceTree.of(LIBRARY), CONSUMER)).isEmpty();
    }

    private static SourceTree consolidate(SourceTree tree, Plan plan) {
        PhaseEngine engine = new PhaseEngine(new MergeTransform());
        for (Phase phase : plan.phases()) {
            PhaseResult result = engine.run(tree, phase);
            assertThat(result.problems()).as(phase.id()).isEmpty();
            tree = result.after();
        }
        return tree;
    }

    /** Compiles the consumer with the library and runs its {@code run()}; fails with javac's errors. */
    static String run(SourceTree library, String consumer) {
        Map<String, String> files = new LinkedHashMap<>(library.files());
        files.put("src/main/java/app/Consumer.java", consumer);
        JavaCompilation.Result compiled = JavaCompilation.compile(SourceTree.of(files), List.of("-classpath", ""));
        assertThat(compiled.errors()).as(consumer).isEmpty();
        return compiled.run("app.Consumer");
    }

    /** Runs the named recipe of the YAML with OpenRewrite on the consumer, typed against the library's sources. */
    static String migrate(String yaml, String recipeName, SourceTree library, String consumer) {
        List<Result> results = results(yaml, recipeName, library, consumer);
        assertThat(results).as("the recipe changes the consumer").hasSize(1);
        return results.get(0).getAfter().printAll();
    }

    static List<Result> results(String yaml, String recipeName, SourceTree library, String consumer) {
        Environment environment = Environment.builder()
                .load(new YamlResourceLoader(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                        URI.create("consolidation.yml"), new Properties()))
                .build();
        Recipe recipe = environment.activateRecipes(recipeName);
        InMemoryExecutionContext context = new InMemoryExecutionContext(e -> {
            throw new AssertionError("OpenRewrite failed", e);
        });
        String[] librarySources = library.files().entrySet().stream().filter(e -> e.getKey().endsWith(".java"))
                .map(Map.Entry::getValue).toArray(String[]::new);
        List<SourceFile> sources = JavaParser.fromJavaVersion().dependsOn(librarySources).build()
                .parse(context, consumer).toList();
        return recipe.run(new InMemoryLargeSourceSet(sources), context).getChangeset().getAllResults();
    }
}
