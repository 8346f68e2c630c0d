package dev.consolidator.transform.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Whole-name mentions of fully qualified type names in any text: XML, properties, YAML, docs, and the strings and
 * comments of Java files. A step cannot know what such a mention means, so it reports them for a person to judge.
 * Service files are left out (steps rewrite or refuse them), and so are the files a step asks to skip (the plan,
 * which names the types it changes on purpose).
 */
public final class TypeMentions {
    private TypeMentions() {
    }

    public record Mention(String path, int line, String type) {
    }

    public static List<Mention> find(Collection<String> paths, Function<String, String> textOf, Collection<String> types,
                                     Set<String> skip) {
        Set<String> packages = new TreeSet<>();
        types.forEach(t -> packages.add(SourceModel.packageOf(t)));
        List<Mention> out = new ArrayList<>();
        for (String path : new TreeSet<>(paths)) {
            String text = textOf.apply(path);
            if (text == null || skip.contains(path) || ServiceFiles.isServiceFile(path)
                    || packages.stream().noneMatch(text::contains)) {   // one cheap scan per package, not per type
                continue;
            }
            JavaText lines = null;
            for (String type : types) {
                for (int at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + type.length())) {
                    if (RetiredNames.isWholeName(text, at, at + type.length())) {
                        lines = lines == null ? new JavaText(text) : lines;
                        out.add(new Mention(path, lines.lineOf(at), type));
                    }
                }
            }
        }
        return out;
    }
}
