package dev.consolidator.transform.merge;

import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.SourceTree;

import java.util.Map;

/**
 * The engine's primitive that rewrites every reference of some types to new names across a tree (imports, static
 * imports, same-package and on-demand users, qualified names, Javadoc links). A merge uses it once its code has
 * moved: old name to the target (members) or to the nested type in the target (nested).
 */
@FunctionalInterface
public interface Retarget {
    ChangeSet apply(SourceTree tree, Map<String, String> newNames);
}
