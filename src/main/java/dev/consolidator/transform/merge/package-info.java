/**
 * The merge step (many types into one), plugged into the engine as
 * {@code new PhaseEngine(new MergeTransform())}.
 *
 * <p>Order of work in {@link dev.consolidator.transform.merge.MergeTransform}: refuse what would not compile
 * ({@code MergePreconditions}, {@code MembersChecks} or {@code NestedChecks}, {@code LostAccess}); apply the plan's
 * method renames at declarations, call sites, method references and static imports, each call resolved with one
 * symbol solver per run ({@code MethodRenamer}); cut the sources' code out as text and append it to the target
 * ({@code MergeWriter}, {@code MovedCode}, {@code TargetText}) with the imports it needs ({@code CarriedImports});
 * delete the source files; retarget every other reference with the engine's
 * {@link dev.consolidator.transform.retarget.TypeRetargeter}; drop on-demand imports of emptied packages; re-parse
 * every changed file. A merge whose result is already in place returns an empty change set.
 */
package dev.consolidator.transform.merge;
