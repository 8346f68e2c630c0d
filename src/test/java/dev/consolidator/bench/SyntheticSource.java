package dev.consolidator.bench;

import dev.consolidator.bench.SyntheticRepo.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders one generated type. Every reference it writes resolves to a generated type and no two imported names
 * clash, so the repository compiles; that keeps the benchmark honest about what a rewrite has to handle.
 */
final class SyntheticSource {
    private final List<TypeRef> others;
    private final Map<String, List<TypeRef>> byPackage = new LinkedHashMap<>();
    private final List<String> packages;
    private final Random random;

    SyntheticSource(List<TypeRef> others, List<TypeRef> moved, Random random) {
        this.others = others;
        this.random = random;
        for (TypeRef type : others) {
            byPackage.computeIfAbsent(type.pkg(), p -> new ArrayList<>()).add(type);
        }
        this.packages = List.copyOf(byPackage.keySet());
        byPackage.put(moved.get(0).pkg(), moved);
    }

    /** One file's parts; names in scope are tracked so that no simple name means two types. */
    private static final class Unit {
        final TypeRef self;
        final Set<String> singleImports = new TreeSet<>();
        final Set<String> staticImports = new TreeSet<>();
        String wildcard;
        final Set<String> simpleNames = new HashSet<>();
        final List<String> fields = new ArrayList<>();
        final List<String> uses = new ArrayList<>();
        final List<String> links = new ArrayList<>();

        Unit(TypeRef self, List<TypeRef> siblings) {
            this.self = self;
            siblings.forEach(s -> simpleNames.add(s.simpleName()));
        }

        boolean free(TypeRef type) {
            return !simpleNames.contains(type.simpleName()) && !type.pkg().equals(self.pkg());
        }

        void field(TypeRef type) {
            fields.add("    private " + type.simpleName() + " " + Character.toLowerCase(type.simpleName().charAt(0))
                    + type.simpleName().substring(1) + ";");
            uses.add(type.simpleName() + "." + type.constant());
        }
    }

    String render(TypeRef self, List<TypeRef> moved, boolean usesMoved) {
        List<TypeRef> siblings = byPackage.get(self.pkg());
        Unit unit = new Unit(self, siblings);
        if (siblings.size() > 1) {
            TypeRef sibling = siblings.get(random.nextInt(siblings.size()));
            if (!sibling.equals(self)) {
                unit.field(sibling); // same package: no import
            }
        }
        int singles = 1 + random.nextInt(4);
        for (int i = 0; i < singles; i++) {
            TypeRef type = others.get(random.nextInt(others.size()));
            if (unit.free(type)) {
                unit.singleImports.add(type.fqn());
                unit.simpleNames.add(type.simpleName());
                unit.field(type);
                unit.links.add("{@link " + type.simpleName() + "}");
            }
        }
        if (usesMoved) {
            useMoved(unit, moved.get(random.nextInt(moved.size())));
        }
        if (unit.wildcard == null && random.nextDouble() < 0.15) {
            useWildcard(unit, packages.get(random.nextInt(packages.size())));
        }
        if (random.nextDouble() < 0.20) {
            TypeRef type = others.get(random.nextInt(others.size()));
            if (!type.simpleName().equals(self.simpleName())) {
                unit.staticImports.add(type.fqn() + "." + type.constant());
                unit.uses.add(type.constant());
            }
        }
        if (random.nextDouble() < 0.15) {
            TypeRef type = others.get(random.nextInt(others.size()));
            unit.uses.add(type.fqn() + "." + type.constant());
            unit.links.add("{@link " + type.fqn() + "#" + type.constant() + "}");
        }
        return SyntheticText.of(unit.self, unit.singleImports, unit.staticImports, unit.wildcard, unit.fields,
                unit.uses, unit.links);
    }

    /** The ways real code reaches a type of the moved package, in rough proportion. */
    private void useMoved(Unit unit, TypeRef type) {
        double pattern = random.nextDouble();
        if (pattern < 0.55 && unit.free(type)) {
            unit.singleImports.add(type.fqn());
            unit.simpleNames.add(type.simpleName());
            unit.field(type);
        } else if (pattern < 0.70 && unit.free(type)) {
            unit.wildcard = type.pkg();
            unit.simpleNames.add(type.simpleName());
            unit.field(type);
        } else if (pattern < 0.80) {
            unit.staticImports.add(type.fqn() + "." + type.constant());
            unit.uses.add(type.constant());
        } else if (pattern < 0.90) {
            unit.uses.add(type.fqn() + "." + type.constant());
        } else {
            unit.links.add("{@link " + type.fqn() + "}");
        }
    }

    /** Uses one type of {@code pkg} through {@code import pkg.*}, if one has a name free in this file. */
    private void useWildcard(Unit unit, String pkg) {
        if (pkg.equals(unit.self.pkg())) {
            return;
        }
        for (TypeRef type : byPackage.get(pkg)) {
            if (unit.free(type)) {
                unit.wildcard = pkg;
                unit.simpleNames.add(type.simpleName());
                unit.field(type);
                return;
            }
        }
    }
}
