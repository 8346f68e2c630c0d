package dev.consolidator.transform.merge;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;

import java.util.ArrayList;
import java.util.List;

/** Precise text splicing over a file's original text, addressed by JavaParser positions (1-based line and column). */
final class Text {
    private Text() {
    }

    static int offset(String text, Position p) {
        int line = 1;
        int i = 0;
        while (line < p.line) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            i = nl + 1;
            line++;
        }
        return i + p.column - 1;
    }

    /** Start of a node including its leading comment (Javadoc), so moved code keeps it. */
    static int startWithComment(String text, Node node) {
        Position begin = node.getBegin().orElseThrow();
        Position commentBegin = node.getComment().flatMap(Comment::getBegin).orElse(begin);
        return offset(text, commentBegin.isBefore(begin) ? commentBegin : begin);
    }

    /** Offset just after the node's last character. */
    static int end(String text, Node node) {
        return offset(text, node.getEnd().orElseThrow()) + 1;
    }

    /** Offset of the start of the line that holds {@code offset}. */
    static int lineStart(String text, int offset) {
        int nl = text.lastIndexOf('\n', offset - 1);
        return nl + 1;
    }

    /** Offset just after the line break that ends the line holding {@code offset} (or the end of text). */
    static int nextLineStart(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The leading whitespace of the line holding {@code offset}. */
    static String indentAt(String text, int offset) {
        int start = lineStart(text, offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** Shifts every non-blank line by {@code extra}: uniform shifts keep text-block contents intact. */
    static String indent(String block, String extra) {
        List<String> out = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            out.add(line.isBlank() ? line.strip() : extra + line);
        }
        return String.join("\n", out);
    }

    /** Drops leading and trailing blank lines, keeping the first line's indentation. */
    static String trimBlankLines(String block) {
        String[] lines = block.split("\n", -1);
        int from = 0;
        int to = lines.length;
        while (from < to && lines[from].isBlank()) {
            from++;
        }
        while (to > from && lines[to - 1].isBlank()) {
            to--;
        }
        List<String> kept = new ArrayList<>();
        for (int i = from; i < to; i++) {
            kept.add(lines[i].isBlank() ? "" : lines[i]);
        }
        return String.join("\n", kept);
    }

    static int lineOf(Node node) {
        return node.getBegin().map(p -> p.line).orElse(1);
    }
}
