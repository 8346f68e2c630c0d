package dev.consolidator.transform.retarget;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.source.ImportEditor;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TextEdits;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a file that changes package its new package declaration, renames its types (and their constructors) whose
 * simple names change, and repairs what the package change does to its names: types left behind in the old package
 * now need imports, imports of the new package become redundant, and an on-demand import that the new package would
 * shadow becomes a single-type import. Run it on the text the retargeter produced (self-references already renamed).
 */
public final class Relocator {
    private static final Pattern JAVADOC_REF = Pattern.compile(
            "(?:\\{@link(?:plain)?\\s+|@see\\s+|@throws\\s+|@exception\\s+)([A-Za-z_$][\\w$]*)");

    /** The relocated text and its import changes (recorded under the NEW path). */
    public record Result(String text, List<ImportChange> importChanges) {
    }

    private final SourceModel model;

    /** {@code model} is the tree before the step: it tells which types stay in the old package. */
    public Relocator(SourceModel model) {
        this.model = model;
    }

    /**
     * @param movingAway old FQNs of every type the step moves (they are not "left behind")
     * @param renames    old simple name to new simple name for the types declared in this file
     */
    public Optional<Result> relocate(String newPath, String source, String oldPackage, String newPackage,
                                     Map<String, String> renames, Set<String> movingAway) {
        Optional<CompilationUnit> parsed = JavaText.parse(source);
        if (parsed.isEmpty()) return Optional.empty();
        CompilationUnit cu = parsed.get();
        JavaText text = new JavaText(source);
        TextEdits edits = new TextEdits(source);
        cu.getPackageDeclaration().ifPresent(p -> edits.replace(text.begin(p.getName()), text.end(p.getName()), newPackage));
        for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
            String renamed = renames.get(type.getNameAsString());
            if (renamed == null || !type.getFullyQualifiedName().orElse("").equals(
                    SourceModel.qualify(oldPackage, type.getNameAsString()))) continue;
            edits.replace(text.begin(type.getName()), text.end(type.getName()), renamed);
            for (ConstructorDeclaration c : type.getConstructors()) {
                edits.replace(text.begin(c.getName()), text.end(c.getName()), renamed);
            }
            type.findAll(com.github.javaparser.ast.body.CompactConstructorDeclaration.class).forEach(c ->
                    edits.replace(text.begin(c.getName()), text.end(c.getName()), renamed));
        }
        ImportEditor imports = new ImportEditor(newPath, cu, text);
        FileScope oldScope = FileScope.of(model, cu);
        if (!oldPackage.equals(newPackage)) {
            for (ImportDeclaration imp : cu.getImports()) {
                String name = imp.getNameAsString();
                if (imp.isStatic()) continue;
                if (imp.isAsterisk() ? name.equals(newPackage) : SourceModel.packageOf(name).equals(newPackage)) {
                    imports.remove(imp);
                }
            }
            for (String simple : simpleNamesUsed(cu, text, oldScope)) {
                if (oldScope.declaredType(simple).isPresent() || oldScope.singleImports.containsKey(simple)) continue;
                Optional<String> meant = oldScope.resolve(simple);
                if (meant.isEmpty() || movingAway.contains(meant.get())) continue;
                String pkg = SourceModel.packageOf(meant.get());
                boolean leftBehind = pkg.equals(oldPackage);
                boolean shadowedByNewPackage = !pkg.equals(newPackage) && !pkg.equals(oldPackage)
                        && model.typesIn(newPackage).contains(simple) && !pkg.equals("java.lang");
                if (leftBehind || shadowedByNewPackage) imports.add(meant.get());
            }
        }
        imports.applyTo(edits);
        String result = edits.apply();
        if (!JavaText.parses(result)) return Optional.empty();
        return Optional.of(new Result(result, imports.changes()));
    }

    /** Simple names the file uses as the first part of a type or expression name, in code or in Javadoc links. */
    static Set<String> simpleNamesUsed(CompilationUnit cu, JavaText text, FileScope scope) {
        Set<String> names = new TreeSet<>();
        for (ClassOrInterfaceType type : cu.findAll(ClassOrInterfaceType.class)) {
            if (type.getScope().isEmpty()) names.add(type.getNameAsString());
        }
        for (NameExpr name : cu.findAll(NameExpr.class)) {
            if (!scope.variables.contains(name.getNameAsString())) names.add(name.getNameAsString());
        }
        for (AnnotationExpr annotation : cu.findAll(AnnotationExpr.class)) {
            Name n = annotation.getName();
            while (n.getQualifier().isPresent()) n = n.getQualifier().get();
            names.add(n.getIdentifier());
        }
        for (Comment comment : cu.getAllComments()) {
            if (!(comment instanceof JavadocComment)) continue;
            Matcher m = JAVADOC_REF.matcher(text.source(comment));
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }
}
