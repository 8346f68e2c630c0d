package dev.consolidator.command;

import dev.consolidator.github.CheckAnnotation;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhaseCheckTest {
    private static final List<TypeMapping> MOVED = List.of(new TypeMapping(TypeMapping.Kind.ONE_TO_ONE, "com.a.Old",
            "src/main/java/com/a/Old.java", "com.b.Old", "src/main/java/com/b/Old.java"));

    @Test
    void code_naming_an_old_type_is_annotated_at_its_line_but_strings_and_comments_are_not() {
        SourceTree head = SourceTree.of(Map.of("src/main/java/com/c/User.java", """
                package com.c;

                // was com.a.Old before the move
                /* com.a.Old */
                public class User {
                    static final String NAME = "com.a.Old";
                    static final String BLOCK = \"""
                        com.a.Old
                        \""";
                    com.a.Old stale;
                    char c = '"'; com.a.Old again;
                }
                """, "README.md", "com.a.Old\n"));

        List<CheckAnnotation> found = PhaseCheck.staleReferences(head, MOVED);

        assertEquals(List.of(10, 11), found.stream().map(CheckAnnotation::startLine).toList());
        assertEquals("src/main/java/com/c/User.java", found.get(0).path());
    }

    @Test
    void a_type_that_maps_back_onto_itself_is_not_stale() {
        List<TypeMapping> kept = List.of(new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, "com.b.Target",
                "src/main/java/com/b/Target.java", "com.b.Target", "src/main/java/com/b/Target.java"));
        SourceTree head = SourceTree.of(Map.of("src/main/java/com/c/User.java", "package com.c;\nclass User { com.b.Target t; }\n"));

        assertEquals(List.of(), PhaseCheck.staleReferences(head, kept));
    }
}
