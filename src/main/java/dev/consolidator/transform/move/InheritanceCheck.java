package dev.consolidator.transform.move;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.consolidator.transform.retarget.FileScope;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The same-package access a subclass relies on without naming it: super constructor calls and overriding of
 * package-private methods, between a class and a superclass that end up in different packages.
 */
final class InheritanceCheck {
    /** Where a problem goes: file, node, symbol, what is used, the file's new package, the owner type. */
    interface Reporter {
        void report(String path, Node use, String symbol, String what, String newPkg, String owner);
    }

    private final SourceModel model;
    private final Function<String, String> newPackageOfType;
    private final Reporter reporter;

    InheritanceCheck(SourceModel model, Function<String, String> newPackageOfType, Reporter reporter) {
        this.model = model;
        this.newPackageOfType = newPackageOfType;
        this.reporter = reporter;
    }

    /**
     * Super constructor calls, explicit ({@code super(...)}) or implicit (a constructor without one, or the default
     * constructor): matched by argument count against the superclass's constructors, syntactically, since the
     * solver does not resolve them reliably.
     */
    void check(String path, CompilationUnit cu, String pkg, String newPkg, FileScope scope) {
        for (ClassOrInterfaceDeclaration decl : cu.findAll(ClassOrInterfaceDeclaration.class)) {
            if (decl.isInterface() || decl.getExtendedTypes().isEmpty()) continue;
            ClassOrInterfaceType superType = decl.getExtendedTypes().get(0);
            if (superType.getScope().isPresent()) continue;
            Optional<String> superFqn = scope.resolve(superType.getNameAsString());
            if (superFqn.isEmpty() || !SourceModel.packageOf(superFqn.get()).equals(pkg)
                    || newPackageOfType.apply(superFqn.get()).equals(newPkg)) continue;
            Optional<ClassOrInterfaceDeclaration> superDecl = model.pathOf(superFqn.get()).flatMap(model::parse)
                    .flatMap(u -> u.findAll(ClassOrInterfaceDeclaration.class).stream()
                            .filter(d -> d.getFullyQualifiedName().filter(superFqn.get()::equals).isPresent()).findFirst());
            if (superDecl.isEmpty()) continue;
            lostOverrides(path, decl, superDecl.get(), superFqn.get(), newPkg);
            if (superDecl.get().getConstructors().isEmpty()) continue;
            List<Node> calls = new ArrayList<>();
            List<Integer> arities = new ArrayList<>();
            if (decl.getConstructors().isEmpty()) {
                calls.add(decl);
                arities.add(0);
            }
            for (var constructor : decl.getConstructors()) {
                var first = constructor.getBody().getStatements().getFirst();
                if (first.isPresent() && first.get() instanceof com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt call) {
                    if (call.isThis()) continue;
                    calls.add(call);
                    arities.add(call.getArguments().size());
                } else {
                    calls.add(constructor);
                    arities.add(0);
                }
            }
            for (int i = 0; i < calls.size(); i++) {
                int arity = arities.get(i);
                List<com.github.javaparser.ast.body.ConstructorDeclaration> candidates = superDecl.get().getConstructors().stream()
                        .filter(c -> c.getParameters().size() == arity).toList();
                if (candidates.isEmpty() || candidates.stream().anyMatch(c -> c.isPublic() || c.isProtected())) continue;
                if (candidates.stream().allMatch(c -> c.isPrivate())) continue;
                String signature = superFqn.get() + "(" + candidates.get(0).getParameters().stream()
                        .map(p -> p.getType().asString()).collect(java.util.stream.Collectors.joining(", ")) + ")";
                reporter.report(path, calls.get(i), "constructor " + signature, "calls package-private constructor " + signature,
                        newPkg, superFqn.get());
            }
        }
    }

    /** A package-private method is only overridden from its own package: across packages it silently stops. */
    private void lostOverrides(String path, ClassOrInterfaceDeclaration decl, ClassOrInterfaceDeclaration superDecl,
                               String superFqn, String newPkg) {
        for (var method : decl.getMethods()) {
            if (method.isStatic() || method.isPrivate()) continue;
            superDecl.getMethodsByName(method.getNameAsString()).stream()
                    .filter(m -> !m.isStatic() && !m.isPublic() && !m.isProtected() && !m.isPrivate())
                    .filter(m -> m.getParameters().size() == method.getParameters().size())
                    .findFirst()
                    .ifPresent(m -> reporter.report(path, method, "method " + superFqn + "." + m.getNameAsString() + "()",
                            "overrides package-private method " + superFqn + "." + m.getNameAsString()
                                    + ", which it would no longer override", newPkg, superFqn));
        }
    }
}
