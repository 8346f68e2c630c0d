package dev.consolidator.transform.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a file's imports sorted when it kept them sorted. Renaming an import in place ({@code a.stream.X} to
 * {@code a.io.X}) can break the order that formatters and style checks enforce (google-java-format, IntelliJ,
 * Checkstyle's ImportOrder). If every run of consecutive import lines of the file was in ascending order before
 * the step, each run is sorted again after it; a file with an order of its own is left as it is. Runs are split by
 * blank lines and comments (the groups of most styles), and a run mixing static and plain imports is never sorted.
 */
public final class ImportOrder {
    private static final Pattern IMPORT = Pattern.compile("^[ \\t]*import[ \\t]+(static[ \\t]+)?([\\w.]+(?:\\.\\*)?)[ \\t]*;[ \\t]*(?:\\r\\n|\\r|\\n)?");
    private static final Comparator<String> BY_NAME = Comparator.comparing(ImportOrder::name);

    private ImportOrder() {
    }

    /** {@code after} with its import runs sorted if all of {@code before}'s were; else {@code after} itself. */
    public static String keepSorted(String before, String after) {
        if (!allSorted(before)) {
            return after;
        }
        String[] lines = JavaText.lines(after);
        boolean changed = false;
        for (int[] run : runs(lines)) {
            List<String> imports = new ArrayList<>(List.of(lines).subList(run[0], run[1]));
            if (mixed(imports)) {
                continue;
            }
            List<String> sorted = imports.stream().sorted(BY_NAME).toList();
            if (!sorted.equals(imports)) {
                for (int i = 0; i < sorted.size(); i++) {
                    lines[run[0] + i] = sorted.get(i);
                }
                changed = true;
            }
        }
        return changed ? String.join("", lines) : after;
    }

    private static boolean allSorted(String text) {
        String[] lines = JavaText.lines(text);
        for (int[] run : runs(lines)) {
            List<String> imports = List.of(lines).subList(run[0], run[1]);
            if (mixed(imports) || !imports.stream().sorted(BY_NAME).toList().equals(imports)) {
                return false;
            }
        }
        return true;
    }

    /** [start, end) of each run of consecutive import lines in the file's header (before its first declaration). */
    private static List<int[]> runs(String[] lines) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean isImport = !inComment && IMPORT.matcher(lines[i]).matches();
            if (isImport) {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
            if (inComment) {
                inComment = !line.contains("*/");
            } else if (line.startsWith("/*")) {
                inComment = !line.substring(2).contains("*/");
            } else if (!line.isEmpty() && !line.startsWith("//") && !line.startsWith("package ")) {
                break; // the first declaration: no import after it
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, lines.length});
        }
        return runs;
    }

    private static boolean mixed(List<String> imports) {
        return imports.stream().map(ImportOrder::isStatic).distinct().count() > 1;
    }

    private static boolean isStatic(String line) {
        Matcher m = IMPORT.matcher(line);
        return m.matches() && m.group(1) != null;
    }

    private static String name(String line) {
        Matcher m = IMPORT.matcher(line);
        return m.matches() ? m.group(2) : line;
    }
}
