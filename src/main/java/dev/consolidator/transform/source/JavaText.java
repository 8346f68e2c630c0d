package dev.consolidator.transform.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;

import java.util.Optional;

/** Parsing at Java 17 and the arithmetic between JavaParser positions and offsets in the original text. */
public final class JavaText {
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

    private final String text;
    private final int[] lineStarts;

    public JavaText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** The compilation unit, or empty when the text does not parse (JavaParser returns a partial result then). */
    public static Optional<CompilationUnit> parse(String text) {
        ParseResult<CompilationUnit> result = PARSER.get().parse(text);
        return result.isSuccessful() ? result.getResult() : Optional.empty();
    }

    /** Why the text does not parse: the line of JavaParser's first problem (1 when it has none) and its message. */
    public static Optional<ParseError> parseError(String text) {
        ParseResult<CompilationUnit> result = PARSER.get().parse(text);
        if (result.isSuccessful()) {
            return Optional.empty();
        }
        return Optional.of(result.getProblems().stream().findFirst()
                .map(p -> new ParseError(p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1),
                        p.getMessage().lines().findFirst().orElse("").strip()))
                .orElse(new ParseError(1, "does not parse")));
    }

    public record ParseError(int line, String message) {
    }

    /** The lines of a text, each with its own line end (LF, CRLF or CR; none for the last if the text lacks one). */
    public static String[] lines(String text) {
        return text.split("(?<=\n)|(?<=\r)(?!\n)", -1);
    }

    /** Whether one line is a well-formed import declaration. */
    public static boolean parsesAsImport(String line) {
        return PARSER.get().parseImport(line).isSuccessful();
    }

    public static boolean parses(String text) {
        return parse(text).isPresent();
    }

    public String text() {
        return text;
    }

    /** Offset of a 1-based line/column position (JavaParser counts a tab as one column). */
    public int offset(Position p) {
        return lineStarts[p.line - 1] + p.column - 1;
    }

    public int begin(Node node) {
        return offset(range(node).begin);
    }

    /** Exclusive end offset of a node. */
    public int end(Node node) {
        return offset(range(node).end) + 1;
    }

    public String source(Node node) {
        return text.substring(begin(node), end(node));
    }

    /** Start of a node including its leading comment (Javadoc), so code cut there keeps it. */
    public int beginWithComment(Node node) {
        Position begin = range(node).begin;
        Position commentBegin = node.getComment().flatMap(Comment::getBegin).orElse(begin);
        return offset(commentBegin.isBefore(begin) ? commentBegin : begin);
    }

    /** The line a node begins on (1 when it has no position), for problems and warnings. */
    public static int lineOf(Node node) {
        return node.getBegin().map(p -> p.line).orElse(1);
    }

    /** Offset of the start of the line holding {@code offset} (the LF of a CRLF belongs to the line the CR ends). */
    public int lineStart(int offset) {
        int i = offset;
        if (i > 0 && i < text.length() && text.charAt(i) == '\n' && text.charAt(i - 1) == '\r') i--;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') i--;
        return i;
    }

    /** Offset just after the line terminator of the line holding {@code offset} (or the text's end). */
    public int nextLineStart(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
            if (i < text.length() && text.charAt(i) == '\n') i++;
        } else if (i < text.length()) {
            i++;
        }
        return i;
    }

    /** The leading blanks (spaces and tabs) of the line holding {@code offset}. */
    public String indentAt(int offset) {
        int start = lineStart(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return text.substring(start, i);
    }

    public int lineOf(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** The line terminator the file uses (CRLF if any, CR if it has no LF), so inserted lines match. */
    public String newline() {
        if (text.contains("\r\n")) return "\r\n";
        return text.indexOf('\r') >= 0 && text.indexOf('\n') < 0 ? "\r" : "\n";
    }

    private static Range range(Node node) {
        return node.getRange().orElseThrow(() -> new IllegalStateException("node without range: " + node));
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) starts[line++] = i + 1;
        }
        return starts;
    }
}
