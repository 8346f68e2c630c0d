package dev.consolidator.transform.merge;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.source.JavaText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Once merged, the types' static initializers run as one, in text order: the target's first, then each source's.
 * Static initialization code that reads another merged type's static state, or calls its methods, and comes
 * before that type's code would then see it uninitialized (Java initialized the other class on first use before;
 * now it is the same class, already "initializing"). Constants (final fields with a literal) are inlined and safe.
 */
final class StaticInitOrder {
    /** One merged type in its place in the merged body. */
    record Placed(String fqn, String path, TypeDeclaration<?> decl, boolean target) {
    }

    private StaticInitOrder() {
    }

    static List<Problem> check(List<Placed> order) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Placed early = order.get(i);
            for (Node init : staticInitCode(early.decl())) {
                for (int j = i + 1; j < order.size(); j++) {
                    Placed late = order.get(j);
                    String name = late.decl().getNameAsString();
                    firstUse(init, late.decl(), name).ifPresent(use -> problems.add(new Problem(early.path(), JavaText.lineOf(use),
                            early.fqn(), "static initialization of " + early.fqn() + " uses " + use + " of " + late.fqn()
                                    + ", whose static state would not be initialized yet once merged (its code comes later);"
                                    + (early.target()
                                    ? " initialize it lazily in " + early.fqn() : " list " + late.fqn() + " before it in types:")
                                    + ", or make the field a constant")));
                }
            }
        }
        return problems;
    }

    private static List<Node> staticInitCode(TypeDeclaration<?> type) {
        List<Node> code = new ArrayList<>();
        for (var member : type.getMembers()) {
            if (member instanceof FieldDeclaration f && f.isStatic()) {
                f.getVariables().forEach(v -> v.getInitializer().ifPresent(code::add));
            } else if (member instanceof InitializerDeclaration i && i.isStatic()) {
                code.add(i);
            }
        }
        return code;
    }

    private static Optional<Node> firstUse(Node code, TypeDeclaration<?> late, String name) {
        for (MethodCallExpr call : code.findAll(MethodCallExpr.class)) {
            if (call.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()) {
                return Optional.of(call);
            }
        }
        for (FieldAccessExpr access : code.findAll(FieldAccessExpr.class)) {
            if (access.getScope() instanceof NameExpr n && n.getNameAsString().equals(name) && !isConstant(late, access.getNameAsString())) {
                return Optional.of(access);
            }
        }
        return Optional.empty();
    }

    private static boolean isConstant(TypeDeclaration<?> type, String field) {
        return type.getFieldByName(field).filter(FieldDeclaration::isFinal).flatMap(f -> f.getVariables().stream()
                .filter(v -> v.getNameAsString().equals(field)).findFirst()).flatMap(VariableDeclarator::getInitializer)
                .filter(init -> init instanceof LiteralExpr).isPresent();
    }
}
