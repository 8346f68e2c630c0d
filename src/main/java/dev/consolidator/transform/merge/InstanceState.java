package dev.consolidator.transform.merge;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.List;
import java.util.Optional;

/**
 * What a class carries per instance: fields, instance initializers and constructors. Two such types cannot be
 * folded into one without deciding how their constructors combine, which a tool cannot prove; an empty no-argument
 * constructor (e.g. the private one of a utility class) carries nothing.
 */
final class InstanceState {
    private InstanceState() {
    }

    /**
     * The first declaration that ties the type's state to its construction: a non-trivial constructor, an instance
     * initializer, or a final field with no initializer (a constructor must set it). Fields that are initialized
     * where they are declared combine freely with another type's: every constructor of the merged class runs them.
     */
    static Optional<com.github.javaparser.ast.Node> constructionBound(TypeDeclaration<?> type) {
        for (var member : type.getMembers()) {
            if (member instanceof FieldDeclaration f && !f.isStatic() && f.isFinal()
                    && f.getVariables().stream().anyMatch(v -> v.getInitializer().isEmpty())) {
                return Optional.of(f);
            }
            if (member instanceof InitializerDeclaration i && !i.isStatic()) {
                return Optional.of(i);
            }
            if (member instanceof ConstructorDeclaration c && !isTrivial(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static boolean isTrivial(ConstructorDeclaration c) {
        return c.getParameters().isEmpty() && c.getBody().getStatements().isEmpty();
    }

    /** Whether {@code new T()} compiles from outside the class: no constructors, or a non-private no-arg one. */
    static boolean hasOpenNoArgConstructor(TypeDeclaration<?> type) {
        List<ConstructorDeclaration> ctors = type.getConstructors();
        return ctors.isEmpty() || ctors.stream().anyMatch(c -> c.getParameters().isEmpty()
                && !c.hasModifier(Modifier.Keyword.PRIVATE));
    }

    static boolean hasPrivateTrivialConstructorOnly(TypeDeclaration<?> type) {
        List<ConstructorDeclaration> ctors = type.getConstructors();
        return ctors.size() == 1 && isTrivial(ctors.get(0)) && ctors.get(0).hasModifier(Modifier.Keyword.PRIVATE);
    }
}
