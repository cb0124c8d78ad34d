package io.studygraph.graph;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a walk through the graph may use: kinds of entity it may pass (all but the excluded, or
 * only the listed) and relations it may follow (likewise). Types, provenance and web addresses
 * are never relations between entities. The {@code ends} of a walk are allowed whatever their
 * kind: "from a video to a person, through people only" starts at the video.
 */
public record WalkFilter(Set<String> excludedKinds, Set<String> excludedRelations, Set<String> onlyKinds, Set<String> onlyRelations,
                         Set<String> ends) {
    /** Everything but the reading lists and their sections, which would join every item to every other. */
    public static final WalkFilter DEFAULT = new WalkFilter(Set.of(Kind.LIST.slug(), Kind.SECTION.slug()), Set.of(), Set.of(), Set.of());

    public WalkFilter(Set<String> excludedKinds, Set<String> excludedRelations, Set<String> onlyKinds, Set<String> onlyRelations) {
        this(excludedKinds, excludedRelations, onlyKinds, onlyRelations, Set.of());
    }

    /** This filter, also leaving out one kind of entity and some relations. */
    public WalkFilter without(String kind, Set<String> relations) {
        Set<String> kinds = new LinkedHashSet<>(excludedKinds);
        kinds.add(kind);
        Set<String> excluded = new LinkedHashSet<>(excludedRelations);
        excluded.addAll(relations);
        return new WalkFilter(kinds, excluded, onlyKinds, onlyRelations, ends);
    }

    /** This filter for a walk between two entities, which it allows whatever their kinds. */
    public WalkFilter between(String from, String to) {
        return new WalkFilter(excludedKinds, excludedRelations, onlyKinds, onlyRelations, Set.of(from, to));
    }

    /** Whether the walk may pass the entity {@code iri}, of {@code kind} (null when of no known kind). */
    boolean allows(String iri, String kind) {
        return ends.contains(iri) || allowsKind(kind);
    }

    boolean allowsKind(String kind) {
        return kind != null && !excludedKinds.contains(kind) && (onlyKinds.isEmpty() || onlyKinds.contains(kind));
    }

    boolean allowsRelation(String property) {
        return !Adjacency.NOT_RELATIONS.contains(property) && !excludedRelations.contains(property)
                && (onlyRelations.isEmpty() || onlyRelations.contains(property));
    }
}
