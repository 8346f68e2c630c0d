package dev.consolidator.transform.retarget;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.TypeParameter;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a simple type name resolves in one file, by the JLS order and without a symbol solver: types declared in the
 * file (and type parameters, which shadow), single-type imports, the file's own package, on-demand imports, java.lang.
 * Sound for names the file spells out; member types inherited from a supertype are not seen (they are never old types
 * spelled by simple name in practice, and a miss leaves the reference untouched rather than wrong).
 */
public final class FileScope {
    private final SourceModel model;
    private final Targets targets;
    final String pkg;
    private final Map<String, String> declared = new HashMap<>();
    private final Set<String> shadowing = new HashSet<>();
    final Map<String, String> singleImports = new HashMap<>();
    final List<String> onDemand = new ArrayList<>();
    final Set<String> variables = new HashSet<>();
    private final Map<String, Optional<String>> cache = new HashMap<>();

    /** The scope of a file as the tree stands, no retargeting involved. */
    public static FileScope of(SourceModel model, CompilationUnit cu) {
        return new FileScope(model, new Targets(model, Map.of()), cu);
    }

    FileScope(SourceModel model, Targets targets, CompilationUnit cu) {
        this.model = model;
        this.targets = targets;
        this.pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
            String simple = type.getNameAsString();
            Optional<String> fqn = type.getFullyQualifiedName();
            if (fqn.isEmpty() || (declared.containsKey(simple) && !declared.get(simple).equals(fqn.get()))) {
                shadowing.add(simple);   // local or ambiguous: a name we must not touch
            } else {
                declared.put(simple, fqn.get());
            }
        }
        cu.findAll(TypeParameter.class).forEach(p -> shadowing.add(p.getNameAsString()));
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            if (imp.isAsterisk()) {
                if (!imp.isStatic()) onDemand.add(name);
            } else if (!imp.isStatic() || targets.isOld(name) || model.isType(name)) {
                singleImports.put(SourceModel.simpleName(name), name);
            }
        }
        cu.findAll(VariableDeclarator.class).forEach(v -> variables.add(v.getNameAsString()));
        cu.findAll(Parameter.class).forEach(p -> variables.add(p.getNameAsString()));
        cu.findAll(EnumConstantDeclaration.class).forEach(c -> variables.add(c.getNameAsString()));
    }

    /** The type a simple name denotes here, or empty (a package name, a variable, unknown, or shadowed). */
    public Optional<String> resolve(String simple) {
        return cache.computeIfAbsent(simple, this::doResolve);
    }

    private Optional<String> doResolve(String simple) {
        if (shadowing.contains(simple)) return Optional.empty();
        String d = declared.get(simple);
        if (d != null) return Optional.of(d);
        String imported = singleImports.get(simple);
        if (imported != null) return Optional.of(imported);
        String samePackage = SourceModel.qualify(pkg, simple);
        if (model.typesIn(pkg).contains(simple) || targets.isOld(samePackage)) return Optional.of(samePackage);
        for (String q : onDemand) {
            String candidate = q + "." + simple;
            if (model.typesIn(q).contains(simple) || targets.isOld(candidate)
                    || (!model.packageExists(q) && (model.isType(candidate) || isPlatformType(candidate)))) {
                return Optional.of(candidate);
            }
        }
        if (isJavaLang(simple)) return Optional.of("java.lang." + simple);
        return Optional.empty();
    }

    /** The FQN of a type this file declares under that simple name, if any. */
    public Optional<String> declaredType(String simple) {
        if (shadowing.contains(simple)) return Optional.of("<local>");
        return Optional.ofNullable(declared.get(simple));
    }

    private static final Map<String, Boolean> PLATFORM = new ConcurrentHashMap<>();

    /** Whether the JDK has this class: on-demand imports of JDK packages are common and the tree does not hold them. */
    static boolean isPlatformType(String fqn) {
        if (!(fqn.startsWith("java.") || fqn.startsWith("javax."))) return false;
        return PLATFORM.computeIfAbsent(fqn, n -> {
            try {
                Class.forName(n, false, ClassLoader.getPlatformClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    /** Whether a simple name is a class of {@code java.lang}, which every file sees without an import. */
    public static boolean isJavaLang(String simple) {
        return isPlatformType("java.lang." + simple);
    }
}
