package dev.consolidator.transform.move;

import com.github.javaparser.ast.AccessSpecifier;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.consolidator.transform.InternalFailure;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.resolve.TreeTypeSolver;
import dev.consolidator.transform.retarget.FileScope;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses moves that would not compile because same-package access is lost: a moved type using package-private (or
 * protected) members or types left in its old package, and code left behind using those of the moved type. Only the
 * files of the packages that lose members are read, and of those only the ones that can matter ({@link AccessReach});
 * names are first matched against the members that could be in trouble (a cheap syntactic pass) and only those uses
 * are resolved with the symbol solver.
 */
final class AccessCheck {
    private final SourceModel model;
    private final MovePlan plan;
    private final Map<String, String> newPackageOfFile = new HashMap<>();
    private final Map<String, Set<String>> restrictedMembers = new HashMap<>();   // member name -> declaring types
    private final Set<String> restrictedTypes = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    AccessCheck(SourceModel model, MovePlan plan) {
        this.model = model;
        this.plan = plan;
    }

    List<Problem> problems() {
        Set<String> packages = new LinkedHashSet<>();
        for (FileMove m : plan.moves()) {
            newPackageOfFile.put(m.oldPath(), m.newPackage());
            if (!m.oldPackage().equals(m.newPackage())) packages.add(m.oldPackage());
        }
        if (packages.isEmpty()) return problems;
        // what leaves a package is read first: it tells which of the files that stay can matter (AccessReach)
        Map<String, AccessReach> reach = new HashMap<>();
        boolean movedRestrict = false;
        for (String pkg : packages) {
            AccessReach r = reach.computeIfAbsent(pkg, p -> new AccessReach(model, p));
            for (String path : model.filesIn(pkg)) {
                if (!leavesPackage(path, pkg)) continue;
                Set<String> before = new HashSet<>(restrictedMembers.keySet());
                int types = restrictedTypes.size();
                InternalFailure.inFile(path, () -> collectRestricted(path));
                movedRestrict |= restrictedTypes.size() > types || !before.containsAll(restrictedMembers.keySet());
                r.addDeclaredByMoved(restrictedMembers.keySet().stream().filter(n -> !before.contains(n)).toList());
                model.parse(path).ifPresent(cu -> InternalFailure.inFile(path, () -> r.addMoved(cu)));
            }
        }
        for (String pkg : packages) {
            for (String path : model.filesIn(pkg)) {
                if (leavesPackage(path, pkg) || !reach.get(pkg).mayDeclareUsed(path)) continue;
                InternalFailure.inFile(path, () -> collectRestricted(path));
            }
        }
        if (restrictedMembers.isEmpty() && restrictedTypes.isEmpty()) return problems;
        var solver = TreeTypeSolver.forModel(model);
        try {
            JavaParserFacade facade = JavaParserFacade.get(solver);
            for (String pkg : packages) {
                for (String path : model.filesIn(pkg)) {
                    // a file that stays can only lose access to what the moved files restrict
                    if (!leavesPackage(path, pkg) && (!movedRestrict || !reach.get(pkg).mayUseMoved(path))) continue;
                    model.parse(path).ifPresent(cu -> InternalFailure.inFile(path, () -> check(path, cu, facade)));
                }
            }
        } finally {
            TreeTypeSolver.release();
        }
        return problems;
    }

    private boolean leavesPackage(String path, String pkg) {
        return !newPackageOfPath(path).equals(pkg);
    }

    private String newPackageOfType(String fqn) {
        return model.pathOf(fqn).map(p -> newPackageOfFile.getOrDefault(p, model.file(p).orElseThrow().packageName()))
                .orElse(SourceModel.packageOf(fqn));
    }

    private String newPackageOfPath(String path) {
        return newPackageOfFile.getOrDefault(path, model.file(path).orElseThrow().packageName());
    }

    private void collectRestricted(String path) {
        model.parse(path).ifPresent(cu -> {
            for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
                String fqn = type.getFullyQualifiedName().orElse(null);
                if (fqn == null) continue;
                if (type.isTopLevelType() && !type.isPublic()) restrictedTypes.add(fqn);
                for (Node member : type.getMembers()) {
                    if (!(member instanceof NodeWithModifiers<?> m) || isOpen(m)) continue;
                    if (type instanceof ClassOrInterfaceDeclaration c && c.isInterface()) continue;  // implicitly public
                    if (member instanceof CallableDeclaration<?> callable) {
                        String name = callable.isConstructorDeclaration() ? "<init>" : callable.getNameAsString();
                        restrictedMembers.computeIfAbsent(name, k -> new HashSet<>()).add(fqn);
                    } else if (member instanceof FieldDeclaration field) {
                        field.getVariables().forEach(v -> restrictedMembers.computeIfAbsent(v.getNameAsString(),
                                k -> new HashSet<>()).add(fqn));
                    }
                }
            }
        });
    }

    private static boolean isOpen(NodeWithModifiers<?> m) {
        return m.hasModifier(com.github.javaparser.ast.Modifier.Keyword.PUBLIC)
                || m.hasModifier(com.github.javaparser.ast.Modifier.Keyword.PRIVATE);
    }

    private void check(String path, CompilationUnit cu, JavaParserFacade facade) {
        String pkg = model.file(path).orElseThrow().packageName();
        String newPkg = newPackageOfPath(path);
        FileScope scope = FileScope.of(model, cu);
        Set<String> reportedTypes = new HashSet<>();
        for (ClassOrInterfaceType type : cu.findAll(ClassOrInterfaceType.class)) {
            if (type.getScope().isPresent()) continue;
            Optional<String> fqn = scope.resolve(type.getNameAsString());
            if (fqn.isEmpty() || !restrictedTypes.contains(fqn.get()) || !SourceModel.packageOf(fqn.get()).equals(pkg)) continue;
            if (newPackageOfType(fqn.get()).equals(newPkg) || !reportedTypes.add(fqn.get())) continue;
            report(path, type, fqn.get(), "uses " + fqn.get() + ", which is not public", newPkg, fqn.get());
        }
        for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
            if (!restrictedMembers.containsKey(call.getNameAsString())) continue;
            InternalFailure.at(call);
            solve(() -> facade.solve(call)).ifPresent(m -> check(path, call, m.declaringType(), m.accessSpecifier(),
                    "method " + m.getQualifiedSignature(), pkg, newPkg, facade));
        }
        for (ObjectCreationExpr creation : cu.findAll(ObjectCreationExpr.class)) {
            if (!restrictedMembers.containsKey("<init>") || creation.getAnonymousClassBody().isPresent()) continue;
            InternalFailure.at(creation);
            solve(() -> facade.solve(creation)).ifPresent(c -> check(path, creation, c.declaringType(), c.accessSpecifier(),
                    "constructor " + c.getQualifiedSignature(), pkg, newPkg, facade));
        }
        new InheritanceCheck(model, this::newPackageOfType, this::report).check(path, cu, pkg, newPkg, scope);
        List<Expression> fieldUses = new ArrayList<>();
        cu.findAll(FieldAccessExpr.class).forEach(fieldUses::add);
        cu.findAll(NameExpr.class).forEach(fieldUses::add);
        for (Expression use : fieldUses) {
            String name = use instanceof FieldAccessExpr f ? f.getNameAsString() : ((NameExpr) use).getNameAsString();
            if (!restrictedMembers.containsKey(name)) continue;
            InternalFailure.at(use);
            Optional<ResolvedValueDeclaration> value = solve(() -> use instanceof FieldAccessExpr f ? facade.solve(f) : facade.solve((NameExpr) use));
            if (value.isEmpty() || !value.get().isField()) continue;
            var field = value.get().asField();
            check(path, use, field.declaringType(), field.accessSpecifier(), "field " + field.declaringType().getQualifiedName()
                    + "." + field.getName(), pkg, newPkg, facade);
        }
    }

    private void check(String path, Node use, com.github.javaparser.resolution.declarations.ResolvedTypeDeclaration owner, AccessSpecifier access, String what,
                       String pkg, String newPkg, JavaParserFacade facade) {
        if (access == AccessSpecifier.PUBLIC || access == AccessSpecifier.PRIVATE) return;
        String ownerFqn = owner.getQualifiedName();
        if (!restrictedTypesOrMembersOwner(ownerFqn) || !owner.getPackageName().equals(pkg)) return;
        if (newPackageOfType(ownerFqn).equals(newPkg)) return;
        if (access == AccessSpecifier.PROTECTED && isSubclassOf(use, ownerFqn, facade)) return;
        String level = access == AccessSpecifier.PROTECTED ? "protected" : "package-private";
        report(path, use, what, "uses " + level + " " + what, newPkg, ownerFqn);
    }

    private boolean restrictedTypesOrMembersOwner(String fqn) {
        return restrictedMembers.values().stream().anyMatch(s -> s.contains(fqn));
    }

    private boolean isSubclassOf(Node use, String ownerFqn, JavaParserFacade facade) {
        Optional<ClassOrInterfaceDeclaration> enclosing = use.findAncestor(ClassOrInterfaceDeclaration.class);
        if (enclosing.isEmpty()) return false;
        try {
            return facade.getTypeDeclaration(enclosing.get()).getAllAncestors().stream()
                    .anyMatch(a -> a.getQualifiedName().equals(ownerFqn));
        } catch (RuntimeException e) {
            return false;
        }
    }

    void report(String path, Node use, String symbol, String what, String newPkg, String owner) {
        int line = use.getBegin().map(p -> p.line).orElse(1);
        String where = newPkg.equals(model.file(path).orElseThrow().packageName())
                ? "its owner " + owner + " moves to package " + newPackageOfType(owner)
                : "this file moves to package " + newPkg + " while " + owner + " stays in " + SourceModel.packageOf(owner);
        problems.add(new Problem(path, line, symbol, path.substring(path.lastIndexOf('/') + 1).replace(".java", "") + " " + what
                + ", but " + where + " and would lose access; make it public, or move both together"));
    }

    private static <T> Optional<T> solve(java.util.function.Supplier<SymbolReference<? extends T>> solve) {
        try {
            SymbolReference<? extends T> ref = solve.get();
            return ref.isSolved() ? Optional.of(ref.getCorrespondingDeclaration()) : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();   // unresolvable use (library type missing): not evidence of a problem
        }
    }
}
