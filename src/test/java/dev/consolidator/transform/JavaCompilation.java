package dev.consolidator.transform;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles every .java file of a source tree with javax.tools, in memory (class files are kept in a map, nothing
 * touches the disk), and returns the diagnostics. module-info.java files are left out: an in-memory compilation has
 * no module source path. Reusable by every transform test: {@code assertThat(JavaCompilation.compile(tree).errors())}.
 */
public final class JavaCompilation {
    /** The diagnostics of one compilation; {@code errors()} is what a test usually checks. */
    public record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Map<String, byte[]> classes) {
        public List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String source = d.getSource() == null ? "?" : d.getSource().getName();
                    errors.add(source + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                }
            }
            return errors;
        }

        public boolean succeeded() {
            return errors().isEmpty();
        }

        /** A class loader over the compiled classes, child of the test's own (which has JUnit). */
        public ClassLoader classLoader() {
            return new ClassLoader(JavaCompilation.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = classes.get(name);
                    if (bytes == null) throw new ClassNotFoundException(name);
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
        }

        /** Runs {@code public static String run()} of a compiled class, so a fixture can prove behaviour too. */
        public String run(String className) {
            ClassLoader loader = classLoader();
            try {
                return (String) loader.loadClass(className).getMethod("run").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot run " + className, e);
            }
        }
    }

    /** The jars of JUnit Jupiter's API (with the annotations and exceptions its signatures name). */
    static final String FIXTURE_CLASSPATH = String.join(java.io.File.pathSeparator,
            SourcesJar.locationOf(org.junit.jupiter.api.Test.class),
            SourcesJar.locationOf(org.opentest4j.AssertionFailedError.class),
            SourcesJar.locationOf(org.apiguardian.api.API.class));

    private JavaCompilation() {
    }

    public static Result compile(SourceTree tree) {
        return compile(tree, List.of());
    }

    /** With more javac options, e.g. an explicit {@code -classpath} (else the classpath is JUnit's API alone). */
    public static Result compile(SourceTree tree, List<String> options) {
        return compile(tree, "17", options);
    }

    /**
     * At a Java release ({@code --release 8} proves generated code uses nothing newer). Without a {@code -classpath}
     * option the classpath is JUnit's API alone (what the fixtures' own tests import), never the test JVM's: javac
     * opens and indexes every jar of its classpath on each compilation, and the test classpath has 159 of them
     * (176 MB), which doubled the cost of every proof.
     */
    public static Result compile(SourceTree tree, String release, List<String> options) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        tree.files().forEach((path, text) -> {
            if (path.endsWith(".java") && !path.endsWith("module-info.java")) sources.add(new Source(path, text));
        });
        Map<String, byte[]> classes = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        try (JavaFileManager files = new InMemoryClasses(standard, classes)) {
            List<String> all = new ArrayList<>(List.of("--release", release, "-proc:none", "-Xlint:none"));
            if (!options.contains("-classpath") && !options.contains("-cp") && !options.contains("--class-path")) {
                all.addAll(List.of("-classpath", FIXTURE_CLASSPATH));
            }
            all.addAll(options);
            compiler.getTask(null, files, diagnostics, all, null, sources).call();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Result(List.copyOf(diagnostics.getDiagnostics()), classes);
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class InMemoryClasses extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> classes;

        InMemoryClasses(StandardJavaFileManager delegate, Map<String, byte[]> classes) {
            super(delegate);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
