package dev.consolidator.transform;

import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Gson 2.11.0 as published (sources jar from Maven Central), a named module: its exported stream package moves,
 * a type follows it, and two exceptions are nested into their superclass. After every phase the library compiles
 * as a module (module-info.java included, error_prone_annotations on the module path), its imports stay sorted
 * the way google-java-format keeps them, and a second run changes nothing.
 */
class GsonModuleConsolidationTest {
    static final String MODULE_INFO = SourcesJar.ROOT + "module-info.java";
    static final String PLAN = """
            version: 1
            phases:
              - id: io
                title: Streams become io
                steps:
                  - movePackage: {from: com.google.gson.stream, to: com.google.gson.io}
              - id: parser
                title: The stream parser joins io
                steps:
                  - move: {type: com.google.gson.JsonStreamParser, to: com.google.gson.io.JsonStreamParser}
              - id: exceptions
                title: Parse exceptions nested in JsonParseException
                steps:
                  - merge:
                      types: [com.google.gson.JsonIOException, com.google.gson.JsonSyntaxException]
                      into: com.google.gson.JsonParseException
                      as: nested
            """;

    @TempDir
    Path tmp;

    @Test
    void gson_consolidated_phase_by_phase_compiles_as_a_module_after_each_with_its_imports_sorted() throws Exception {
        SourceTree tree = SourcesJar.tree("com/google/gson/Gson.java");
        assertEquals(List.of(), compileAsModule(tree, "as published"));
        Plan plan = new PlanParser().parse(PLAN, ".github/consolidation.yml").plan();
        PhaseEngine engine = new PhaseEngine(new MergeTransform());

        SourceTree current = tree;
        for (Phase phase : plan.phases()) {
            PhaseResult result = engine.run(current, phase);

            assertThat(result.problems()).as(() -> phase.id() + ": " + result.problems()).isEmpty();
            assertEquals(List.of(), compileAsModule(result.after(), "after " + phase.id()));
            assertThat(engine.run(result.after(), phase)).as(phase.id() + " again").matches(PhaseResult::alreadyApplied, "already applied");
            current = result.after();
        }

        String moduleInfo = current.text(MODULE_INFO);
        assertThat(moduleInfo).contains("\n  exports com.google.gson.io;\n").doesNotContain("com.google.gson.stream");
        assertEquals(tree.text(MODULE_INFO).replace("exports com.google.gson.stream;", "exports com.google.gson.io;"),
                moduleInfo, "only the exported package changes");
        assertEquals(sortedImports(current.text(SourcesJar.ROOT + "com/google/gson/Gson.java")),
                imports(current.text(SourcesJar.ROOT + "com/google/gson/Gson.java")));
        assertThat(current.text(SourcesJar.ROOT + "com/google/gson/Gson.java"))
                .contains("\nimport com.google.gson.io.JsonReader;\n");
    }

    @Test
    void gson_stream_package_moved_with_forwarders_still_exports_the_old_package_and_compiles_as_a_module() throws Exception {
        SourceTree tree = SourcesJar.tree("com/google/gson/Gson.java");
        Step move = new Step.MovePackage("com.google.gson.stream", "com.google.gson.io", false,
                dev.consolidator.plan.Compatibility.FORWARDING, null);

        PhaseResult result = new PhaseEngine(new MergeTransform())
                .run(tree, new Phase("io", "io", "", List.of(move), null));

        assertThat(result.problems()).as(() -> result.problems().toString()).isEmpty();
        String moduleInfo = result.after().text(MODULE_INFO);
        assertThat(moduleInfo).contains("\n  exports com.google.gson.stream;\n  exports com.google.gson.io;\n");
        assertThat(result.after().text(SourcesJar.ROOT + "com/google/gson/stream/JsonReader.java"))
                .contains("public class JsonReader extends com.google.gson.io.JsonReader {");
        assertEquals(List.of(), compileAsModule(result.after(), "with forwarders"));
    }

    /** javac in module mode on the tree written out; the first errors, if any. */
    private List<String> compileAsModule(SourceTree tree, String when) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "src");
        List<Path> sources = new ArrayList<>();
        for (var file : tree.files().entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            sources.add(path);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            String errorProne = SourcesJar.locationOf(com.google.errorprone.annotations.CanIgnoreReturnValue.class);
            javac.getTask(null, files, diagnostics, List.of("--release", "17", "-proc:none", "-Xlint:none",
                    "-d", Files.createTempDirectory(tmp, "classes").toString(), "--module-path", errorProne),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(10)
                .map(d -> when + ": " + d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
    }

    private static List<String> imports(String text) {
        return text.lines().filter(l -> l.startsWith("import ") && !l.startsWith("import static ")).toList();
    }

    private static List<String> sortedImports(String text) {
        return imports(text).stream().sorted().toList();
    }
}
