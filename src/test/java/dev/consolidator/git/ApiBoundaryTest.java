package dev.consolidator.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No JGit type may leak out of this package: every public signature uses our records and plain Java types. */
class ApiBoundaryTest {

    @Test
    void no_public_signature_of_the_git_package_mentions_a_jgit_type() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = publicClasses();
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    check(type, method, method.getGenericReturnType().getTypeName(), leaks);
                    checkParameters(type, method, leaks);
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    checkParameters(type, constructor, leaks);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())) {
                    check(type, field, field.getGenericType().getTypeName(), leaks);
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    check(type, component, component.getGenericType().getTypeName(), leaks);
                }
            }
        }
        assertThat(classes).as("main classes found").hasSizeGreaterThan(20);
        assertEquals(List.of(), leaks);
    }

    private static void checkParameters(Class<?> type, Executable executable, List<String> leaks) {
        Arrays.stream(executable.getGenericParameterTypes())
                .forEach(parameter -> check(type, executable, parameter.getTypeName(), leaks));
        Arrays.stream(executable.getGenericExceptionTypes())
                .forEach(thrown -> check(type, executable, thrown.getTypeName(), leaks));
    }

    private static void check(Class<?> type, Object member, String typeName, List<String> leaks) {
        if (typeName.contains("org.eclipse")) {
            leaks.add(type.getName() + " " + member + " uses " + typeName);
        }
    }

    private static List<Class<?>> publicClasses() throws URISyntaxException, Exception {
        Path root = Path.of(LocalRepository.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("dev/consolidator/git");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "dev.consolidator.git." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name);
                if (Modifier.isPublic(type.getModifiers())) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
