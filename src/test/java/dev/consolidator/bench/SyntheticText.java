package dev.consolidator.bench;

import dev.consolidator.bench.SyntheticRepo.TypeRef;
import java.util.Collection;
import java.util.List;

/** Lays out a generated type's text the way a formatter would: package, static imports, imports, Javadoc, class. */
final class SyntheticText {
    private SyntheticText() {
    }

    static String of(TypeRef self, Collection<String> singleImports, Collection<String> staticImports, String wildcard,
            List<String> fields, List<String> uses, List<String> links) {
        StringBuilder text = new StringBuilder(1024);
        text.append("package ").append(self.pkg()).append(";\n\n");
        if (!staticImports.isEmpty()) {
            staticImports.forEach(s -> text.append("import static ").append(s).append(";\n"));
            text.append('\n');
        }
        singleImports.forEach(s -> text.append("import ").append(s).append(";\n"));
        if (wildcard != null) {
            text.append("import ").append(wildcard).append(".*;\n");
        }
        text.append("import java.util.ArrayList;\nimport java.util.List;\n\n");
        text.append("/**\n * ").append(self.simpleName()).append(" of the ").append(self.pkg())
                .append(" package, generated for benchmarks.\n");
        if (!links.isEmpty()) {
            text.append(" *\n * <p>Works with ").append(String.join(", ", links)).append(".\n");
        }
        text.append(" */\npublic class ").append(self.simpleName()).append(" {\n");
        text.append("    public static final String ").append(self.constant()).append(" = \"").append(self.fqn())
                .append("\";\n\n");
        text.append("    private final List<String> trail = new ArrayList<>();\n");
        fields.forEach(f -> text.append(f).append('\n'));
        text.append("\n    /** The ids this type works with, in the order it met them. */\n");
        text.append("    public List<String> describe() {\n");
        text.append("        trail.add(").append(self.constant()).append(");\n");
        uses.forEach(u -> text.append("        trail.add(").append(u).append(");\n"));
        text.append("        return List.copyOf(trail);\n    }\n}\n");
        return text.toString();
    }
}
