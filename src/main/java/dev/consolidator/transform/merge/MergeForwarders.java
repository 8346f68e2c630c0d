package dev.consolidator.transform.merge;

import dev.consolidator.text.Plural;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.move.Forwarder;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.LanguageLevel;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a merge with {@code compatibility: forwarding} leaves at each source's old name, so users can follow
 * gradually: for a members merge a deprecated class whose public static methods delegate to the target (under their
 * new names); for a nested merge a subtype of the new nested type (the move's {@link Forwarder}). Only for public
 * types in main sources; anything a forwarder cannot carry is named in a warning and the step stays valid.
 */
final class MergeForwarders {
    private static final String REMOVAL = "forwarding type will be removed";

    record Result(Map<String, String> files, List<Warning> warnings) {
    }

    private MergeForwarders() {
    }

    /** The step's types whose old file already is a forwarder to the target (a second run over the result). */
    static Set<String> present(SourceModel java, Step.Merge step) {
        Set<String> found = new TreeSet<>();
        for (String fqn : step.types()) {
            java.primaryPathOf(fqn).map(p -> java.tree().text(p)).filter(t -> isForwarder(t, step.into())).ifPresent(t -> found.add(fqn));
        }
        return found;
    }

    static boolean isForwarder(String text, String into) {
        return text != null && text.contains(REMOVAL) && text.contains(Forwarder.MARK_BEFORE_9) && text.contains("{@link " + into);
    }

    /** @param before the tree the merge started from: each source's file as it was */
    static Result of(SourceTree before, MergeSubject subject, Step.Merge step) {
        Map<String, String> files = new TreeMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Part s : subject.sources()) {
            String text = before.text(s.path());
            String none = "no forwarding type for " + s.fqn() + ": ";
            if (SourceModel.inTestSources(s.path())) {
                warnings.add(new Warning(s.path(), 1, none + "it is in test sources, which no user outside the build compiles against"));
            } else if (!s.decl().isPublic() || !s.path().endsWith("/" + s.simpleName() + ".java")) {
                warnings.add(new Warning(s.path(), 1, none + (s.decl().isPublic() ? "it is not the primary type of its file"
                        : "it is not public, so no code outside its package can name it")));
            } else if (step.as() == MergeMode.NESTED) {
                Forwarder.Outcome outcome = namesAnotherSource(Forwarder.forward(text, s.fqn(),
                        subject.targetFqn() + "." + s.simpleName(), LanguageLevel.of(before, s.path())), s, step);
                outcome.source().ifPresent(f -> files.put(s.path(), f));
                if (!outcome.reason().isEmpty()) {
                    warnings.add(new Warning(s.path(), 1, (outcome.source().isPresent() ? "forwarding type for " + s.fqn() + ": "
                            : none) + outcome.reason()));
                }
            } else {
                members(text, s, subject.targetFqn(), step, LanguageLevel.of(before, s.path()), files, warnings);
            }
        }
        return new Result(files, warnings);
    }

    private static void members(String text, Part s, String into, Step.Merge step, int release,
                                Map<String, String> files, List<Warning> warnings) {
        Optional<CompilationUnit> parsed = JavaText.parse(text);
        Optional<TypeDeclaration<?>> type = parsed.flatMap(cu -> cu.getTypes().stream()
                .filter(t -> t.getNameAsString().equals(s.simpleName())).findFirst());
        if (type.isEmpty()) {
            warnings.add(new Warning(s.path(), 1, "no forwarding type for " + s.fqn() + ": its source does not parse"));
            return;
        }
        JavaText source = new JavaText(text);
        String nl = source.newline();
        Set<String> sourceNames = step.types().stream().map(SourceModel::simpleName).collect(Collectors.toSet());
        String mark = release >= 9 ? Forwarder.MARK : Forwarder.MARK_BEFORE_9;
        StringBuilder body = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        List<String> left = new ArrayList<>();
        List<String> mutable = new ArrayList<>();
        for (BodyDeclaration<?> member : type.get().getMembers()) {
            if (member instanceof MethodDeclaration m && m.isPublic() && m.isStatic()) {
                String signature = source.source(m.getType()) + " " + Forwarder.parameters(m, source);
                if (sourceNames.stream().anyMatch(n -> Pattern.compile("\\b" + n + "\\b").matcher(signature).find())) {
                    left.add(m.getNameAsString() + " (its signature names a merged type)");
                    continue;
                }
                String to = step.methods().getOrDefault(m.getNameAsString(), m.getNameAsString());
                String args = m.getParameters().stream().map(Parameter::getNameAsString).collect(Collectors.joining(", "));
                String typeParams = m.getTypeParameters().isEmpty() ? ""
                        : m.getTypeParameters().stream().map(source::source).collect(Collectors.joining(", ", "<", "> "));
                String throwsClause = m.getThrownExceptions().isEmpty() ? ""
                        : m.getThrownExceptions().stream().map(source::source).collect(Collectors.joining(", ", " throws ", ""));
                body.append(nl)
                        .append("    /**").append(nl)
                        .append("     * @deprecated use {@link ").append(into).append("#").append(to).append("}").append(nl)
                        .append("     */").append(nl)
                        .append("    ").append(mark).append(nl)
                        .append("    public static ").append(typeParams).append(source.source(m.getType())).append(" ")
                        .append(m.getNameAsString()).append("(").append(Forwarder.parameters(m, source)).append(")")
                        .append(throwsClause).append(" {").append(nl)
                        .append("        ").append(m.getType().isVoidType() ? "" : "return ").append(into).append(".").append(to)
                        .append("(").append(args).append(");").append(nl)
                        .append("    }").append(nl);
            } else if (member instanceof FieldDeclaration f && f.isPublic() && f.isStatic()) {
                ForwardedFields.Outcome forwarded = ForwardedFields.of(f, source, into, sourceNames, mark);
                fields.append(forwarded.declarations());
                left.addAll(forwarded.left());
                mutable.addAll(forwarded.mutable());
            } else if (member instanceof CallableDeclaration<?> c && !c.isPrivate()) {
                left.add((c.isConstructorDeclaration() ? "constructor " : "") + c.getNameAsString()
                        + (c.isStatic() ? " (not public)" : " (an instance member)"));
            } else if (member instanceof TypeDeclaration<?> t && !t.isPrivate()) {
                left.add(t.getNameAsString() + " (a member type, now " + into + "." + t.getNameAsString() + ")");
            } else if (member.isFieldDeclaration() && !member.asFieldDeclaration().isPrivate()) {
                left.add(member.asFieldDeclaration().getVariables().stream().map(v -> v.getNameAsString())
                        .collect(Collectors.joining(", ")) + " (a field)");
            }
        }
        StringBuilder out = new StringBuilder(Forwarder.licenseHeader(parsed.get(), source));
        parsed.get().getPackageDeclaration().ifPresent(p -> out.append("package ").append(p.getNameAsString()).append(";").append(nl).append(nl));
        boolean forwardsFields = !fields.isEmpty();
        String declaration = fields.append(body).toString();
        StringBuilder imports = new StringBuilder();
        for (ImportDeclaration imp : parsed.get().getImports()) {   // only what the forwarding methods name
            String simple = SourceModel.simpleName(imp.getNameAsString());
            if (!imp.isStatic() && (imp.isAsterisk() || Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(declaration).find())) {
                imports.append(source.source(imp)).append(nl);
            }
        }
        if (!imports.isEmpty()) out.append(imports).append(nl);
        out.append("/**").append(nl)
                .append(" * Merged into {@link ").append(into).append("}.").append(nl)
                .append(" *").append(nl)
                .append(" * @deprecated use {@link ").append(into).append("} instead; this ").append(REMOVAL).append(".").append(nl)
                .append(" */").append(nl)
                .append(mark).append(nl)
                .append("public final class ").append(s.simpleName()).append(" {").append(nl)
                .append("    private ").append(s.simpleName()).append("() {").append(nl)
                .append("    }").append(nl)
                .append(declaration)
                .append("}").append(nl);
        if (!JavaText.parses(out.toString())) {
            warnings.add(new Warning(s.path(), 1, "no forwarding type for " + s.fqn() + ": the one generated for it does not parse"));
            return;
        }
        files.put(s.path(), out.toString());
        if (!mutable.isEmpty()) {
            warnings.add(new Warning(s.path(), 1, "forwarding type for " + s.fqn() + " cannot forward its mutable static "
                    + Plural.word(mutable.size(), "field") + " " + String.join(", ", mutable) + " (a copy would not follow writes to the merged field);"
                    + " users must change to " + mutable.stream().map(f -> into + "." + f).collect(Collectors.joining(", "))));
        }
        if (!left.isEmpty()) {
            warnings.add(new Warning(s.path(), 1, "forwarding type for " + s.fqn() + " forwards public static methods"
                    + (forwardsFields ? " and final fields" : "") + " only; "
                    + "not forwarded (use " + into + " directly): " + String.join(", ", left)));
        }
    }

    /** Its constructors would name another source by its old simple name, which may have no forwarder to stand for it. */
    private static Forwarder.Outcome namesAnotherSource(Forwarder.Outcome outcome, Part s, Step.Merge step) {
        if (outcome.source().isEmpty()) return outcome;
        String body = outcome.source().get().substring(outcome.source().get().indexOf(" extends "));
        List<String> named = step.types().stream().map(SourceModel::simpleName).filter(n -> !n.equals(s.simpleName()))
                .filter(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(body).find()).toList();
        return named.isEmpty() ? outcome : new Forwarder.Outcome(Optional.empty(), "its constructors name "
                + String.join(", ", named) + ", also merged by this step; use the nested type directly");
    }
}
