package dev.consolidator.transform.merge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Everything that makes a members merge uncompilable or unsafe, found before anything is written. */
final class MembersChecks {
    private final SourceModel java;
    private final MergeSubject subject;
    private final Step.Merge step;
    private final List<Problem> problems = new ArrayList<>();

    MembersChecks(SourceModel java, MergeSubject subject, Step.Merge step) {
        this.java = java;
        this.subject = subject;
        this.step = step;
    }

    List<Problem> run() {
        Optional<TypeDeclaration<?>> target = subject.target();
        if (target.isPresent() && !isPlainClass(target.get())) {
            problems.add(new Problem(subject.targetPath(), JavaText.lineOf(target.get()), subject.targetFqn(),
                    subject.targetFqn() + " is " + kind(target.get()) + ": members can only be merged into a class; use as: nested"));
            return problems;
        }
        for (Part s : subject.sources()) {
            if (!isPlainClass(s.decl())) {
                problems.add(new Problem(s.path(), JavaText.lineOf(s.decl()), s.fqn(), s.fqn() + " is " + kind(s.decl())
                        + ": its members cannot move into class " + subject.targetFqn() + "; use as: nested"));
            } else if (!((ClassOrInterfaceDeclaration) s.decl()).getTypeParameters().isEmpty()) {
                problems.add(new Problem(s.path(), JavaText.lineOf(s.decl()), s.fqn(), s.fqn()
                        + " is generic: its type parameters cannot move into " + subject.targetFqn() + "; use as: nested"));
            } else if (s.decl().hasModifier(Modifier.Keyword.ABSTRACT)) {
                problems.add(new Problem(s.path(), JavaText.lineOf(s.decl()), s.fqn(), s.fqn()
                        + " is abstract: its members cannot move into a concrete class; use as: nested"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        checkRenamesExist();
        checkClashes(target);
        checkSupertypes(target);
        checkState(target);
        subject.sources().forEach(src -> PackageAccess.check(java, subject, src, false, problems));
        List<StaticInitOrder.Placed> order = new ArrayList<>();
        target.ifPresent(t -> order.add(new StaticInitOrder.Placed(subject.targetFqn(), subject.targetPath(), t, true)));
        subject.sources().forEach(src -> order.add(new StaticInitOrder.Placed(src.fqn(), src.path(), src.decl(), false)));
        problems.addAll(StaticInitOrder.check(order));
        OverloadCollapse.check(java, subject, problems);
        return problems;
    }

    private void checkRenamesExist() {
        for (String old : step.methods().keySet()) {
            boolean found = subject.sources().stream().anyMatch(s -> !s.decl().getMethodsByName(old).isEmpty());
            for (Part s : subject.sources()) {
                s.decl().getMethodsByName(old).stream().filter(m -> m.isAnnotationPresent(Override.class)).findFirst()
                        .ifPresent(m -> problems.add(new Problem(s.path(), JavaText.lineOf(m), s.fqn() + "." + old, s.fqn() + "."
                                + old + " overrides a supertype's method: renamed, it would no longer; remove " + old + " from methods:")));
            }
            if (!found) {
                problems.add(new Problem(step.location().file(), step.location().line(), old, "methods: renames "
                        + old + " but no merged type declares a method " + old + "; fix the name or remove the entry"));
            }
        }
    }

    private void checkClashes(Optional<TypeDeclaration<?>> target) {
        MemberClashes clashes = new MemberClashes(step.methods());
        target.ifPresent(t -> clashes.add(subject.targetFqn(), subject.targetPath(), t, false));
        for (Part s : subject.sources()) {
            clashes.add(s.fqn(), s.path(), s.decl(), true);
            for (BodyDeclaration<?> m : s.decl().getMembers()) {
                if (m instanceof TypeDeclaration<?> nested) {
                    ImportShadowing.check(subject, s, nested.getNameAsString(), problems);
                }
                if (m instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(subject.targetSimpleName())) {
                    problems.add(new Problem(s.path(), JavaText.lineOf(nested), s.fqn() + "." + nested.getNameAsString(),
                            "member type " + nested.getNameAsString() + " of " + s.fqn()
                                    + " would have the name of its enclosing type once merged; rename it first"));
                }
            }
        }
        problems.addAll(clashes.problems());
    }

    private void checkSupertypes(Optional<TypeDeclaration<?>> target) {
        Set<String> targetSupers = target.map(t -> TypeNames.supertypes(t, unit(t), java)).orElse(Set.of());
        for (Part s : subject.sources()) {
            Set<String> supers = TypeNames.supertypes(s.decl(), unit(s.decl()), java);
            supers.removeAll(targetSupers);
            if (!supers.isEmpty()) {
                problems.add(new Problem(s.path(), JavaText.lineOf(s.decl()), s.fqn(), s.fqn() + " extends or implements "
                        + String.join(", ", supers) + " and " + subject.targetFqn() + " does not: code that relies on it"
                        + " would break; declare it on the target first, or use as: nested"));
            }
        }
        if (target.isPresent() && target.get().hasModifier(Modifier.Keyword.FINAL)) {
            for (Part s : subject.sources()) {
                Usages.find(java.tree().files(), extending(s.simpleName()), p -> true).stream().findFirst().ifPresent(hit ->
                        problems.add(new Problem(hit.path(), hit.line(), s.fqn(), "a class extends " + s.fqn()
                                + " but " + subject.targetFqn() + " is final; make the target non-final first")));
            }
        }
    }

    private void checkState(Optional<TypeDeclaration<?>> target) {
        List<String> stateful = new ArrayList<>();
        target.flatMap(InstanceState::constructionBound).ifPresent(w -> stateful.add(subject.targetFqn() + " (" + subject.targetPath() + ":" + JavaText.lineOf(w) + ")"));
        Part statefulSource = null;
        for (Part s : subject.sources()) {
            Optional<Node> w = InstanceState.constructionBound(s.decl());
            if (w.isPresent()) {
                if (!stateful.isEmpty()) {
                    problems.add(new Problem(s.path(), JavaText.lineOf(w.get()), s.fqn(), s.fqn() + " has instance state set by"
                            + " its constructors, and so does " + stateful.get(0) + ": a members merge cannot combine them;"
                            + " use as: nested, or initialize the fields where they are declared"));
                }
                stateful.add(s.fqn() + " (" + s.path() + ":" + JavaText.lineOf(w.get()) + ")");
                statefulSource = s;
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        if (statefulSource != null && target.isPresent() && target.get().getConstructors().isEmpty()
                && statefulSource.decl().getConstructors().stream().noneMatch(c -> c.getParameters().isEmpty())) {
            String name = subject.targetSimpleName();
            String replacing = statefulSource.fqn();
            Usages.find(java.tree().files(), Usages.construction(name, true), p -> true).stream().findFirst().ifPresent(hit ->
                    problems.add(new Problem(hit.path(), hit.line(), subject.targetFqn(), "new " + name + "() would no longer"
                            + " compile: the constructors of " + replacing + " replace its default constructor;"
                            + " add a no-argument constructor to " + subject.targetFqn() + " first")));
        }
        boolean targetNoArg = target.map(InstanceState::hasOpenNoArgConstructor).orElse(true);
        for (Part s : subject.sources()) {
            if (s == statefulSource || targetNoArg) {
                continue;
            }
            Usages.find(java.tree().files(), Usages.construction(s.simpleName(), false), p -> true).stream().findFirst()
                    .ifPresent(hit -> problems.add(new Problem(hit.path(), hit.line(), s.fqn(), "new " + s.simpleName()
                            + "(...) has no matching constructor in " + subject.targetFqn() + " once merged;"
                            + " give the target an accessible no-argument constructor, or use as: nested")));
            Usages.find(java.tree().files(), extending(s.simpleName()), p -> true).stream().findFirst()
                    .ifPresent(hit -> problems.add(new Problem(hit.path(), hit.line(), s.fqn(), "a subclass of " + s.fqn()
                            + " relies on its no-argument constructor, which " + subject.targetFqn() + " does not offer;"
                            + " give the target an accessible no-argument constructor, or use as: nested")));
        }
    }

    private static Pattern extending(String simpleName) {
        return Pattern.compile("\\bextends\\s+(?:[\\w$]+\\s*\\.\\s*)*" + Pattern.quote(simpleName) + "(?![\\w$])");
    }

    private static CompilationUnit unit(Node n) {
        return n.findCompilationUnit().orElseThrow();
    }

    static boolean isPlainClass(TypeDeclaration<?> t) {
        return t instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
    }

    static String kind(TypeDeclaration<?> t) {
        if (t instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? "an interface" : "a class";
        }
        if (t.isEnumDeclaration()) {
            return "an enum";
        }
        if (t.isRecordDeclaration()) {
            return "a record";
        }
        return t.isAnnotationDeclaration() ? "an annotation" : "a type";
    }
}
