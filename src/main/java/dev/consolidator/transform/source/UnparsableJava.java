package dev.consolidator.transform.source;

import com.github.javaparser.ast.CompilationUnit;

/**
 * A Java file a step must read and cannot parse: the step cannot be proven safe, so it is refused with this message
 * (file, line and the parser's first problem).
 */
public final class UnparsableJava extends RuntimeException {
    private final String path;

    private UnparsableJava(String path, String text) {
        super(path + (text == null ? " is not in the tree" : " does not parse as Java 17" + JavaText.parseError(text)
                .map(e -> " (line " + e.line() + ": " + e.message() + ")").orElse("")));
        this.path = path;
    }

    /** The unit of a text that must parse, or this exception. */
    public static CompilationUnit parse(String path, String text) {
        return JavaText.parse(text).orElseThrow(() -> new UnparsableJava(path, text));
    }

    static UnparsableJava of(String path, String text) {
        return new UnparsableJava(path, text);
    }

    public String path() {
        return path;
    }
}
