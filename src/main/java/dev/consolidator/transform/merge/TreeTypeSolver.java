package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.UnparsableJava;

import java.util.Optional;

/**
 * Solves the types of the in-memory source tree for the JavaParser symbol solver, so resolution sees the very
 * compilation units we rewrite (no directory on disk involved: the engine is pure).
 */
final class TreeTypeSolver implements TypeSolver {
    private final SourceModel java;
    private TypeSolver parent;

    TreeTypeSolver(SourceModel java) {
        this.java = java;
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
        Optional<TypeDeclaration<?>> type;
        try {
            type = MergeSubject.declaration(java, name);
        } catch (UnparsableJava e) {
            return SymbolReference.unsolved();
        }
        if (type.isEmpty()) {
            return SymbolReference.unsolved();
        }
        return SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration(type.get()));
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String name) {
        return tryToSolveType(name);
    }
}
