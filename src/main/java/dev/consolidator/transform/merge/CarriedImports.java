package dev.consolidator.transform.merge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.source.SourceModel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The imports that code moved into the target's file needs: the source file's imports the code uses, and imports
 * for the types of the source's old package it used without one. None for java.lang, the target's package, what the
 * target file already imports, or the merged types themselves. A name that would clash with one the target file
 * already knows is qualified in the moved code instead ({@link #qualify()}).
 */
final class CarriedImports {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final SourceModel java;
    private final MergeSubject subject;
    /** Simple name to the qualified name it means in the target file. */
    private final Map<String, String> known = new LinkedHashMap<>();
    private final Set<String> existing = new LinkedHashSet<>();
    private final Set<String> added = new LinkedHashSet<>();
    private final Map<String, String> qualify = new LinkedHashMap<>();

    CarriedImports(SourceModel java, MergeSubject subject, CompilationUnit targetUnit) {
        this.java = java;
        this.subject = subject;
        String pkg = subject.targetPackage();
        java.filesIn(pkg).stream().map(p -> java.file(p).orElseThrow().primaryType()).filter(t -> !t.isEmpty())
                .forEach(t -> known.put(t, SourceModel.qualify(pkg, t)));
        known.put(subject.targetSimpleName(), subject.targetFqn());
        if (targetUnit != null) {
            for (ImportDeclaration i : targetUnit.getImports()) {
                existing.add(render(i));
                if (!i.isStatic() && !i.isAsterisk()) {
                    known.put(i.getName().getIdentifier(), i.getNameAsString());
                }
            }
            subject.target().ifPresent(t -> t.getMembers().stream().filter(m -> m instanceof TypeDeclaration<?>)
                    .forEach(m -> known.put(((TypeDeclaration<?>) m).getNameAsString(), subject.targetFqn() + "." + ((TypeDeclaration<?>) m).getNameAsString())));
        }
    }

    /** Takes what {@code moved} (nodes of {@code source}'s file) needs; a problem when it needs a non-public type of its old package. */
    void carry(MergeSubject.Part source, CompilationUnit unit, List<? extends Node> moved, String movedText, List<Problem> problems) {
        qualify.clear();
        Set<String> words = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(movedText);
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> imported = new LinkedHashSet<>();
        for (ImportDeclaration i : unit.getImports()) {
            String name = i.getNameAsString();
            String owner = i.isAsterisk() ? name : SourceModel.packageOf(name);
            if (!i.isAsterisk()) {
                imported.add(i.getName().getIdentifier());
            }
            if (subject.isSource(i.isStatic() ? owner : name) || owner.equals(subject.targetFqn()) || name.equals(subject.targetFqn())) {
                continue;
            }
            if (i.isStatic()) {
                if (i.isAsterisk() || words.contains(i.getName().getIdentifier())) {
                    add(render(i));
                }
            } else if (i.isAsterisk()) {
                if (!name.equals("java.lang") && !name.equals(subject.targetPackage())) {
                    add(render(i));
                }
            } else if (words.contains(i.getName().getIdentifier())) {
                single(name);
            }
        }
        if (source.packageName().equals(subject.targetPackage())) {
            return;
        }
        Set<String> declared = new LinkedHashSet<>();
        for (Node n : moved) {
            n.findAll(TypeDeclaration.class).forEach(t -> declared.add(t.getNameAsString()));
            n.findAll(TypeParameter.class).forEach(t -> declared.add(t.getNameAsString()));
        }
        for (String name : usedTypeNames(moved)) {
            String sibling = source.packageName().isEmpty() ? name : source.packageName() + "." + name;
            if (imported.contains(name) || declared.contains(name) || subject.isSource(sibling) || java.primaryPathOf(sibling).isEmpty()) {
                continue;
            }
            MergeSubject.declaration(java, sibling).ifPresent(t -> {
                if (!t.hasModifier(com.github.javaparser.ast.Modifier.Keyword.PUBLIC)) {
                    problems.add(new Problem(source.path(), 1, sibling, source.fqn() + " uses " + sibling
                            + ", which is not public: from " + subject.targetFqn() + " in package " + subject.targetPackage()
                            + " it is out of reach; make it public first, or merge into a type of package " + source.packageName()));
                }
            });
            single(sibling);
        }
    }

    private static Set<String> usedTypeNames(List<? extends Node> moved) {
        Set<String> names = new LinkedHashSet<>();
        for (Node n : moved) {
            n.findAll(ClassOrInterfaceType.class, t -> t.getScope().isEmpty()).forEach(t -> names.add(t.getNameAsString()));
            n.findAll(NameExpr.class).forEach(e -> names.add(e.getNameAsString()));
            n.findAll(AnnotationExpr.class).forEach(a -> names.add(a.getNameAsString()));
        }
        return names;
    }

    private void single(String fqn) {
        String simple = SourceModel.simpleName(fqn);
        if (SourceModel.packageOf(fqn).equals("java.lang") || SourceModel.packageOf(fqn).equals(subject.targetPackage())) {
            if (known.getOrDefault(simple, fqn).equals(fqn)) {
                return;
            }
        }
        String meaning = known.get(simple);
        if (meaning == null) {
            known.put(simple, fqn);
            add("import " + fqn + ";");
        } else if (!meaning.equals(fqn)) {
            qualify.put(simple, fqn);
        }
    }

    private void add(String line) {
        if (!existing.contains(line)) {
            added.add(line);
        }
    }

    static String render(ImportDeclaration i) {
        return "import " + (i.isStatic() ? "static " : "") + i.getNameAsString() + (i.isAsterisk() ? ".*" : "") + ";";
    }

    /** Import lines to add to the target file, in the order they were first needed. */
    Set<String> added() {
        return added;
    }

    /** Simple names that the code of the last {@link #carry} call must write qualified, because the target file means another type by them. */
    Map<String, String> qualify() {
        return qualify;
    }
}
