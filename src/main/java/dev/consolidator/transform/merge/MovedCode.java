package dev.consolidator.transform.merge;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the code that moves out of a source file, as text, so Javadoc, comments and formatting come along exactly
 * (the lexical-preserving printer loses Javadoc when nodes move). Renames inside it are made with the
 * lexical-preserving printer first, then the printed file is re-parsed and cut by positions.
 */
final class MovedCode {
    /** Blocks are cut from files with any line end; they are joined with LF, and the target's line end comes last. */
    private static final String LINE_END = "\r\n|\r|\n";

    private MovedCode() {
    }

    /**
     * Edits the source file in place (qualifications, and in members mode the merged types' names becoming the
     * target's) and returns the printed text and how many references were rewritten.
     */
    static Edited edit(CompilationUnit cu, TypeDeclaration<?> type, Map<String, String> qualify,
                       Set<String> aliases, String targetName) {
        LexicalPreservingPrinter.setup(cu);
        int count = 0;
        for (ClassOrInterfaceType t : type.findAll(ClassOrInterfaceType.class, t -> t.getScope().isEmpty())) {
            String name = t.getNameAsString();
            if (aliases.contains(name)) {
                t.setName(targetName);
                count++;
            } else if (qualify.containsKey(name)) {
                t.setScope(StaticJavaParser.parseClassOrInterfaceType(SourceModel.packageOf(qualify.get(name))));
            }
        }
        for (NameExpr e : type.findAll(NameExpr.class)) {
            if (aliases.contains(e.getNameAsString())) {
                e.setName(targetName);
                count++;
            } else if (qualify.containsKey(e.getNameAsString())) {
                e.setName(qualify.get(e.getNameAsString()));
            }
        }
        for (com.github.javaparser.ast.expr.ThisExpr t : type.findAll(com.github.javaparser.ast.expr.ThisExpr.class,
                t -> t.getTypeName().filter(n -> aliases.contains(n.asString())).isPresent())) {
            t.setTypeName(new com.github.javaparser.ast.expr.Name(targetName)); // Source.this in an inner class
            count++;
        }
        for (AnnotationExpr a : type.findAll(AnnotationExpr.class, a -> qualify.containsKey(a.getNameAsString()))) {
            a.setName(qualify.get(a.getNameAsString()));
        }
        if (!aliases.isEmpty()) {
            for (ConstructorDeclaration c : type.getConstructors()) {
                c.setName(targetName);
            }
        }
        return new Edited(LexicalPreservingPrinter.print(cu), count);
    }

    record Edited(String text, int rewritten) {
    }

    /** Javadoc references to a merged type ({@code {@link Source#m}}, {@code @see Source}) name the target (text: they only occur in comments). */
    static String javadocAliases(String block, Set<String> aliases, String targetName) {
        String out = block;
        for (String alias : aliases) {
            out = out.replaceAll("(\\{@link(?:plain)?\\s+|@see\\s+|@throws\\s+)" + java.util.regex.Pattern.quote(alias)
                    + "(?=[#\\s}(])", "$1" + java.util.regex.Matcher.quoteReplacement(targetName));
        }
        return out;
    }

    /** The member declarations of {@code type} in {@code text} (blank lines and comments between them included), minus {@code dropped}. */
    static String members(String text, TypeDeclaration<?> type, List<? extends Node> dropped, String toIndent) {
        JavaText t = new JavaText(text);
        int open = text.indexOf('{', headerEnd(t, type));
        int close = t.end(type) - 1;
        List<int[]> cuts = new ArrayList<>();
        for (Node d : dropped) {
            int from = t.lineStart(t.beginWithComment(d));
            int to = t.nextLineStart(t.end(d));
            boolean blankBefore = from > 0 && text.substring(t.lineStart(from - 1), from).isBlank();
            boolean blankAfter = to < text.length() && text.substring(to, t.nextLineStart(to)).isBlank();
            cuts.add(new int[] {from, blankBefore && blankAfter ? t.nextLineStart(to) : to});
        }
        cuts.sort(Comparator.comparingInt((int[] c) -> c[0]).reversed());
        StringBuilder body = new StringBuilder(text.substring(0, close));
        for (int[] cut : cuts) {
            body.delete(cut[0], cut[1]);
        }
        String inner = body.substring(open + 1);
        String fromIndent = type.getMembers().isEmpty() ? toIndent : t.indentAt(t.beginWithComment(type.getMember(0)));
        return reindent(trimBlankLines(inner), fromIndent, toIndent);
    }

    /** The whole type declaration with its Javadoc and annotations, made {@code static} when it is a class. */
    static String nested(String text, TypeDeclaration<?> type, String toIndent) {
        JavaText t = new JavaText(text);
        int start = t.lineStart(t.beginWithComment(type));
        String block = text.substring(start, t.end(type));
        if (type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isStatic()) {
            int at = staticInsertion(t, c) - start;
            block = block.substring(0, at) + "static " + block.substring(at);
        }
        return reindent(block, t.indentAt(t.begin(type)), toIndent);
    }

    /** Where {@code static } goes: after the access modifier when there is one, else before the first modifier or the keyword. */
    private static int staticInsertion(JavaText text, ClassOrInterfaceDeclaration c) {
        for (Modifier m : c.getModifiers()) {
            Modifier.Keyword k = m.getKeyword();
            if (k == Modifier.Keyword.PUBLIC || k == Modifier.Keyword.PROTECTED || k == Modifier.Keyword.PRIVATE) {
                return text.end(m) + 1;
            }
        }
        if (c.getModifiers().isNonEmpty()) {
            return text.begin(c.getModifiers().get(0));
        }
        return text.text().lastIndexOf("class", text.begin(c.getName()));
    }

    /** Offset after the declaration's header (name, type parameters, supertypes), where its body's brace follows. */
    static int headerEnd(JavaText text, TypeDeclaration<?> type) {
        List<Node> header = new ArrayList<>();
        header.add(type.getName());
        if (type instanceof ClassOrInterfaceDeclaration c) {
            header.addAll(c.getTypeParameters());
            header.addAll(c.getExtendedTypes());
            header.addAll(c.getPermittedTypes());
        }
        if (type instanceof com.github.javaparser.ast.nodeTypes.NodeWithImplements<?> w) {
            header.addAll(w.getImplementedTypes());
        }
        if (type instanceof com.github.javaparser.ast.body.RecordDeclaration r) {
            header.addAll(r.getParameters());
        }
        return header.stream().mapToInt(text::end).max().orElseThrow();
    }

    /** Drops leading and trailing blank lines, keeping the first line's indentation. */
    private static String trimBlankLines(String block) {
        String[] lines = block.split(LINE_END, -1);
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

    static String reindent(String block, String from, String to) {
        if (from.equals(to)) {
            return block;
        }
        List<String> out = new ArrayList<>();
        for (String line : block.split(LINE_END, -1)) {
            if (line.isBlank()) {
                out.add("");
            } else if (line.startsWith(from)) {
                out.add(to + line.substring(from.length()));
            } else {
                out.add(to + line.stripLeading());
            }
        }
        return String.join("\n", out);
    }
}
