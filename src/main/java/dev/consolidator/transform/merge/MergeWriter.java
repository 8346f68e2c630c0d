package dev.consolidator.transform.merge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.transform.ImportChange;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.UnparsableJava;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the merge itself over a tree whose method renames are done: the code of each source cut out as text and
 * appended to the target's body (as members, or as a static nested type), the imports it needs added to the
 * target's file, and the source files listed for deletion. References elsewhere are not touched here.
 */
final class MergeWriter {
    /** The target file's new text, how many references inside the moved code were rewritten, and the imports added. */
    record Result(String targetText, int rewritten, List<ImportChange> importChanges, List<Problem> problems) {
    }

    private final SourceModel java;
    private final MergeSubject subject;
    private final MergeMode mode;
    private final Map<String, String> renames;

    MergeWriter(SourceModel java, MergeSubject subject, MergeMode mode, Map<String, String> renames) {
        this.renames = renames;
        this.java = java;
        this.subject = subject;
        this.mode = mode;
    }

    Result write() {
        String targetName = subject.targetSimpleName();
        CompilationUnit targetUnit = subject.target().flatMap(Node::findCompilationUnit).orElse(null);
        String original = targetUnit == null ? null : java.tree().text(subject.targetPath());
        // spliced in LF (positions are lines and columns, the same in either), the file's own line end put back last
        String targetText = original == null ? null : original.replaceAll("\r\n|\r", "\n");
        String indent = targetUnit == null ? "    " : TargetText.memberIndent(targetText, subject.target().get());
        CarriedImports imports = new CarriedImports(java, subject, targetUnit);
        List<Problem> problems = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        int rewritten = 0;
        boolean keepPrivateConstructor = targetUnit == null && mode == MergeMode.MEMBERS
                && subject.sources().stream().allMatch(s -> InstanceState.hasPrivateTrivialConstructorOnly(s.decl()));
        for (Part s : subject.sources()) {
            CompilationUnit cu = s.decl().findCompilationUnit().orElseThrow();
            String text = java.tree().text(s.path());
            List<Node> moved = mode == MergeMode.MEMBERS ? new ArrayList<>(s.decl().getMembers()) : List.of(s.decl());
            JavaText source = new JavaText(text);
            String movedText = text.substring(source.beginWithComment(s.decl()), source.end(s.decl()));
            imports.carry(s, cu, moved, movedText, problems);
            Set<String> aliases = mode == MergeMode.MEMBERS ? aliases(s, cu) : Set.of();
            MovedCode.Edited edited = MovedCode.edit(cu, s.decl(), imports.qualify(), aliases, targetName);
            rewritten += edited.rewritten();
            TypeDeclaration<?> decl = UnparsableJava.parse(s.path(), edited.text()).getTypes().stream()
                    .filter(t -> t.getNameAsString().equals(s.simpleName())).findFirst().orElseThrow();
            String block;
            if (mode == MergeMode.MEMBERS) {
                List<ConstructorDeclaration> dropped = new ArrayList<>(decl.getConstructors().stream()
                        .filter(InstanceState::isTrivial).toList());
                if (keepPrivateConstructor && s == subject.sources().get(0)) {
                    dropped.clear();
                }
                block = MovedCode.javadocAliases(MovedCode.members(edited.text(), decl, dropped, indent), aliases, targetName);
                for (var rename : renames.entrySet()) {
                    // Javadoc links in the moved code ({@link #old}) follow the renamed methods
                    block = block.replaceAll("#" + Pattern.quote(rename.getKey()) + "(?![\\w$])",
                            Matcher.quoteReplacement("#" + rename.getValue()));
                }
            } else {
                block = MovedCode.nested(edited.text(), decl, indent);
            }
            if (!block.isBlank()) {
                blocks.add(block);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, 0, List.of(), problems);
        }
        String result;
        if (targetUnit != null) {
            String closed = TargetText.closeEnumConstants(targetText, subject.target().get());
            TypeDeclaration<?> target = closed.equals(targetText) ? subject.target().get()
                    : UnparsableJava.parse(subject.targetPath(), closed).findAll(TypeDeclaration.class).stream()
                    .filter(t -> t.getFullyQualifiedName().filter(subject.targetFqn()::equals).isPresent())
                    .map(t -> (TypeDeclaration<?>) t).findFirst().orElseThrow();
            String appended = TargetText.appendMembers(closed, target, blocks);
            result = TargetText.addImports(appended, UnparsableJava.parse(subject.targetPath(), appended), imports.added());
        } else {
            result = TargetText.newFile(subject.targetPackage(), imports.added(), newJavadoc(), newHeader(), blocks);
        }
        result = lineEndings(result, original != null ? original : java.tree().text(subject.sources().get(0).path()));
        UnparsableJava.parse(subject.targetPath(), result);
        List<ImportChange> changes = imports.added().stream().map(line -> new ImportChange(subject.targetPath(), null,
                line.substring("import ".length(), line.length() - 1))).toList();
        return new Result(result, rewritten, changes, List.of());
    }

    /** Simple names in a source file that mean one of the merged types: its own, same-package sources, imported sources. */
    private Set<String> aliases(Part s, CompilationUnit cu) {
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(s.simpleName());
        for (Part other : subject.sources()) {
            if (other.packageName().equals(s.packageName())) {
                aliases.add(other.simpleName());
            }
        }
        for (ImportDeclaration i : cu.getImports()) {
            if (!i.isStatic() && !i.isAsterisk() && subject.sources().stream().anyMatch(o -> o.fqn().equals(i.getNameAsString()))) {
                aliases.add(i.getName().getIdentifier());
            }
        }
        return aliases;
    }

    private String newHeader() {
        boolean anyPublic = subject.sources().stream().anyMatch(s -> s.decl().hasModifier(Modifier.Keyword.PUBLIC));
        boolean allFinal = mode == MergeMode.NESTED
                || subject.sources().stream().allMatch(s -> s.decl().hasModifier(Modifier.Keyword.FINAL));
        return (anyPublic ? "public " : "") + (allFinal ? "final " : "") + "class " + subject.targetSimpleName();
    }

    /** A single merged class keeps its class Javadoc on the new type; several would need a person to combine them. */
    private String newJavadoc() {
        if (mode != MergeMode.MEMBERS || subject.sources().size() != 1) {
            return null;
        }
        Part only = subject.sources().get(0);
        JavaText text = new JavaText(java.tree().text(only.path()));
        return only.decl().getJavadocComment().map(text::source).orElse(null);
    }

    /** Moved code takes the line endings of the file it lands in (or of the first source, for a new file). */
    private static String lineEndings(String text, String model) {
        return text.replaceAll("\r\n|\r", "\n").replace("\n", new JavaText(model).newline());
    }
}
