package dev.consolidator.transform.move;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.consolidator.transform.retarget.FileScope;
import dev.consolidator.transform.source.Identifiers;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which files that stay in an old package the access check has to read, from the files that leave it. A staying
 * file matters in two ways only: it declares a restricted member or type a moved file uses (then it declares a type
 * the moved file names, inherits from or imports statically, or its text holds the member's name), or it uses a
 * restricted member or type of a moved file (then its text holds that member's name or a moved type's name). Any
 * other file needs no parse: on a big package that is most of it.
 */
final class AccessReach {
    private final SourceModel model;
    private final String pkg;
    private final Set<String> used = new HashSet<>();
    private final Set<String> declaredByMoved = new HashSet<>();
    private final Set<String> read = new HashSet<>();
    private final Set<String> inherited = new HashSet<>();

    AccessReach(SourceModel model, String pkg) {
        this.model = model;
        this.pkg = pkg;
    }

    /**
     * A file leaving the package. An unqualified name is its own, inherited, or statically imported: so the files of
     * the old package it inherits from or imports statically are read whole. A qualified member name ({@code x.f},
     * {@code x.m()}) may be any type's: a staying file that holds it is read. A type of the old package it names:
     * its file is read.
     */
    void addMoved(CompilationUnit cu) {
        FileScope scope = FileScope.of(model, cu);
        cu.findAll(MethodCallExpr.class).forEach(c -> {
            if (c.getScope().isPresent()) used.add(c.getNameAsString());
        });
        cu.findAll(FieldAccessExpr.class).forEach(f -> used.add(f.getNameAsString()));
        for (ClassOrInterfaceType type : cu.findAll(ClassOrInterfaceType.class)) {
            Optional<String> fqn = type.getScope().isPresent() ? Optional.empty() : scope.resolve(type.getNameAsString());
            if (fqn.isEmpty()) {
                used.add(type.getNameAsString());
            } else {
                inPackage(fqn).ifPresent(read::add);
            }
        }
        cu.findAll(TypeDeclaration.class).forEach(t -> declaredByMoved.add(t.getNameAsString()));
        for (ImportDeclaration imp : cu.getImports()) {
            if (!imp.isStatic()) continue;
            String type = imp.isAsterisk() ? imp.getNameAsString() : SourceModel.packageOf(imp.getNameAsString());
            inPackage(Optional.of(type)).ifPresent(this::readWithSupertypes);
        }
        supertypes(cu, scope).forEach(this::readWithSupertypes);
    }

    /** Restricted members the moved files declare: a file that stays uses them only by name. */
    void addDeclaredByMoved(Collection<String> names) {
        declaredByMoved.addAll(names);
    }

    /** Whether a staying file may declare something a moved file uses (uses matched by name, see addMoved). */
    boolean mayDeclareUsed(String path) {
        return read.contains(path) || Identifiers.anyIn(model.tree().text(path), used);
    }

    /** Whether a staying file may use something the moved files declare. */
    boolean mayUseMoved(String path) {
        return Identifiers.anyIn(model.tree().text(path), declaredByMoved);
    }

    /** The file declaring a type, when the type is one of the old package's. */
    private Optional<String> inPackage(Optional<String> type) {
        Optional<String> top = type.flatMap(model::topLevelOf);
        if (top.isEmpty() || !SourceModel.packageOf(top.get()).equals(pkg)) return Optional.empty();
        return model.pathOf(top.get());
    }

    /**
     * The file and, transitively, the files of its superclasses (and anonymous subclasses' supertypes) in the old
     * package: inherited members are used without naming their owner.
     */
    private void readWithSupertypes(String path) {
        Deque<String> pending = new ArrayDeque<>(Set.of(path));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (!inherited.add(next)) continue;
            read.add(next);
            model.parse(next).ifPresent(cu -> pending.addAll(supertypes(cu, FileScope.of(model, cu))));
        }
    }

    private Set<String> supertypes(CompilationUnit cu, FileScope scope) {
        Set<String> files = new HashSet<>();
        for (ClassOrInterfaceDeclaration decl : cu.findAll(ClassOrInterfaceDeclaration.class)) {
            for (ClassOrInterfaceType superType : decl.getExtendedTypes()) {
                ClassOrInterfaceType first = superType;
                while (first.getScope().isPresent()) first = first.getScope().get();
                String spelled = superType.getNameWithScope();
                Optional<String> fqn = superType.getScope().isPresent() && model.isType(spelled) ? Optional.of(spelled)
                        : scope.resolve(first.getNameAsString()).map(f -> f + spelled.substring(spelled.indexOf('.') < 0
                        ? spelled.length() : spelled.indexOf('.')));
                inPackage(fqn).ifPresent(files::add);
            }
        }
        for (ObjectCreationExpr creation : cu.findAll(ObjectCreationExpr.class)) {
            if (creation.getAnonymousClassBody().isEmpty() || creation.getType().getScope().isPresent()) continue;
            inPackage(scope.resolve(creation.getType().getNameAsString())).ifPresent(files::add);
        }
        return files;
    }
}
