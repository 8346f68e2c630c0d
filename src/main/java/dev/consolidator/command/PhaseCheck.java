package dev.consolidator.command;

import dev.consolidator.text.Plural;
import dev.consolidator.transform.source.CodeOnly;
import dev.consolidator.github.CheckAnnotation;
import dev.consolidator.plan.Phase;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.engine.PhaseEngine;
import dev.consolidator.transform.engine.PhaseResult;
import dev.consolidator.transform.engine.StepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Is a phase sound on a given tree (a phase branch head)? Every step must already be in place, so running the phase
 * again changes nothing, and no Java file may still name a type the phase moved, merged or deleted.
 */
public final class PhaseCheck {
    private PhaseCheck() {
    }

    public record Verdict(boolean passed, int stepsInPlace, int steps, List<CheckAnnotation> annotations) {
        public Verdict {
            annotations = List.copyOf(annotations);
        }
    }

    public static Verdict verify(PhaseEngine engine, SourceTree head, Phase phase, List<TypeMapping> planned) {
        PhaseResult rerun = engine.run(head, phase);
        List<CheckAnnotation> annotations = new ArrayList<>();
        for (Problem p : rerun.problems()) {
            annotations.add(new CheckAnnotation(p.file(), p.line(), p.line(), CheckAnnotation.Level.FAILURE, p.message(),
                    p.symbol() == null || p.symbol().isBlank() ? "Problem" : p.symbol()));
        }
        int inPlace = 0;
        for (StepResult s : rerun.steps()) {
            if (s.alreadyApplied()) {
                inPlace++;
            } else if (!s.changes().hasProblems()) {
                annotations.add(new CheckAnnotation(s.step().location().file(), s.step().location().line(),
                        s.step().location().line(), CheckAnnotation.Level.FAILURE,
                        "This step is not in place on the branch: running it again would change "
                                + Plural.of(s.changes().touchedPaths().size(), "file") + " (" + String.join(", ",
                                s.changes().touchedPaths().stream().limit(10).toList()) + ")", "Step not applied"));
            }
        }
        annotations.addAll(staleReferences(head, planned));
        return new Verdict(annotations.isEmpty(), inPlace, phase.steps().size(), annotations);
    }

    /** Every line of Java code (not comments or strings) that still names an old fully qualified type name. */
    static List<CheckAnnotation> staleReferences(SourceTree head, List<TypeMapping> planned) {
        List<CheckAnnotation> out = new ArrayList<>();
        List<String> oldTypes = planned.stream().map(TypeMapping::originalType)
                .filter(t -> planned.stream().noneMatch(m -> t.equals(m.newType()))).distinct().toList();
        if (oldTypes.isEmpty()) {
            return out;
        }
        Pattern names = Pattern.compile("(?<![\\w.])(" + String.join("|", oldTypes.stream().map(Pattern::quote).toList())
                + ")(?![\\w])");
        for (Map.Entry<String, String> file : head.files().entrySet()) {
            if (!file.getKey().endsWith(".java")) {
                continue;
            }
            String text = file.getValue();
            if (!names.matcher(text).find()) {
                continue;
            }
            // strings and comments naming an old type are the engine's warnings, not broken code
            Matcher m = names.matcher(CodeOnly.of(text));
            while (m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                out.add(new CheckAnnotation(file.getKey(), line, line, CheckAnnotation.Level.FAILURE,
                        "Still refers to " + m.group(1) + ", which this phase moved, merged or deleted.", "Stale reference"));
            }
        }
        return out;
    }
}
