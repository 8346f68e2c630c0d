package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.source.JavaText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Members that would collide once the sources' members sit in one type: fields by name, methods by signature
 * (after the plan's renames), member types by name. Each clash names both declarations and what to do.
 */
final class MemberClashes {
    private record Seen(String owner, String path, int line) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> renames;

    MemberClashes(Map<String, String> renames) {
        this.renames = renames;
    }

    /** Registers the members of one type; {@code renamed} says whether the plan's method renames apply to it. */
    void add(String owner, String path, TypeDeclaration<?> type, boolean renamed) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator v : field.getVariables()) {
                    check("field " + v.getNameAsString(), v.getNameAsString(), owner, path, JavaText.lineOf(v),
                            "rename one of the fields before merging");
                }
            } else if (member instanceof MethodDeclaration method) {
                String name = renamed ? renames.getOrDefault(method.getNameAsString(), method.getNameAsString())
                        : method.getNameAsString();
                String signature = name + "(" + method.getParameters().stream().map(MemberClashes::erased)
                        .collect(Collectors.joining(", ")) + ")";
                check("method " + signature, signature, owner, path, JavaText.lineOf(method),
                        "rename it in methods: of the merge step");
            } else if (member instanceof TypeDeclaration<?> nested) {
                check("member type " + nested.getNameAsString(), nested.getNameAsString(), owner, path,
                        JavaText.lineOf(nested), "rename one of the types before merging, or use as: nested");
            }
        }
    }

    private void check(String what, String key, String owner, String path, int line, String advice) {
        String fullKey = what.substring(0, what.indexOf(' ')) + ":" + key;
        Seen earlier = seen.putIfAbsent(fullKey, new Seen(owner, path, line));
        if (earlier != null) {
            problems.add(new Problem(path, line, owner + "." + key,
                    what + " of " + owner + " clashes with the same " + what.substring(0, what.indexOf(' '))
                            + " of " + earlier.owner() + " (" + earlier.path() + ":" + earlier.line()
                            + ") once merged; " + advice));
        }
    }

    /** The parameter type as the compiler compares it for overloading: no type arguments, simple name, varargs as array. */
    static String erased(Parameter p) {
        String type = p.getType().asString().replaceAll("<.*>", "").replaceAll("\\s+", "");
        int dot = type.lastIndexOf('.');
        if (dot >= 0) {
            type = type.substring(dot + 1);
        }
        return type + (p.isVarArgs() ? "[]" : "");
    }

    List<Problem> problems() {
        return problems;
    }
}
