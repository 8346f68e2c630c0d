package dev.consolidator.transform.bench;

import dev.consolidator.transform.SourceTree;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic repository for timing: {@code files} Java files in packages of 40, each class importing a few types
 * of other packages (single-type, on-demand and, for one in fifty, qualified references), and one in ten of them using package p0, the
 * package a benchmark moves. Deterministic for a given size.
 */
public final class SyntheticRepo {
    public static final int PER_PACKAGE = 40;

    private SyntheticRepo() {
    }

    public static SourceTree generate(int files) {
        Random random = new Random(42);
        int packages = Math.max(1, files / PER_PACKAGE);
        Map<String, String> tree = new HashMap<>();
        for (int i = 0; i < files; i++) {
            int pkg = i / PER_PACKAGE;
            int type = i % PER_PACKAGE;
            String name = "Type" + type;
            StringBuilder src = new StringBuilder();
            src.append("package com.acme.p").append(pkg).append(";\n\n");
            int other = 1 + random.nextInt(packages - 1 > 0 ? packages - 1 : 1);
            boolean usesP0 = pkg != 0 && i % 10 == 0;
            src.append("import java.util.List;\nimport java.util.ArrayList;\n");
            src.append("import com.acme.p").append(other).append(".Type").append(random.nextInt(PER_PACKAGE)).append(";\n");
            if (usesP0) {
                src.append(i % 20 == 0 ? "import com.acme.p0.*;\n" : "import com.acme.p0.Type" + (i % PER_PACKAGE) + ";\n");
            }
            src.append("\n/**\n * Synthetic type ").append(i).append(".\n */\npublic class ").append(name).append(" {\n");
            src.append("    private final List<String> names = new ArrayList<>();\n");
            if (usesP0) {
                src.append("    private Type").append(i % PER_PACKAGE).append(" used;\n");
                if (i % 50 == 0) {   // some users spell the package in code: they take the parsing path
                    src.append("    private com.acme.p0.Type").append((i + 1) % PER_PACKAGE).append(" qualified;\n");
                }
            }
            for (int m = 0; m < 8; m++) {
                src.append("\n    /** Method ").append(m).append(". */\n");
                src.append("    public int method").append(m).append("(int x) {\n");
                src.append("        int total = x;\n");
                src.append("        for (int k = 0; k < ").append(m + 2).append("; k++) {\n");
                src.append("            total += k * ").append(m).append(";\n");
                src.append("            names.add(\"n\" + k);\n");
                src.append("        }\n");
                src.append("        return total;\n");
                src.append("    }\n");
            }
            src.append("}\n");
            tree.put("src/main/java/com/acme/p" + pkg + "/" + name + ".java", src.toString());
        }
        return SourceTree.of(tree);
    }
}
