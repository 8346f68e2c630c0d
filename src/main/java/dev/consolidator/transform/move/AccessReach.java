package dev.consolidator.transform.move;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
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
 * file matters in two ways only: it declares a restricted member or type a moved file uses (then its text holds that
 * name, or it is a supertype the moved code inherits from, or a type it imports statically), or it uses a restricted
 * member or type of a moved file (then its text holds that member's name or a moved type's name). Any other file
 * needs no parse: on a big package that is most of it.
 */
final class AccessReach {
    private final SourceModel model;
    private final String pkg;
    private final Set<String> used = new HashSet<>();
    private final Set<String> declaredByMoved = new HashSet<>();
    private final Set<String> read = new HashSet<>();

    AccessReach(SourceModel model, String pkg) {
        this.model = model;
        this.pkg = pkg;
    }

    /**
     * A file leaving the package: the names its uses are matched by (methods, fields, and types or names that do not
     * denote a type of another package), and the files of the old package it inherits from or imports statically.
     */
    void addMoved(CompilationUnit cu) {
        FileScope scope = FileScope.of(model, cu);
        Set<String> variables = new HashSet<>();
        cu.findAll(VariableDeclarator.class).forEach(v -> variables.add(v.getNameAsString()));
        cu.findAll(Parameter.class).forEach(p -> variables.add(p.getNameAsString()));
        cu.findAll(EnumConstantDeclaration.class).forEach(c -> variables.add(c.getNameAsString()));
        cu.findAll(MethodCallExpr.class).forEach(c -> used.add(c.getNameAsString()));
        cu.findAll(FieldAccessExpr.class).forEach(f -> used.add(f.getNameAsString()));
        for (NameExpr name : cu.findAll(NameExpr.class)) {
            String simple = name.getNameAsString();
            if (variables.contains(simple) || !typeElsewhere(scope, simple)) used.add(simple);
        }
        for (ClassOrInterfaceType type : cu.findAll(ClassOrInterfaceType.class)) {
            if (type.getScope().isPresent() || !typeElsewhere(scope, type.getNameAsString())) used.add(type.getNameAsString());
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

    /** Whether a staying file may declare something a moved file uses. */
    boolean mayDeclareUsed(String path) {
        return read.contains(path) || Identifiers.anyIn(model.tree().text(path), used);
    }

    /** Whether a staying file may use something the moved files declare. */
    boolean mayUseMoved(String path) {
        return Identifiers.anyIn(model.tree().text(path), declaredByMoved);
    }

    /**
     * A simple name that denotes a type outside the old package here. Such a name cannot be a member of the old
     * package either: a field of that name would come from a supertype (read whole, see above) or this file.
     */
    private boolean typeElsewhere(FileScope scope, String simple) {
        Optional<String> type = scope.resolve(simple);
        return type.isPresent() && inPackage(type).isEmpty();
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
            if (!read.add(next)) continue;
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
