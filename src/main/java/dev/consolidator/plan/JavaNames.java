package dev.consolidator.plan;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Checks the Java names a plan uses, saying which part is wrong rather than just "invalid name". */
final class JavaNames {
    /** Contextual words that may name a package or method but not a type (JLS 3.9). */
    private static final Set<String> NOT_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    private JavaNames() {
    }

    /** What is wrong with a package name such as {@code com.acme.reporting}, if anything. */
    static Optional<String> packageNameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            return Optional.of("it has an empty segment (a leading, trailing or doubled `.`)");
        }
        for (String segment : name.split("\\.")) {
            Optional<String> problem = identifierProblem(segment);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a fully qualified type name such as {@code com.acme.batch.ProgressTracker}, if anything. */
    static Optional<String> typeNameProblem(String name) {
        Optional<String> problem = packageNameProblem(name);
        if (problem.isPresent()) {
            return problem;
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.of("it has no package, and a type in the default package cannot be imported");
        }
        String simple = name.substring(dot + 1);
        if (NOT_TYPE_NAMES.contains(simple)) {
            return Optional.of("`" + simple + "` cannot name a type in Java 17");
        }
        return Optional.empty();
    }

    /** What is wrong with a single identifier such as a method name, if anything. */
    static Optional<String> identifierProblem(String identifier) {
        if (identifier.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (SourceVersion.isKeyword(identifier, SourceVersion.RELEASE_17)) {
            return Optional.of("`" + identifier + "` is a Java keyword");
        }
        if (!Character.isJavaIdentifierStart(identifier.codePointAt(0))) {
            return Optional.of("`" + identifier + "` does not start with a letter, `_` or `$`");
        }
        if (!identifier.codePoints().allMatch(Character::isJavaIdentifierPart)) {
            return Optional.of("`" + identifier + "` contains a character that is not allowed in a Java name");
        }
        return Optional.empty();
    }
}
