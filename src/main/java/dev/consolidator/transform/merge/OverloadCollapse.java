package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Elsewhere in the tree, overloads that differ only by a merged type become duplicates once every merged type is the
 * target: {@code f(ProgressTracker)} and {@code f(MetricsCollector)} in a third class would both be
 * {@code f(MetricsCollector)}. Compared by simple names, conservatively.
 */
final class OverloadCollapse {
    private OverloadCollapse() {
    }

    static void check(SourceModel java, MergeSubject subject, List<Problem> problems) {
        Set<String> merged = subject.sources().stream().map(MergeSubject.Part::simpleName).collect(Collectors.toSet());
        String target = subject.targetSimpleName();
        java.tree().files().forEach((path, text) -> {
            if (!path.endsWith(".java") || merged.stream().noneMatch(text::contains)
                    || merged.size() < 2 && !text.contains(target)) {
                return;
            }
            for (TypeDeclaration<?> type : java.unit(path).findAll(TypeDeclaration.class)) {
                Map<String, CallableDeclaration<?>> seen = new HashMap<>();
                List<CallableDeclaration<?>> callables = new java.util.ArrayList<>(type.getMethods());
                callables.addAll(type.getConstructors());
                for (CallableDeclaration<?> c : callables) {
                    String signature = c.getNameAsString() + "(" + c.getParameters().stream()
                            .map(p -> collapsed(p, merged, target)).collect(Collectors.joining(", ")) + ")";
                    CallableDeclaration<?> earlier = seen.putIfAbsent(signature, c);
                    if (earlier != null && !earlier.getSignature().equals(c.getSignature())) {
                        problems.add(new Problem(path, JavaText.lineOf(c), c.getNameAsString(), c.getDeclarationAsString(false, false, false)
                                + " and " + earlier.getDeclarationAsString(false, false, false) + " (line " + JavaText.lineOf(earlier)
                                + ") would have the same signature once " + String.join(", ", merged) + (merged.size() == 1 ? " becomes " : " become ") + target
                                + "; rename or remove one of them first"));
                    }
                }
            }
        });
    }

    private static String collapsed(Parameter p, Set<String> merged, String target) {
        String type = MemberClashes.erased(p);
        String base = type.replace("[]", "");
        return merged.contains(base) ? target + type.substring(base.length()) : type;
    }
}
