package dev.consolidator.transform.engine;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.Identifiers;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java files that do not parse cannot have their references rewritten. A step whose names appear in such a file (a
 * text match of a type's simple name, or of a moved package's name, is enough to suspect it) is refused with the file,
 * line and parser message, rather than leaving a reference behind; other unparsable files the step read are warnings.
 */
final class UnparsableFiles {
    private UnparsableFiles() {
    }

    /**
     * Problems for the files that might refer to the step's names (as whole names: {@code HttpConstants} does not
     * name {@code Constants}) and do not parse. Files the step already parsed are not parsed again; the others are
     * parsed in parallel, and the problems come in path order.
     */
    static List<Problem> suspected(SourceModel model, Step step) {
        Set<String> names = names(step);
        List<String> suspects = model.tree().files().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".java") && !model.parsedAlready(e.getKey()))
                .filter(e -> names.stream().anyMatch(name -> Identifiers.containsName(e.getValue(), name)))
                .map(Map.Entry::getKey).toList();
        return suspects.parallelStream().filter(path -> model.parseTransient(path).isEmpty()).map(path -> {
            String text = model.tree().text(path);
            JavaText.ParseError error = JavaText.parseError(text).orElse(new JavaText.ParseError(1, "does not parse"));
            return new Problem(path, error.line(), "", path + " does not parse (line " + error.line() + ": "
                    + error.message() + ") and may refer to " + String.join(" or ", names) + ": its references"
                    + " could not be rewritten. Fix the file so it compiles, then run the step again");
        }).toList();
    }

    /** The change set with a warning for every other file the step found unparsable. */
    static ChangeSet warn(SourceModel model, ChangeSet changes) {
        if (changes.hasProblems()) return changes;
        List<Warning> warnings = new ArrayList<>(changes.warnings());
        for (String path : model.unparsable()) {
            int line = JavaText.parseError(model.tree().text(path)).map(JavaText.ParseError::line).orElse(1);
            warnings.add(new Warning(path, line, path + " does not parse (line " + line + "), so it was read as text"
                    + " only; it does not seem to use what this step changes"));
        }
        if (warnings.size() == changes.warnings().size()) return changes;
        return new ChangeSet(changes.added(), changes.modified(), changes.deleted(), changes.mappings(),
                changes.importChanges(), changes.problems(), warnings, changes.referencesRewritten());
    }

    private static Set<String> names(Step step) {
        Set<String> names = new LinkedHashSet<>();
        if (step instanceof Step.Move m) {
            names.add(SourceModel.simpleName(m.type()));
        } else if (step instanceof Step.MovePackage p) {
            names.add(p.from());
        } else if (step instanceof Step.Merge m) {
            m.types().forEach(t -> names.add(SourceModel.simpleName(t)));
        } else if (step instanceof Step.Delete d) {
            d.types().forEach(t -> names.add(SourceModel.simpleName(t)));
        } else if (step instanceof Step.RemoveForwarders r) {
            r.forwarding().forEach(s -> names.addAll(names(s)));   // a use of a forwarder names what its phase moved
        }
        names.removeIf(String::isEmpty);
        return names;
    }

}
