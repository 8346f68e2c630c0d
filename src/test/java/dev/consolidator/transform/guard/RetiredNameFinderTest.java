package dev.consolidator.transform.guard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each kind of use of a retired name, as a pull request changes a file from {@code before} (the merge base) to
 * {@code after} (its head): only lines the PR added or changed are judged.
 */
class RetiredNameFinderTest {
    private static final RetiredName REPORT = new RetiredName("com.acme.legacy.report.ReportGenerator",
            "com.acme.reporting.ReportGenerator", "reporting-package", 12, true, false);
    private static final RetiredName PADDING = new RetiredName("com.acme.legacy.util.TextPadding",
            "com.acme.reporting.TextPadding", "reporting-package", 12, true, false);
    private static final RetiredName DATES = new RetiredName("com.acme.legacy.util.LegacyDates", null,
            "reporting-package", 12, true, false);
    private static final RetiredName STATS = new RetiredName("com.acme.batch.ProgressStats",
            "com.acme.progress.ProgressStats", "progress-stats", 13, false, false);
    private static final List<RetiredName> NAMES = List.of(REPORT, PADDING, DATES, STATS);

    private static List<GuardFinding> find(String path, String before, String after) {
        return new RetiredNameFinder(NAMES, Set.of("com.acme.legacy.report")).find(List.of(changed(path, before, after)));
    }

    /** The head's file with the lines that are not in the base file (enough for these one-file examples). */
    private static ChangedFile changed(String path, String before, String after) {
        List<String> old = new ArrayList<>(before.lines().toList());
        Set<Integer> lines = new HashSet<>();
        List<String> now = after.lines().toList();
        for (int i = 0; i < now.size(); i++) {
            if (!old.remove(now.get(i))) {
                lines.add(i + 1);
            }
        }
        return new ChangedFile(path, after, lines);
    }

    @Test
    void an_added_import_of_a_retired_type_is_found_with_the_new_name_phase_and_pr() {
        List<GuardFinding> found = find("src/main/java/com/acme/app/Export.java", """
                package com.acme.app;

                class Export {
                }
                """, """
                package com.acme.app;

                import com.acme.legacy.report.ReportGenerator;

                class Export {
                    ReportGenerator generator;
                }
                """);

        assertThat(found).extracting(GuardFinding::line, GuardFinding::use).containsExactly(
                tuple(3, GuardFinding.Use.IMPORT), tuple(6, GuardFinding.Use.IMPORTED_SIMPLE_NAME));
        assertThat(found.get(0).message()).contains("com.acme.legacy.report.ReportGenerator",
                "Use `com.acme.reporting.ReportGenerator` instead", "phase `reporting-package` (#12)", "retired");
        assertThat(found.get(0)).matches(GuardFinding::blocking, "blocking");
    }

    @Test
    void a_static_import_of_a_member_of_a_retired_type_is_found() {
        List<GuardFinding> found = find("A.java", "package a;\n\nclass A {\n}\n", """
                package a;

                import static com.acme.legacy.util.TextPadding.padRight;

                class A {
                }
                """);

        assertThat(found).extracting(GuardFinding::line, GuardFinding::use, f -> f.name().oldType())
                .containsExactly(tuple(3, GuardFinding.Use.STATIC_IMPORT, PADDING.oldType()));
    }

    @Test
    void a_qualified_name_in_code_is_found_but_not_in_comments_or_strings() {
        List<GuardFinding> found = find("A.java", "package a;\n\nclass A {\n}\n", """
                package a;

                class A {
                    // com.acme.legacy.util.LegacyDates was deleted
                    String s = "com.acme.legacy.util.LegacyDates";
                    Object d = com.acme.legacy.util.LegacyDates.today();
                }
                """);

        assertThat(found).extracting(GuardFinding::line, GuardFinding::use)
                .containsExactly(tuple(6, GuardFinding.Use.QUALIFIED_NAME));
        assertThat(found.get(0).message()).contains("deleted; there is no replacement");
    }

    @Test
    void a_simple_name_through_a_wildcard_import_is_found_on_the_changed_line_only() {
        String before = """
                package com.acme.app;

                import com.acme.legacy.util.*;

                class A {
                    int width = 3;
                }
                """;
        List<GuardFinding> found = find("A.java", before, """
                package com.acme.app;

                import com.acme.legacy.util.*;

                class A {
                    int width = 3;
                    String padded = TextPadding.padRight("x", width);
                }
                """);

        assertThat(found).extracting(GuardFinding::line, GuardFinding::use)
                .containsExactly(tuple(7, GuardFinding.Use.WILDCARD_SIMPLE_NAME));
    }

    @Test
    void a_simple_name_from_the_same_package_is_found() {
        List<GuardFinding> found = find("src/main/java/com/acme/legacy/util/Helpers.java", "", """
                package com.acme.legacy.util;

                final class Helpers {
                    static String pad(String s) {
                        return TextPadding.padRight(s, 10);
                    }
                }
                """);

        assertThat(found).extracting(GuardFinding::line, GuardFinding::use)
                .containsExactly(tuple(5, GuardFinding.Use.SAME_PACKAGE_SIMPLE_NAME));
    }

    @Test
    void a_simple_name_that_means_another_type_is_not_a_finding() {
        List<GuardFinding> found = find("A.java", "", """
                package com.acme.legacy.util;

                import com.acme.reporting.TextPadding;
                import com.acme.legacy.report.*;

                class A {
                    TextPadding padding;
                }

                class ReportGenerator {
                }

                class B {
                    ReportGenerator own;
                }
                """);

        assertThat(found).isEmpty();
    }

    @Test
    void module_info_exports_of_an_emptied_package_and_service_uses_are_found() {
        List<GuardFinding> found = find("src/main/java/module-info.java", """
                module acme.batch {
                    exports com.acme.batch;
                }
                """, """
                module acme.batch {
                    exports com.acme.batch;
                    exports com.acme.legacy.report;
                    uses com.acme.legacy.report.ReportGenerator;
                }
                """);

        assertThat(found).extracting(GuardFinding::line, GuardFinding::use, f -> f.name().oldType())
                .containsExactly(tuple(3, GuardFinding.Use.MODULE_DIRECTIVE, "com.acme.legacy.report"),
                        tuple(4, GuardFinding.Use.MODULE_DIRECTIVE, REPORT.oldType()));
        assertThat(found.get(0).message()).contains("Use `com.acme.reporting` instead");
    }

    @Test
    void meta_inf_services_file_names_and_provider_lines_are_found() {
        List<GuardFinding> found = find("src/main/resources/META-INF/services/com.acme.legacy.report.ReportGenerator", "", """
                # the CSV writer
                com.acme.legacy.util.TextPadding
                com.acme.app.Settings
                """);

        assertThat(found).extracting(GuardFinding::line, GuardFinding::use, f -> f.name().oldType())
                .containsExactly(tuple(1, GuardFinding.Use.SERVICE_ENTRY, REPORT.oldType()),
                        tuple(2, GuardFinding.Use.SERVICE_ENTRY, PADDING.oldType()));
    }

    @Test
    void a_type_that_survives_only_as_a_deprecated_forwarder_says_so() {
        RetiredName forwarded = new RetiredName("com.acme.users.UserManager", "com.acme.identity.IdentityManager",
                "identity", 20, true, true);
        List<GuardFinding> found = new RetiredNameFinder(List.of(forwarded), Set.of()).find(List.of(changed("B.java",
                "package b;\n", "package b;\n\nimport com.acme.users.UserManager;\n")));

        assertThat(found).extracting(GuardFinding::line).containsExactly(3);
        assertThat(found.get(0).message()).contains("only survives as a deprecated forwarder",
                "Use `com.acme.identity.IdentityManager` instead");
    }

    @Test
    void a_name_an_open_phase_is_retiring_is_a_notice() {
        List<GuardFinding> found = find("A.java", "package a;\n", "package a;\n\nimport com.acme.batch.ProgressStats;\n");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f).doesNotMatch(GuardFinding::blocking, "blocking");
            assertThat(f.message()).contains("is retiring (not merged yet)", "progress-stats", "#13");
        });
    }

    @Test
    void uses_already_on_the_base_are_not_the_authors() {
        String before = """
                package com.acme.app;

                import com.acme.legacy.util.TextPadding;

                class A {
                    String s = TextPadding.padRight("x", 3);
                }
                """;
        String after = before.replace("class A {", "class A {\n    int added = 1;");

        assertThat(find("A.java", before, after)).isEmpty();
    }

    @Test
    void a_nested_type_and_a_type_named_like_a_prefix_are_told_apart() {
        List<GuardFinding> found = find("A.java", "package a;\n", """
                package a;

                class A {
                    com.acme.legacy.report.ReportGenerator.Options options;
                    com.acme.legacy.report.ReportGeneratorFactory factory;
                }
                """);

        assertThat(found).extracting(GuardFinding::line).containsExactly(4);
    }
}
