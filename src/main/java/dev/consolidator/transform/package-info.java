/**
 * The consolidation engine, pure: a {@link dev.consolidator.transform.SourceTree} in, a
 * {@link dev.consolidator.transform.ChangeSet} out, no I/O.
 * <ul>
 *   <li>{@code engine.PhaseEngine}: runs a phase (or dry-runs a plan) step by step; the merge step plugs in through
 *       its constructor as a {@link dev.consolidator.transform.StepTransform}.</li>
 *   <li>{@code retarget.TypeRetargeter}: the reference-rewriting primitive every step builds on (old FQN to new FQN,
 *       nested new names allowed), by text splices at parser ranges; {@code retarget.Relocator} for a file that
 *       changes package; {@code retarget.TypeReferences} to list references without rewriting.</li>
 *   <li>{@code forward}: the forwarders a phase left (found by their mark), who still uses them (status), and the
 *       {@code removeForwarders} step that deletes them once nobody does.</li>
 *   <li>{@code move}, {@code delete}: the move / move-package and delete steps; {@code source}: the cheap Java model
 *       of a tree (roots, type index, parsing at Java 17, text edits, import blocks); {@code resolve}: the symbol
 *       solver over an in-memory tree, for the access checks.</li>
 * </ul>
 */
package dev.consolidator.transform;
