package io.studygraph.graph;

import java.util.Set;

/**
 * What a walk through the graph may use: kinds of entity it may pass (all but the excluded, or
 * only the listed) and relations it may follow (likewise). Types, provenance and web addresses
 * are never relations between entities.
 */
public record WalkFilter(Set<String> excludedKinds, Set<String> excludedRelations, Set<String> onlyKinds, Set<String> onlyRelations) {
    /** Everything but the reading lists and their sections, which would join every item to every other. */
    public static final WalkFilter DEFAULT = new WalkFilter(Set.of(Kind.LIST.slug(), Kind.SECTION.slug()), Set.of(), Set.of(), Set.of());

    /** This filter, also leaving out one kind of entity and some relations. */
    public WalkFilter without(String kind, Set<String> relations) {
        Set<String> kinds = new java.util.LinkedHashSet<>(excludedKinds);
        kinds.add(kind);
        Set<String> excluded = new java.util.LinkedHashSet<>(excludedRelations);
        excluded.addAll(relations);
        return new WalkFilter(kinds, excluded, onlyKinds, onlyRelations);
    }

    boolean allowsKind(String kind) {
        return kind != null && !excludedKinds.contains(kind) && (onlyKinds.isEmpty() || onlyKinds.contains(kind));
    }

    boolean allowsRelation(String property) {
        return !Adjacency.NOT_RELATIONS.contains(property) && !excludedRelations.contains(property)
                && (onlyRelations.isEmpty() || onlyRelations.contains(property));
    }
}
