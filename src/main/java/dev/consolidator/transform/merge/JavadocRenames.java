package dev.consolidator.transform.merge;

import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.source.SourceModel;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Javadoc links to renamed methods ({@code {@link Target#old}} once references point at the target) follow the
 * renames. Text only: a {@code #} member reference occurs in comments, never in code, so strings aside this is
 * exact; a name the target itself still declares is left alone (the link may mean that method).
 */
final class JavadocRenames {
    private JavadocRenames() {
    }

    static SourceTree apply(SourceTree tree, String targetFqn, Map<String, String> renames, Set<String> targetOwnMethods) {
        if (renames.isEmpty()) {
            return tree;
        }
        String simple = SourceModel.simpleName(targetFqn);
        Map<String, String> files = new TreeMap<>(tree.files());
        tree.files().forEach((path, text) -> {
            if (!path.endsWith(".java") || !text.contains(simple + "#")) {
                return;
            }
            String out = text;
            for (var r : renames.entrySet()) {
                if (targetOwnMethods.contains(r.getKey())) {
                    continue;
                }
                Pattern link = Pattern.compile("(?<![\\w$])((?:[\\w$]+\\.)*" + Pattern.quote(simple) + ")#"
                        + Pattern.quote(r.getKey()) + "(?![\\w$])");
                out = link.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "#" + r.getValue()));
            }
            files.put(path, out);
        });
        return SourceTree.of(files);
    }
}
