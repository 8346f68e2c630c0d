package dev.consolidator.transform.engine;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.StepTransform;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.PLAN;
import static dev.consolidator.transform.engine.Steps.line;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.movePackage;
import static dev.consolidator.transform.engine.Steps.phase;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PhaseEngineTest {
    private final PhaseEngine engine = new PhaseEngine(new MergeTransform());
    private final SourceTree tree = tree(
            "src/main/java/com/a/One.java", "package com.a;\n\npublic class One {\n}\n",
            "src/main/java/com/a/Two.java", "package com.a;\n\npublic class Two {\n    One one;\n}\n",
            "src/main/java/com/b/Taken.java", "package com.b;\n\npublic class Taken {\n}\n");

    private static Problem only(PhaseResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void a_type_that_does_not_exist_is_a_problem_at_the_step_line_of_the_plan() {
        Problem p = only(engine.run(tree, phase(move("com.a.Missing", "com.b.Missing"))));
        assertEquals(PLAN + ":7", p.file() + ":" + p.line());
        assertEquals("type com.a.Missing does not exist in the tree (as the earlier steps leave it)", p.message());
    }

    @Test
    void a_package_that_does_not_exist_is_a_problem_at_the_step_line() {
        Problem p = only(engine.run(tree, phase(movePackage("com.nope", "com.elsewhere", false))));
        assertEquals(PLAN + ":10", p.file() + ":" + p.line());
        assertEquals("package com.nope does not exist in the tree (as the earlier steps leave it)", p.message());
    }

    @Test
    void a_missing_package_whose_target_exists_counts_as_already_moved_with_a_warning_at_the_step_line() {
        PhaseResult result = engine.run(tree, phase(movePackage("com.nope", "com.b", false)));
        assertThat(result.problems()).isEmpty();
        assertThat(result).matches(PhaseResult::alreadyApplied, "already applied");
        assertEquals(PLAN + ":10", result.warnings().get(0).file() + ":" + result.warnings().get(0).line());
    }

    @Test
    void a_move_target_that_exists_is_a_problem_at_the_step_line() {
        Problem p = only(engine.run(tree, phase(move("com.a.One", "com.b.Taken"))));
        assertEquals(PLAN + ":7", p.file() + ":" + p.line());
        assertEquals("cannot move com.a.One to com.b.Taken: com.b.Taken already exists", p.message());
    }

    @Test
    void a_target_package_that_lives_only_in_another_module_is_a_problem_at_the_step_line() {
        SourceTree modules = tree(
                "app/src/main/java/com/a/One.java", "package com.a;\n\npublic class One {\n}\n",
                "core/src/main/java/com/core/Base.java", "package com.core;\n\npublic class Base {\n}\n",
                "app/src/test/java/com/a/OneTest.java", "package com.a;\n\nclass OneTest {\n}\n");

        Problem p = only(engine.run(modules, phase(move("com.a.One", "com.core.One"))));

        assertEquals(PLAN + ":7", p.file() + ":" + p.line());
        assertEquals("package com.core has no source root in the module of com.a.One (app/src/main/java); it lives in"
                + " core/src/main/java. A move stays in its own module: pick a package of that module, or move the"
                + " type's module first", p.message());
        assertThat(engine.run(modules, phase(move("com.a.One", "com.fresh.One"))).problems()).as("a new package is created in the type's root").isEmpty();
        assertThat(engine.run(tree, phase(move("com.a.One", "com.b.One"))).problems()).as("one module: any root will do").isEmpty();
    }

    @Test
    void a_step_sees_the_tree_the_previous_step_left_and_the_phase_stops_at_the_first_refused_step() {
        PhaseResult result = engine.run(tree, phase(
                move("com.a.One", "com.c.One"),
                new Step.Move("com.a.One", "com.d.One", Compatibility.NONE, line(20)),
                move("com.a.Two", "com.c.Two")));
        assertThat(result.steps()).hasSize(2);
        assertThat(result.steps().get(0).changes().problems()).isEmpty();
        assertEquals(PLAN + ":20", only(result).file() + ":" + only(result).line());
        assertThat(result.after().paths()).as("the tree after the steps that succeeded")
                .contains("src/main/java/com/c/One.java");
        assertThat(result.after().paths()).contains("src/main/java/com/a/Two.java");
    }

    @Test
    void merge_runs_through_the_plugged_step_transform() {
        StepTransform deleteSources = (t, step, ctx) -> {
            ChangeBuilder out = new ChangeBuilder(t);
            for (String type : ((Step.Merge) step).types()) out.delete(ctx.model().pathOf(type).orElseThrow());
            return out.build();
        };
        Step.Merge merge = new Step.Merge(List.of("com.b.Taken"), "com.a.Two", MergeMode.NESTED, Map.of(), line(30));
        PhaseResult result = new PhaseEngine(deleteSources).run(tree, phase(merge));
        assertThat(result.problems()).isEmpty();
        assertThat(result.after().paths()).doesNotContain("src/main/java/com/b/Taken.java");
    }

    @Test
    void dry_run_applies_phases_in_order_each_on_top_of_the_previous() {
        Phase first = new Phase("first", "First", "", List.of(move("com.a.One", "com.c.One")), line(4));
        Phase second = new Phase("second", "Second", "", List.of(move("com.c.One", "com.d.Uno")), line(12));
        List<PhaseResult> results = engine.dryRun(tree, new Plan(1, 1, Compatibility.NONE, List.of(first, second)));
        assertThat(results).hasSize(2);
        assertThat(results.get(1).problems()).isEmpty();
        SourceTree end = results.get(1).after();
        assertEquals("package com.a;\n\nimport com.d.Uno;\n\npublic class Two {\n    Uno one;\n}\n", end.text("src/main/java/com/a/Two.java"));
        assertEquals(results.get(0).after(), results.get(1).before());
        assertEquals(3, results.get(1).metrics().javaFilesAfter());
    }

    @Test
    void dry_run_stops_after_the_first_phase_with_problems() {
        Phase bad = new Phase("bad", "Bad", "", List.of(move("com.a.Nope", "com.c.Nope")), line(4));
        Phase never = new Phase("never", "Never", "", List.of(move("com.a.One", "com.c.One")), line(12));
        List<PhaseResult> results = engine.dryRun(tree, new Plan(1, 1, Compatibility.NONE, List.of(bad, never)));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).problems()).as("the first phase is refused").isNotEmpty();
    }

    @Test
    void a_step_failing_on_an_internal_error_names_the_file_and_line_it_was_processing() {
        StepTransform crashing = (t, step, ctx) -> {
            String path = "src/main/java/com/a/Two.java";
            return dev.consolidator.transform.InternalFailure.inFile(path, () -> {
                var field = ctx.model().parse(path).orElseThrow()
                        .findFirst(com.github.javaparser.ast.body.FieldDeclaration.class).orElseThrow();
                dev.consolidator.transform.InternalFailure.at(field);
                throw new IllegalStateException("Symbol resolution not configured");
            });
        };
        Step merge = new Step.Merge(List.of("com.a.One"), "com.a.Two", MergeMode.NESTED, Map.of(), line(20));

        Problem p = only(new PhaseEngine(crashing).run(tree, phase(merge)));

        org.assertj.core.api.Assertions.assertThat(p.file()).isEqualTo("src/main/java/com/a/Two.java");
        org.assertj.core.api.Assertions.assertThat(p.line()).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThat(p.message()).contains("src/main/java/com/a/Two.java at line 4",
                "IllegalStateException: Symbol resolution not configured");
    }
}
