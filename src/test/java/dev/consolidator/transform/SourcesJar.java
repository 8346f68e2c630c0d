package dev.consolidator.transform;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A published sources jar on the test classpath, as the tree a repository of it would have. */
final class SourcesJar {
    static final String ROOT = "src/main/java/";

    private SourcesJar() {
    }

    /**
     * Every .java file of the jar holding {@code anyResource}, under src/main/java, read as ReadTextFiles reads a
     * commit: UTF-8, or ISO-8859-1 and read-only.
     */
    static SourceTree tree(String anyResource) throws IOException {
        URL any = SourcesJar.class.getClassLoader().getResource(anyResource);
        assertThat(any).as("a sources jar with " + anyResource + " is on the test classpath").isNotNull().hasProtocol("jar");
        URI jar = URI.create(any.toString().substring(0, any.toString().indexOf("!/")));
        Map<String, String> files = new TreeMap<>();
        Set<String> notUtf8 = new TreeSet<>();
        try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of()); Stream<Path> all = Files.walk(zip.getPath("/"))) {
            for (Path p : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                String path = ROOT + p.toString().substring(1);
                byte[] bytes = Files.readAllBytes(p);
                try {
                    files.put(path, StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
                } catch (CharacterCodingException e) {
                    files.put(path, new String(bytes, StandardCharsets.ISO_8859_1));
                    notUtf8.add(path);
                }
            }
        }
        return SourceTree.of(files, notUtf8);
    }

    /** The jar or directory a class was loaded from, for an explicit javac class or module path. */
    static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
