package dev.consolidator.transform;

import dev.consolidator.transform.retarget.TypeRetargeter;
import dev.consolidator.transform.source.SourceModel;

/**
 * What a step transform gets besides the tree: the Java model of that tree (built once per step, with its parse
 * cache; do not keep it beyond the call) and the shared reference-rewriting primitive.
 */
public record TransformContext(SourceModel model, TypeRetargeter retargeter) {
}
