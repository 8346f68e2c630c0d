package dev.consolidator.transform.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.SymbolResolver;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.transform.SourceTree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Java view of a source tree, built by a cheap scan (no parsing): source roots, files per package, and an index
 * of top-level types. Nested types are found by parsing the one file that can hold them, on demand; parsed units are
 * cached for the life of this model (one step), so a model must not outlive the tree it was built from.
 */
public final class SourceModel {
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "\\b(?:class|interface|enum|record)\\s+(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)");
    private final SourceTree tree;
    private final Map<String, JavaFile> files = new HashMap<>();
    private final Map<String, String> topLevel = new HashMap<>();
    private final Map<String, List<String>> filesByPackage = new HashMap<>();
    private final Map<String, Set<String>> typesByPackage = new HashMap<>();
    private final Map<String, Optional<CompilationUnit>> parsed = new ConcurrentHashMap<>();
    private final Map<String, List<String>> declared = new ConcurrentHashMap<>();
    private final Set<String> parsedOk = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> typeNames = new ConcurrentHashMap<>();
    private volatile SymbolResolver resolver;

    private SourceModel(SourceTree tree) {
        this.tree = tree;
        tree.files().forEach((path, text) -> {
            if (path.endsWith(".java")) index(path, text);
        });
    }

    public static SourceModel of(SourceTree tree) {
        return new SourceModel(tree);
    }

    public static String qualify(String pkg, String simple) {
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }

    public static String packageOf(String fqn) {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? "" : fqn.substring(0, dot);
    }

    /** The package a Java text declares ("" for the default package), read by the scan that indexes a tree. */
    public static String packageDeclaredBy(String text) {
        return PackageScanner.packageOf(text);
    }

    public static String simpleName(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    private void index(String path, String text) {
        String pkg = PackageScanner.packageOf(text);
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1, path.length() - ".java".length());
        String root = rootOf(dir, pkg);
        boolean special = name.equals("package-info") || name.equals("module-info");
        JavaFile file = new JavaFile(path, pkg, root, special ? "" : name);
        files.put(path, file);
        if (name.equals("module-info")) return;
        filesByPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(path);
        Set<String> names = new LinkedHashSet<>();
        if (!special) names.add(name);
        names.addAll(PackageScanner.topLevelTypes(text));
        for (String simple : names) {
            topLevel.putIfAbsent(qualify(pkg, simple), path);
            typesByPackage.computeIfAbsent(pkg, k -> new TreeSet<>()).add(simple);
        }
    }

    /** The root is what remains of the directory once the package path is taken off its end. */
    private static String rootOf(String dir, String pkg) {
        if (pkg.isEmpty()) return dir;
        String pkgPath = pkg.replace('.', '/');
        if (dir.equals(pkgPath)) return "";
        if (dir.endsWith("/" + pkgPath)) return dir.substring(0, dir.length() - pkgPath.length() - 1);
        return null;
    }

    public SourceTree tree() {
        return tree;
    }

    public Map<String, JavaFile> javaFiles() {
        return Collections.unmodifiableMap(files);
    }

    public Optional<JavaFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Paths of the .java files declaring the package (package-info.java included). */
    public List<String> filesIn(String pkg) {
        return filesByPackage.getOrDefault(pkg, List.of());
    }

    /** Simple names of the top-level types of a package. */
    public Set<String> typesIn(String pkg) {
        return typesByPackage.getOrDefault(pkg, Set.of());
    }

    public boolean packageExists(String pkg) {
        return filesByPackage.containsKey(pkg);
    }

    /** Packages equal to or under {@code pkg}. */
    public SortedSet<String> packagesUnder(String pkg) {
        return filesByPackage.keySet().stream().filter(p -> p.equals(pkg) || p.startsWith(pkg + "."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean isTopLevelType(String fqn) {
        return topLevel.containsKey(fqn);
    }

    /** The file that declares a type, top-level or nested. */
    public Optional<String> pathOf(String fqn) {
        String top = fqn;
        while (!top.isEmpty()) {
            String path = topLevel.get(top);
            if (path != null) {
                return top.equals(fqn) || (mayDeclare(path, simpleName(fqn)) && declaredTypes(path).contains(fqn))
                        ? Optional.of(path) : Optional.empty();
            }
            top = packageOf(top);
        }
        return Optional.empty();
    }

    /** The file named after a top-level type ({@code a/b/C.java} for a.b.C), where javac looks for it by name. */
    public Optional<String> primaryPathOf(String fqn) {
        String path = topLevel.get(fqn);
        return path != null && files.get(path).primaryFqn().equals(fqn) ? Optional.of(path) : Optional.empty();
    }

    /**
     * Whether a file's code has a type declaration of that simple name, by a scan: most names asked about (a static
     * import's member, a package segment) are not types, and a big file need not be parsed to say so.
     */
    private boolean mayDeclare(String path, String simple) {
        return typeNames.computeIfAbsent(path, p -> {
            Set<String> names = new HashSet<>();
            Matcher m = TYPE_DECLARATION.matcher(CodeOnly.of(tree.text(p)));
            while (m.find()) names.add(m.group(1));
            return names;
        }).contains(simple);
    }

    public boolean isType(String fqn) {
        return pathOf(fqn).isPresent();
    }

    /** The top-level type enclosing (or being) a type of this tree, by the index. */
    public Optional<String> topLevelOf(String fqn) {
        String top = fqn;
        while (!top.isEmpty()) {
            if (topLevel.containsKey(top)) return Optional.of(top);
            top = packageOf(top);
        }
        return Optional.empty();
    }

    public Optional<CompilationUnit> parse(String path) {
        return parsed.computeIfAbsent(path, p -> {
            String text = tree.text(p);
            return text == null ? Optional.empty() : withResolver(parsed(p, JavaText.parse(text)));
        });
    }

    /** The parsed unit of a file a step cannot do without: {@link UnparsableJava} when it does not parse. */
    public CompilationUnit unit(String path) {
        return parse(path).orElseThrow(() -> UnparsableJava.of(path, tree.text(path)));
    }

    /** The declaration of a type (top-level or member, never local) in the unit of the file that declares it. */
    public Optional<TypeDeclaration<?>> type(String fqn) {
        return pathOf(fqn).flatMap(this::parse).flatMap(cu -> cu.findAll(TypeDeclaration.class).stream()
                .filter(t -> t.getParentNode().filter(p -> p instanceof CompilationUnit || p instanceof TypeDeclaration).isPresent())
                .filter(t -> t.getFullyQualifiedName().filter(fqn::equals).isPresent())
                .<TypeDeclaration<?>>map(t -> t).findFirst());
    }

    private Optional<CompilationUnit> parsed(String path, Optional<CompilationUnit> unit) {
        if (unit.isPresent()) parsedOk.add(path);
        return unit;
    }

    /** Whether some check already parsed this file, successfully (its unit need not be kept). */
    public boolean parsedAlready(String path) {
        return parsedOk.contains(path);
    }

    /**
     * Attaches a symbol resolver to every unit parsed so far and from now on. JavaParser resolves some declarations
     * through the unit's own resolver rather than the facade it was asked through (a record's canonical constructor
     * resolves its parameters so), so a unit without one fails with "Symbol resolution not configured".
     */
    public void useSymbolResolver(SymbolResolver symbolResolver) {
        this.resolver = symbolResolver;
        parsed.values().forEach(this::withResolver);
    }

    private Optional<CompilationUnit> withResolver(Optional<CompilationUnit> unit) {
        SymbolResolver current = resolver;
        if (current != null) unit.ifPresent(cu -> cu.setData(Node.SYMBOL_RESOLVER_KEY, current));
        return unit;
    }

    /** The cached unit if some check already parsed it, else a fresh parse that is not kept (bounded memory over big trees). */
    public Optional<CompilationUnit> parseTransient(String path) {
        Optional<CompilationUnit> cached = parsed.get(path);
        if (cached != null) return cached;
        String text = tree.text(path);
        return text == null ? Optional.empty() : withResolver(parsed(path, JavaText.parse(text)));
    }

    /** The files some check tried to parse, in this model, that do not parse. */
    public SortedSet<String> unparsable() {
        return parsed.entrySet().stream().filter(e -> e.getValue().isEmpty() && tree.text(e.getKey()) != null)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every type a file declares, top-level and nested, by fully qualified name. */
    public List<String> declaredTypes(String path) {
        return declared.computeIfAbsent(path, p -> parse(p).map(cu -> cu.findAll(TypeDeclaration.class).stream()
                .map(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName()).flatMap(Optional::stream).toList())
                .orElse(List.of()));
    }

    /** Where a top-level type lives in a root: {@code root/a/b/Name.java}. */
    public static String pathFor(String root, String fqn) {
        String rel = fqn.replace('.', '/') + ".java";
        return root.isEmpty() ? rel : root + "/" + rel;
    }

    /** Where a file of a package lives in a root: {@code root/a/b/FileName.java}. */
    public static String pathIn(String root, String pkg, String fileName) {
        String dir = pkg.replace('.', '/');
        String rel = dir.isEmpty() ? fileName : dir + "/" + fileName;
        return root.isEmpty() ? rel : root + "/" + rel;
    }

    /**
     * Whether a file (or a source root, given with a trailing {@code /}) is test code: after its last {@code src/}, a
     * source set naming tests ({@code src/test/java}, {@code src/integrationTest/java}, {@code src/testFixtures/java});
     * without {@code src/}, a {@code test(s)} directory.
     */
    public static boolean inTestSources(String path) {
        String p = "/" + path;
        int src = p.lastIndexOf("/src/");
        if (src < 0) return p.contains("/test/") || p.contains("/tests/");
        String rest = p.substring(src + 5);
        return rest.substring(0, Math.max(0, rest.indexOf('/'))).toLowerCase(java.util.Locale.ROOT).contains("test");
    }

    /**
     * The binary name of a type declared in the file at {@code path}: the parts after the top-level type the file is
     * named after are nested ({@code Target$Old}); a top-level type keeps its canonical name.
     */
    public static String binaryName(String canonical, String path) {
        if (path == null) return canonical;
        String file = path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
        String[] parts = canonical.split("\\.");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (parts[i].equals(file)) {
                return String.join(".", List.of(parts).subList(0, i + 1)) + "$"
                        + String.join("$", List.of(parts).subList(i + 1, parts.length));
            }
        }
        return canonical;
    }

    /**
     * The {@code module-info.java} files rewritten without the exports and opens of the packages whose every type is
     * in {@code removed} (by path; only the files that change).
     */
    public static java.util.Map<String, String> withoutEmptiedPackages(SourceModel model, Set<String> removed) {
        Set<String> emptied = removed.stream().map(SourceModel::packageOf)
                .filter(pkg -> model.typesIn(pkg).stream().allMatch(simple -> removed.contains(qualify(pkg, simple))))
                .collect(Collectors.toCollection(TreeSet::new));
        java.util.Map<String, String> rewritten = new java.util.TreeMap<>();
        if (emptied.isEmpty()) return rewritten;
        for (String path : model.tree().paths()) {
            if (path.endsWith("module-info.java")) {
                ModuleDirectives.drop(model.tree().text(path), emptied).ifPresent(text -> rewritten.put(path, text));
            }
        }
        return rewritten;
    }
}
