package dev.consolidator.transform.retarget;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.modules.ModuleProvidesDirective;
import com.github.javaparser.ast.modules.ModuleUsesDirective;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.consolidator.transform.source.JavaText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every spelled reference to an old type in one file (imports aside): types in code, expression names such as
 * {@code Old.CONST} or {@code a.Old.run()}, annotation names, module directives and Javadoc links. A reference is the
 * text range of the name prefix that denotes the old type, so {@code Old.Inner} keeps its {@code .Inner}.
 */
final class ReferenceFinder {
    /** A range to replace; {@code qualified} when the source spelled the package, so the new text does too. */
    record Match(int start, int end, Target target, boolean qualified) {
    }

    private static final Pattern JAVADOC_REF = Pattern.compile(
            "(\\{@link(?:plain)?\\s+|@see\\s+|@throws\\s+|@exception\\s+)([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)");

    private final JavaText text;
    private final FileScope scope;
    private final Targets targets;
    private final List<Match> matches = new ArrayList<>();

    ReferenceFinder(JavaText text, FileScope scope, Targets targets) {
        this.text = text;
        this.scope = scope;
        this.targets = targets;
    }

    List<Match> find(CompilationUnit cu) {
        for (ClassOrInterfaceType type : cu.findAll(ClassOrInterfaceType.class)) {
            if (type.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
                    && outer.getScope().orElse(null) == type) continue;   // handled from the outermost type
            List<ClassOrInterfaceType> chain = new ArrayList<>();
            for (ClassOrInterfaceType t = type; t != null; t = t.getScope().orElse(null)) chain.add(0, t);
            List<String> segments = chain.stream().map(ClassOrInterfaceType::getNameAsString).toList();
            match(segments, text.begin(chain.get(0).getName()), k -> text.end(chain.get(k - 1).getName()), true);
        }
        for (NameExpr name : cu.findAll(NameExpr.class)) {
            if (scope.variables.contains(name.getNameAsString())) continue;
            List<Node> chain = new ArrayList<>(List.of(name.getName()));
            Node current = name;
            while (current.getParentNode().orElse(null) instanceof FieldAccessExpr access
                    && access.getScope() == current) {
                chain.add(access.getName());
                current = access;
            }
            List<String> segments = chain.stream().map(n -> ((com.github.javaparser.ast.expr.SimpleName) n).asString()).toList();
            match(segments, text.begin(name), k -> text.end(chain.get(k - 1)), true);
        }
        cu.findAll(AnnotationExpr.class).forEach(a -> matchName(a.getName()));
        cu.findAll(ModuleUsesDirective.class).forEach(d -> matchName(d.getName()));
        cu.findAll(ModuleProvidesDirective.class).forEach(d -> {
            matchName(d.getName());
            d.getWith().forEach(this::matchName);
        });
        for (Comment comment : cu.getAllComments()) {
            if (comment instanceof JavadocComment) matchJavadoc(comment);
        }
        return matches;
    }

    private void matchName(Name name) {
        List<Name> chain = new ArrayList<>();
        for (Name n = name; n != null; n = n.getQualifier().orElse(null)) chain.add(0, n);
        List<String> segments = chain.stream().map(Name::getIdentifier).toList();
        match(segments, text.begin(chain.get(0)), k -> text.end(chain.get(k - 1)), true);
    }

    private void matchJavadoc(Comment comment) {
        int base = text.begin(comment);
        Matcher m = JAVADOC_REF.matcher(text.source(comment));
        while (m.find()) {
            List<String> segments = List.of(m.group(2).split("\\."));
            int start = base + m.start(2);
            match(segments, start, k -> start + String.join(".", segments.subList(0, k)).length(), false);
        }
    }

    /** Tries the longest prefix first: {@code Old.Inner} may itself be an old type. */
    private void match(List<String> segments, int start, IntUnaryOperator endOfPrefix, boolean code) {
        Optional<String> first = scope.resolve(segments.get(0));
        for (int k = segments.size(); k >= 1; k--) {
            String fqn = first.map(f -> f).orElse(segments.get(0));
            if (segments.size() > 1 && k > 1) fqn = fqn + "." + String.join(".", segments.subList(1, k));
            Target target = targets.get(fqn);
            if (target != null) {
                boolean qualified = first.isEmpty();
                if (qualified && k == 1) return;   // an unresolved simple name is not a reference
                matches.add(new Match(start, endOfPrefix.applyAsInt(k), target, qualified));
                return;
            }
        }
    }
}
