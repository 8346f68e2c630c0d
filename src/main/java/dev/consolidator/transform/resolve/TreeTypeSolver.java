package dev.consolidator.transform.resolve;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.consolidator.transform.source.SourceModel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves types of an in-memory source tree for the JavaParser symbol solver, parsing only the files asked for
 * (through the model's cache). Build one per step with {@link #forModel}, and call {@link #release} when done:
 * the solver's caches grow without bound (stack notes, JavaParser #1391).
 */
public final class TreeTypeSolver implements TypeSolver {
    private final SourceModel model;
    private final Map<String, SymbolReference<ResolvedReferenceTypeDeclaration>> cache = new HashMap<>();
    private TypeSolver parent;

    private TreeTypeSolver(SourceModel model) {
        this.model = model;
    }

    /** The JDK by reflection, then the tree; every unit of the model resolves through it (see SourceModel#useSymbolResolver). */
    public static CombinedTypeSolver forModel(SourceModel model) {
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(), new TreeTypeSolver(model));
        model.useSymbolResolver(new JavaSymbolSolver(solver));
        return solver;
    }

    public static void release() {
        JavaParserFacade.clearInstances();
    }

    @Override
    public TypeSolver getParent() {
        return parent;
    }

    @Override
    public void setParent(TypeSolver parent) {
        this.parent = parent;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        SymbolReference<ResolvedReferenceTypeDeclaration> known = cache.get(name);
        if (known != null) return known;
        SymbolReference<ResolvedReferenceTypeDeclaration> result = SymbolReference.unsolved();
        Optional<String> path = model.pathOf(name);
        if (path.isPresent() && model.parse(path.get()).isPresent()) {
            for (TypeDeclaration<?> type : model.parse(path.get()).get().findAll(TypeDeclaration.class)) {
                if (type.getFullyQualifiedName().filter(name::equals).isPresent()) {
                    result = SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration(type));
                    break;
                }
            }
        }
        cache.put(name, result);
        return result;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String name) {
        return tryToSolveType(name);
    }
}
