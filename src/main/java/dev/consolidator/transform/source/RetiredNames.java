package dev.consolidator.transform.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Retired qualified type names and what replaces them, found and replaced as whole names in text. A name followed
 * by {@code $Inner} or {@code .Inner} is still that name (a nested type moves with its outer type); one preceded or
 * followed by more of an identifier ({@code acom.x.Old}, {@code com.x.OldThing}) is another name.
 */
public final class RetiredNames {
    /** {@code canonical} is the new name as Java source writes it, {@code binary} as class loaders do. */
    public record Rename(String old, String canonical, String binary) {
    }

    /** A whole-name occurrence of {@code old} at {@code [start, end)} (the outer name only, not {@code $Inner}). */
    public record Match(Rename rename, int start, int end) {
    }

    private final List<Rename> renames;
    private final Set<String> packages = new TreeSet<>();

    public RetiredNames(List<Rename> renames) {
        this.renames = renames.stream().sorted(Comparator.comparingInt((Rename r) -> -r.old().length())).toList();
        renames.forEach(r -> packages.add(SourceModel.packageOf(r.old()) + "."));
    }

    public boolean isEmpty() {
        return renames.isEmpty();
    }

    public List<Rename> renames() {
        return renames;
    }

    /** A cheap first look: whether the text mentions any of the old packages at all. */
    public boolean mayOccurIn(String text) {
        return packages.stream().anyMatch(text::contains);
    }

    /** Whole-name occurrences within {@code [from, to)}, left to right, longest name first where they overlap. */
    public List<Match> find(String text, int from, int to) {
        List<Match> out = new ArrayList<>();
        int at = from;
        while (at < to) {
            Match found = null;
            for (Rename r : renames) {
                int end = at + r.old().length();
                if (end <= to && text.startsWith(r.old(), at) && isWholeName(text, at, end)) {
                    found = new Match(r, at, end);
                    break;
                }
            }
            at = found == null ? at + 1 : found.end();
            if (found != null) out.add(found);
        }
        return out;
    }

    /** Not part of a longer name on either side ({@code Old$Inner}, a binary name, still counts). */
    static boolean isWholeName(String text, int start, int end) {
        boolean starts = start == 0 || (!Character.isJavaIdentifierPart(text.charAt(start - 1)) && text.charAt(start - 1) != '.');
        boolean ends = end >= text.length() || text.charAt(end) == '$' || !Character.isJavaIdentifierPart(text.charAt(end));
        return starts && ends;
    }

    /** Whether {@code text[from, to)} is only {@code $Name} parts: what follows a binary name in a class-name string. */
    static boolean onlyNestedParts(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '$' || i + 1 >= to || !Character.isJavaIdentifierStart(text.charAt(i + 1))) return false;
            i++;
            while (i < to && text.charAt(i) != '$' && Character.isJavaIdentifierPart(text.charAt(i))) i++;
        }
        return true;
    }

    /**
     * The text with every match in the given ranges replaced: by the binary name when the range is a string that is
     * exactly the name (a class name for {@code Class.forName}) or the name goes on with {@code $}, by the canonical
     * name elsewhere; with {@code binaryAlways}, by the binary name everywhere (configuration files).
     */
    public Rewrite rewrite(String text, List<JavaLiterals.Region> ranges, boolean binaryAlways) {
        StringBuilder out = new StringBuilder(text.length());
        List<Match> done = new ArrayList<>();
        List<Match> kept = new ArrayList<>();
        int copied = 0;
        for (JavaLiterals.Region region : ranges) {
            for (Match m : find(text, region.start(), region.end())) {
                if (region.kind() != JavaLiterals.Kind.COMMENT && followedByMember(text, m.end(), region.end())) {
                    kept.add(m);
                    continue;
                }
                boolean exact = region.kind() == JavaLiterals.Kind.STRING && m.start() == region.start()
                        && onlyNestedParts(text, m.end(), region.end());
                boolean binary = binaryAlways || exact || (m.end() < text.length() && text.charAt(m.end()) == '$');
                out.append(text, copied, m.start()).append(binary ? m.rename().binary() : m.rename().canonical());
                copied = m.end();
                done.add(m);
            }
        }
        out.append(text, copied, text.length());
        return new Rewrite(out.toString(), done, kept);
    }

    /**
     * {@code "com.x.Old.defaultLookups"}: a key made from the name (a system property, a logger, a message key) that
     * users out there set by this spelling; renaming it would change behaviour, so it is left for a person to judge.
     */
    private static boolean followedByMember(String text, int end, int regionEnd) {
        return end + 1 < regionEnd && text.charAt(end) == '.' && Character.isLowerCase(text.charAt(end + 1));
    }

    /** The new text, the matches replaced and those left alone (their offsets are in the old text). */
    public record Rewrite(String text, List<Match> matches, List<Match> kept) {
    }
}
