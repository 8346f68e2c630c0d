package dev.consolidator.transform.merge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;

import java.util.Optional;
import java.util.Set;

/**
 * When the solver cannot resolve a whole call (an argument of a library type it does not know, say), the receiver
 * alone may still prove which type declares the method: a receiver typed exactly as a merged type that extends and
 * implements nothing can only call that type's methods. Anything less certain stays unresolved (empty), which the
 * caller turns into a problem.
 */
final class Receivers {
    private Receivers() {
    }

    /** The declaring type proven by the receiver's static type, or empty when it cannot be proven. */
    static Optional<String> byReceiver(Expression scope, Set<String> sources) {
        ResolvedType type = scope instanceof TypeExpr t ? t.getType().resolve() : scope.calculateResolvedType();
        if (!type.isReferenceType()) {
            return Optional.empty();
        }
        ResolvedReferenceType ref = type.asReferenceType();
        String name = ref.getQualifiedName();
        if (sources.contains(name)) {
            return ref.getTypeDeclaration().filter(d -> d.getAncestors(true).stream()
                    .allMatch(a -> a.getQualifiedName().equals("java.lang.Object"))).map(d -> name);
        }
        boolean inheritsFromSource = ref.getAllAncestors().stream().anyMatch(a -> sources.contains(a.getQualifiedName()));
        return inheritsFromSource ? Optional.empty() : Optional.of(name);
    }

    /**
     * An unqualified call means the innermost enclosing type that declares a method of that name, unless a type on
     * the way out inherits from elsewhere (then it may inherit one); outside every type, a single static import.
     */
    static Optional<String> unqualified(MethodCallExpr call, CompilationUnit cu, Set<String> sources) {
        String name = call.getNameAsString();
        Node node = call;
        while (node.getParentNode().isPresent()) {
            node = node.getParentNode().get();
            if (node instanceof com.github.javaparser.ast.expr.ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
                return Optional.empty(); // an anonymous class inherits from its supertype: cannot tell
            }
            if (node instanceof TypeDeclaration<?> type) {
                if (!type.getMethodsByName(name).isEmpty()) {
                    return type.getFullyQualifiedName();
                }
                if (inheritsAnything(type)) {
                    return Optional.empty();
                }
            }
        }
        for (ImportDeclaration i : cu.getImports()) {
            if (i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
                return i.getName().getQualifier().map(q -> q.asString());
            }
        }
        return Optional.empty();
    }

    private static boolean inheritsAnything(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration c && c.getExtendedTypes().isNonEmpty()) {
            return true;
        }
        return type instanceof NodeWithImplements<?> i && i.getImplementedTypes().isNonEmpty();
    }
}
