package dev.consolidator.transform.move;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.TypeParameter;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compatibility type left at a moved type's old place: deprecated ({@code forRemoval = true} from Java 9 on),
 * extending the new type, with a constructor forwarding to each accessible constructor, under the moved file's
 * license header. Java allows it for public non-final, non-sealed classes with an accessible constructor and for
 * public interfaces; for anything else (a type no code outside its package could name) the reason comes back.
 */
public final class Forwarder {
    /** Either the forwarding source (with what it cannot do, if anything) or why there is none. */
    public record Outcome(Optional<String> source, String reason) {
    }

    public static final String MARK = "@Deprecated(forRemoval = true)";
    public static final String MARK_BEFORE_9 = "@Deprecated";

    /**
     * @param retargeted the moved file's text after retargeting, still in its old package (its imports are valid there)
     */
    public static Outcome forward(String retargeted, String oldFqn, String newFqn, int release) {
        Optional<CompilationUnit> parsed = JavaText.parse(retargeted);
        if (parsed.isEmpty()) return refused("its source does not parse");
        CompilationUnit cu = parsed.get();
        JavaText text = new JavaText(retargeted);
        String simple = SourceModel.simpleName(oldFqn);
        Optional<TypeDeclaration<?>> found = cu.getTypes().stream().filter(t -> t.getNameAsString().equals(simple)).findFirst();
        if (found.isEmpty()) return refused("it was not found in its file");
        TypeDeclaration<?> type = found.get();
        if (!(type instanceof ClassOrInterfaceDeclaration decl)) {
            String kind = type.isEnumDeclaration() ? "an enum" : type.isRecordDeclaration() ? "a record" : "an annotation type";
            return refused("it is " + kind + ", which Java does not let another type extend");
        }
        if (!decl.isPublic()) return refused("it is not public, so no code outside its package can name it");
        if (decl.isFinal()) return refused("it is a final class, which Java does not let another type extend");
        if (decl.hasModifier(Modifier.Keyword.SEALED)) return refused("it is sealed, so a forwarding subtype would need its permission");
        // a package-private constructor is out of reach of a subclass in another package
        boolean samePackage = SourceModel.packageOf(oldFqn).equals(SourceModel.packageOf(newFqn));
        List<ConstructorDeclaration> constructors = decl.getConstructors().stream()
                .filter(c -> c.isPublic() || c.isProtected() || (samePackage && !c.isPrivate())).toList();
        if (!decl.isInterface() && !decl.getConstructors().isEmpty() && constructors.isEmpty()) {
            return refused("none of its constructors is public or protected, so no subclass in another package can call them");
        }
        String nl = text.newline();
        StringBuilder out = new StringBuilder(licenseHeader(cu, text));
        cu.getPackageDeclaration().ifPresent(p -> out.append("package ").append(p.getNameAsString()).append(";").append(nl).append(nl));
        int importsAt = out.length();
        String typeParams = typeParameters(decl.getTypeParameters(), text);
        String typeArgs = decl.getTypeParameters().isEmpty() ? ""
                : decl.getTypeParameters().stream().map(TypeParameter::getNameAsString).collect(Collectors.joining(", ", "<", ">"));
        out.append("/**").append(nl)
                .append(" * Moved to {@link ").append(newFqn).append("}.").append(nl)
                .append(" *").append(nl)
                .append(" * @deprecated use {@link ").append(newFqn).append("} instead; this forwarding type will be removed.").append(nl)
                .append(" */").append(nl)
                .append(release >= 9 ? MARK : MARK_BEFORE_9).append(nl);
        String visibility = decl.isPublic() ? "public " : decl.isProtected() ? "protected " : "";
        String kind = decl.isInterface() ? "interface " : (decl.isAbstract() ? "abstract class " : "class ");
        out.append(visibility).append(kind).append(simple).append(typeParams)
                .append(" extends ").append(newFqn).append(typeArgs).append(" {").append(nl);
        boolean first = true;
        for (ConstructorDeclaration c : constructors) {
            if (!first) out.append(nl);
            first = false;
            String params = parameters(c, text);
            String args = c.getParameters().stream().map(Parameter::getNameAsString).collect(Collectors.joining(", "));
            String access = c.isPublic() ? "public " : c.isProtected() ? "protected " : "";
            String throwsClause = c.getThrownExceptions().isEmpty() ? ""
                    : c.getThrownExceptions().stream().map(text::source).collect(Collectors.joining(", ", " throws ", ""));
            out.append("    ").append(access).append(typeParameters(c.getTypeParameters(), text))
                    .append(c.getTypeParameters().isEmpty() ? "" : " ").append(simple).append("(").append(params).append(")")
                    .append(throwsClause).append(" {").append(nl)
                    .append("        super(").append(args).append(");").append(nl)
                    .append("    }").append(nl);
        }
        out.append("}").append(nl);
        String declaration = out.substring(importsAt);
        StringBuilder imports = new StringBuilder();
        for (ImportDeclaration imp : cu.getImports()) {   // only what the declaration names
            if (imp.isStatic()) continue;
            String importedSimple = SourceModel.simpleName(imp.getNameAsString());
            if (!imp.isAsterisk() && (importedSimple.equals(simple)
                    || !java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(importedSimple) + "\\b").matcher(declaration).find())) {
                continue;
            }
            imports.append(text.source(imp)).append(nl);
        }
        if (!imports.isEmpty()) out.insert(importsAt, imports.append(nl));
        String source = out.toString();
        if (!JavaText.parses(source)) return refused("the forwarding type generated for it does not parse");
        return new Outcome(Optional.of(source), decl.isInterface() ? "it forwards as a subinterface: code implementing "
                + "or naming the old interface keeps compiling, but values of the new type do not convert to the old one" : "");
    }

    /** The comments above the package declaration (a license header, which checks such as RAT and Spotless want). */
    public static String licenseHeader(CompilationUnit cu, JavaText text) {
        if (cu.getPackageDeclaration().isEmpty()) return "";
        String header = text.text().substring(0, text.lineStart(text.begin(cu.getPackageDeclaration().get())));
        String trimmed = header.strip();
        return trimmed.startsWith("/*") || trimmed.startsWith("//") ? header : "";
    }

    private static String typeParameters(List<TypeParameter> params, JavaText text) {
        if (params.isEmpty()) return "";
        return params.stream().map(text::source).collect(Collectors.joining(", ", "<", ">"));
    }

    /** The parameter list of a method or constructor as its source spells the types, without the parentheses. */
    public static String parameters(CallableDeclaration<?> c, JavaText text) {
        return c.getParameters().stream().map(p -> text.source(p.getType()) + (p.isVarArgs() ? "..." : "") + " "
                + p.getNameAsString()).collect(Collectors.joining(", "));
    }

    private static Outcome refused(String reason) {
        return new Outcome(Optional.empty(), reason);
    }

    /** Whether a file is the forwarding type this class leaves for {@code newFqn}. */
    public static boolean isForwarderTo(String source, String newFqn) {
        return source != null && source.contains(MARK_BEFORE_9) && source.contains("forwarding type will be removed")
                && source.contains(" extends " + newFqn);
    }
}
