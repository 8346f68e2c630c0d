package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.Type;
import dev.consolidator.transform.source.JavaText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The static fields of a members merge's source, as its forwarding class carries them. A final field becomes
 * {@code public static final T NAME = Target.NAME;}: the target's field is the one the merge moved, so a constant
 * there (a final primitive or String with a constant initializer) keeps the forwarder's field a constant too, and
 * users' {@code case} labels and annotation values still compile; anything else reads the same object. A
 * non-final field cannot be forwarded: a copy would not see later writes to the target's field, nor pass writes on.
 */
final class ForwardedFields {
    /** What the forwarder gained, and the names it could not carry (with why), for the step's warnings. */
    record Outcome(String declarations, List<String> left, List<String> mutable) {
    }

    private ForwardedFields() {
    }

    static Outcome of(FieldDeclaration field, JavaText source, String into, Set<String> sourceNames, String mark) {
        String nl = source.newline();
        StringBuilder out = new StringBuilder();
        List<String> left = new ArrayList<>();
        List<String> mutable = new ArrayList<>();
        for (VariableDeclarator v : field.getVariables()) {
            String name = v.getNameAsString();
            // `int[] A` and `int A[]` alike: the innermost type as written, then the dimensions
            Type element = v.getType().getElementType();
            String type = (element.getRange().isPresent() ? source.source(element) : element.asString())
                    + "[]".repeat(v.getType().getArrayLevel());
            if (!field.isFinal()) {
                mutable.add(name);
            } else if (sourceNames.stream().anyMatch(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(type).find())) {
                left.add(name + " (its type names a merged type)");
            } else {
                out.append(nl)
                        .append("    /**").append(nl)
                        .append("     * @deprecated use {@link ").append(into).append("#").append(name).append("}").append(nl)
                        .append("     */").append(nl)
                        .append("    ").append(mark).append(nl)
                        .append("    public static final ").append(type).append(" ").append(name).append(" = ")
                        .append(into).append(".").append(name).append(";").append(nl);
            }
        }
        return new Outcome(out.toString(), left, mutable);
    }
}
