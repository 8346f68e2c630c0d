package dev.consolidator.transform.merge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.transform.source.JavaText;

import java.util.Collection;
import java.util.List;

/** Writes moved code and imports into the target's file by precise text splices, so everything else stays byte-identical. */
final class TargetText {
    private TargetText() {
    }

    /** The indentation of the target's members (its first member's, or one level deeper than the type). */
    static String memberIndent(String text, TypeDeclaration<?> target) {
        JavaText t = new JavaText(text);
        if (!target.getMembers().isEmpty()) {
            return t.indentAt(t.beginWithComment(target.getMember(0)));
        }
        return t.indentAt(t.begin(target)) + "    ";
    }

    /**
     * An enum whose constants are not followed by {@code ;} (legal while it has no other members) gets one, so
     * declarations can follow (the caller re-parses the text when it changed).
     */
    static String closeEnumConstants(String text, TypeDeclaration<?> target) {
        if (!(target instanceof com.github.javaparser.ast.body.EnumDeclaration e) || e.getEntries().isEmpty()) {
            return text;
        }
        JavaText t = new JavaText(text);
        int afterLast = t.end(e.getEntries().getLast().orElseThrow());
        int close = t.end(e) - 1;
        String between = text.substring(afterLast, close);
        if (between.contains(";")) {
            return text;
        }
        int comma = between.indexOf(',');
        int at = comma >= 0 ? afterLast + comma + 1 : afterLast;
        return text.substring(0, at) + ";" + text.substring(at);
    }

    /** Appends the blocks at the end of the target's body, each after a blank line. */
    static String appendMembers(String text, TypeDeclaration<?> target, List<String> blocks) {
        if (blocks.isEmpty()) {
            return text;
        }
        JavaText t = new JavaText(text);
        int close = t.end(target) - 1;
        String joined = String.join("\n\n", blocks);
        int lineStart = t.lineStart(close);
        if (text.substring(lineStart, close).isBlank()) {
            boolean hasConstants = target instanceof com.github.javaparser.ast.body.EnumDeclaration e && e.getEntries().isNonEmpty();
            if (target.getMembers().isEmpty() && !hasConstants) {
                return text.substring(0, lineStart) + joined + "\n" + text.substring(lineStart);
            }
            if (lineStart > 0 && text.substring(t.lineStart(lineStart - 1), lineStart).isBlank()) {
                // the body already ends with a blank line (the file's style): the blocks go after it, and so does one
                return text.substring(0, lineStart) + joined + "\n\n" + text.substring(lineStart);
            }
            return text.substring(0, lineStart) + "\n" + joined + "\n" + text.substring(lineStart);
        }
        String closeIndent = t.indentAt(t.begin(target));
        return text.substring(0, close).stripTrailing() + "\n" + joined + "\n" + closeIndent + text.substring(close);
    }

    /** Adds import lines after the file's last import, or after its package declaration, keeping one blank line around. */
    static String addImports(String text, CompilationUnit unit, Collection<String> imports) {
        if (imports.isEmpty()) {
            return text;
        }
        if (unit.getImports().isNonEmpty()) {
            return insertSorted(text, unit, imports);
        }
        String lines = String.join("\n", imports.stream().sorted().toList());
        if (unit.getPackageDeclaration().isPresent()) {
            JavaText t = new JavaText(text);
            int at = t.nextLineStart(t.end(unit.getPackageDeclaration().get()));
            return text.substring(0, at) + "\n" + lines + "\n" + text.substring(at);
        }
        return lines + "\n\n" + text;
    }

    /** Each import goes before the first existing one of its kind that sorts after it, else after the last import. */
    private static String insertSorted(String text, CompilationUnit unit, Collection<String> imports) {
        java.util.TreeMap<Integer, StringBuilder> at = new java.util.TreeMap<>();
        StringBuilder statics = new StringBuilder();
        int firstImport = -1;
        JavaText t = new JavaText(text);
        int afterLast = t.nextLineStart(t.end(unit.getImports().getLast().orElseThrow()));
        for (String line : imports.stream().sorted().toList()) {
            boolean isStatic = line.startsWith("import static ");
            int offset = afterLast;
            if (isStatic && unit.getImports().stream().noneMatch(com.github.javaparser.ast.ImportDeclaration::isStatic)) {
                // a new group of static imports goes first, with a blank line after it
                int first = t.lineStart(t.begin(unit.getImports().get(0)));
                statics.append(line).append('\n');
                firstImport = first;
                continue;
            }
            for (com.github.javaparser.ast.ImportDeclaration i : unit.getImports()) {
                if (i.isStatic() == isStatic && CarriedImports.render(i).compareTo(line) > 0) {
                    offset = t.lineStart(t.begin(i));
                    break;
                }
            }
            at.computeIfAbsent(offset, o -> new StringBuilder()).append(line).append('\n');
        }
        if (firstImport >= 0) {
            at.computeIfAbsent(firstImport, o -> new StringBuilder()).insert(0, statics.append('\n'));
        }
        StringBuilder out = new StringBuilder(text);
        at.descendingMap().forEach((offset, lines) -> out.insert(offset, lines));
        return out.toString();
    }

    /** A new file for the target: package, imports, then a class holding the blocks. */
    static String newFile(String pkg, Collection<String> imports, String javadoc, String header, List<String> blocks) {
        StringBuilder out = new StringBuilder();
        if (!pkg.isEmpty()) {
            out.append("package ").append(pkg).append(";\n\n");
        }
        if (!imports.isEmpty()) {
            imports.stream().sorted().forEach(i -> out.append(i).append('\n'));
            out.append('\n');
        }
        if (javadoc != null) {
            out.append(javadoc).append('\n');
        }
        out.append(header).append(" {\n");
        out.append(String.join("\n\n", blocks));
        if (!blocks.isEmpty()) {
            out.append('\n');
        }
        out.append("}\n");
        return out.toString();
    }
}
