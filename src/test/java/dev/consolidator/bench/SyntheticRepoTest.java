package dev.consolidator.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.PackageDeclaration;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanParser;
import dev.consolidator.plan.Step;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRepoTest {
    private static final int FILES = 200;

    @TempDir
    Path temp;

    @Test
    void every_generated_file_parses_and_sits_at_the_path_of_its_package_and_type() throws IOException {
        Path repo = temp.resolve("repo");
        SyntheticRepo.generate(repo, FILES, 42);

        Map<String, String> sources = javaFiles(repo);
        assertThat(sources.keySet()).hasSize(FILES);
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        sources.forEach((path, text) -> {
            ParseResult<CompilationUnit> parsed = parser.parse(text);
            assertThat(parsed).as(path).matches(ParseResult::isSuccessful, "parsed successfully");
            CompilationUnit unit = parsed.getResult().orElseThrow();
            String pkg = unit.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
            String typeName = unit.getType(0).getNameAsString();
            assertEquals(SyntheticRepo.SOURCE_ROOT + "/" + pkg.replace('.', '/') + "/" + typeName + ".java", path);
        });
    }

    @Test
    void about_a_tenth_of_the_files_use_the_package_the_plan_moves() throws IOException {
        Path repo = temp.resolve("repo");
        SyntheticRepo.Summary summary = SyntheticRepo.generate(repo, FILES, 42);

        String movedDir = SyntheticRepo.SOURCE_ROOT + "/" + SyntheticRepo.MOVED_FROM.replace('.', '/') + "/";
        long users = javaFiles(repo).entrySet().stream()
                .filter(e -> !e.getKey().startsWith(movedDir))
                .filter(e -> e.getValue().contains(SyntheticRepo.MOVED_FROM + "."))
                .count();
        assertEquals(summary.filesUsingMovedPackage(), users);
        assertEquals(Math.round((FILES - 3) * SyntheticRepo.USER_SHARE), users);

        PlanParseResult plan = new PlanParser().parse(Files.readString(summary.planFile()), ".github/consolidation.yml");
        assertThat(plan.problems()).as("problems of the plan").isEmpty();
        Step.MovePackage step = (Step.MovePackage) plan.plan().phases().get(0).steps().get(0);
        assertEquals(SyntheticRepo.MOVED_FROM, step.from());
        assertEquals(SyntheticRepo.MOVED_TO, step.to());
    }

    @Test
    void the_generated_repository_compiles() throws IOException {
        Path repo = temp.resolve("repo");
        SyntheticRepo.generate(repo, FILES, 7);
        List<String> args;
        try (Stream<Path> files = Files.walk(repo.resolve(SyntheticRepo.SOURCE_ROOT))) {
            args = Stream.concat(Stream.of("-d", temp.resolve("classes").toString(), "-proc:none"),
                    files.filter(p -> p.toString().endsWith(".java")).map(Path::toString)).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int exit = javac.run(null, null, errors, args.toArray(String[]::new));

        assertEquals(0, exit, errors::toString);
    }

    @Test
    void the_same_seed_gives_the_same_repository_and_another_seed_a_different_one() throws IOException {
        SyntheticRepo.generate(temp.resolve("a"), FILES, 42);
        SyntheticRepo.generate(temp.resolve("b"), FILES, 42);
        SyntheticRepo.generate(temp.resolve("c"), FILES, 43);

        assertEquals(javaFiles(temp.resolve("a")), javaFiles(temp.resolve("b")));
        assertNotEquals(javaFiles(temp.resolve("a")), javaFiles(temp.resolve("c")));
    }

    @Test
    void a_directory_that_is_not_empty_is_refused() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SyntheticRepo.generate(temp, FILES, 42));

        assertThat(refused.getMessage()).contains("is not empty");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(temp.resolve("keep.txt")), left.toList());
        }
    }

    /** Every .java file of the repository by its path relative to the repository, with its text. */
    private static Map<String, String> javaFiles(Path repo) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(repo)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(repo.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        }
        return files;
    }
}
