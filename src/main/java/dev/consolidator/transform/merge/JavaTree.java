package dev.consolidator.transform.merge;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.SymbolResolver;
import dev.consolidator.transform.SourceTree;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java files of a source tree, parsed on demand (Java 17) and indexed by the fully qualified name of their
 * file-level type (package + file name), which is how the compiler finds public top-level types too.
 */
final class JavaTree {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private final SourceTree tree;
    private final Map<String, String> pathByType = new LinkedHashMap<>();
    private final Map<String, String> packageByPath = new HashMap<>();
    private final Map<String, CompilationUnit> parsed = new HashMap<>();
    private SymbolResolver resolver;

    JavaTree(SourceTree tree) {
        this.tree = tree;
        tree.files().forEach((path, text) -> {
            if (path.endsWith(".java") && !path.endsWith("module-info.java") && !path.endsWith("package-info.java")) {
                String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
                String pkg = packageOf(text);
                packageByPath.put(path, pkg);
                pathByType.put(pkg.isEmpty() ? stem : pkg + "." + stem, path);
            }
        });
    }

    /** Parses every file from now on with this resolver attached (for the symbol solver). */
    void useResolver(SymbolResolver resolver) {
        this.resolver = resolver;
        parsed.clear();
    }

    SourceTree tree() {
        return tree;
    }

    Map<String, String> pathByType() {
        return pathByType;
    }

    /** The package a Java file declares ("" for the default package or a file that is not Java). */
    String packageOfPath(String path) {
        return packageByPath.getOrDefault(path, "");
    }

    static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(stripComments(text));
        return m.find() ? m.group(1) : "";
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    Optional<String> pathOf(String fqn) {
        return Optional.ofNullable(pathByType.get(fqn));
    }

    CompilationUnit unit(String path) {
        return parsed.computeIfAbsent(path, p -> parse(tree.text(p), p));
    }

    /** The type with this fully qualified name, nested types included (a.B.C is looked up as a.B then C). */
    Optional<TypeDeclaration<?>> type(String fqn) {
        String prefix = fqn;
        while (true) {
            String path = pathByType.get(prefix);
            if (path != null) {
                String rest = fqn.substring(prefix.length());
                String top = prefix.substring(prefix.lastIndexOf('.') + 1);
                Optional<TypeDeclaration<?>> t = unit(path).getTypes().stream()
                        .filter(d -> d.getNameAsString().equals(top)).findFirst().map(d -> (TypeDeclaration<?>) d);
                for (String part : rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.")) {
                    t = t.flatMap(d -> d.getMembers().stream()
                            .filter(m -> m instanceof TypeDeclaration<?> n && n.getNameAsString().equals(part))
                            .findFirst().map(m -> (TypeDeclaration<?>) m));
                }
                return t;
            }
            int dot = prefix.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            prefix = prefix.substring(0, dot);
        }
    }

    CompilationUnit parse(String text, String path) {
        return parse(text, path, resolver);
    }

    /** Parses at Java 17, or throws {@link UnparsableJava} (JavaParser returns a partial tree even on failure). */
    static CompilationUnit parse(String text, String path, SymbolResolver resolver) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        if (resolver != null) {
            config.setSymbolResolver(resolver);
        }
        ParseResult<CompilationUnit> result = new JavaParser(config).parse(text);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            throw new UnparsableJava(path, result.getProblems().toString());
        }
        return result.getResult().get();
    }

    /** A file the engine cannot parse: the step cannot be proven safe, so it is refused with this message. */
    static final class UnparsableJava extends RuntimeException {
        final String path;

        UnparsableJava(String path, String detail) {
            super(path + " does not parse as Java 17: " + detail);
            this.path = path;
        }
    }
}
