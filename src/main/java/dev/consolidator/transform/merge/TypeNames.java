package dev.consolidator.transform.merge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.consolidator.transform.retarget.FileScope;
import dev.consolidator.transform.source.SourceModel;

import java.util.Set;
import java.util.TreeSet;

/** Best-effort qualification of a type name as written in a file: single imports, the file's package, java.lang. */
final class TypeNames {
    private TypeNames() {
    }

    static String qualify(ClassOrInterfaceType type, CompilationUnit cu, SourceModel java) {
        String written = type.getNameWithScope();
        String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
        String rest = written.substring(first.length());
        for (ImportDeclaration i : cu.getImports()) {
            if (!i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(first)) {
                return i.getNameAsString() + rest;
            }
        }
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        if (java.primaryPathOf(pkg + first).isPresent()) {
            return pkg + written;
        }
        return !written.contains(".") && FileScope.isJavaLang(written) ? "java.lang." + written : written;
    }

    /** The qualified supertypes a class declares (extends and implements), minus java.lang.Object. */
    static Set<String> supertypes(com.github.javaparser.ast.body.TypeDeclaration<?> type, CompilationUnit cu, SourceModel java) {
        Set<String> out = new TreeSet<>();
        if (type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) {
            c.getExtendedTypes().forEach(t -> out.add(qualify(t, cu, java)));
            c.getImplementedTypes().forEach(t -> out.add(qualify(t, cu, java)));
        }
        out.remove("java.lang.Object");
        return out;
    }
}
