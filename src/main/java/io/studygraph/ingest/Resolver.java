package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Reconciliation: finds the entity a name or identifier already stands for, so the same paper,
 * person or repository reached from two sources is one node. Names match after folding case,
 * accents and punctuation ("Alexander Nichol" finds the person whose altLabel it is).
 */
final class Resolver {
    private final Map<String, Node> byName = new HashMap<>();
    private final Map<String, Node> byIdentifier = new HashMap<>();
    private final Map<Node, String> displayNames = new HashMap<>();

    /** Knows nothing: every name mints a new key. */
    static Resolver empty() {
        return new Resolver();
    }

    void addName(Kind kind, String name, Node entity) {
        byName.putIfAbsent(nameKey(kind, name), entity);
    }

    /** Records the display name (schema:name or skos:prefLabel) another source gives an entity. */
    void addDisplayName(Node entity, String name) {
        displayNames.putIfAbsent(entity, name);
    }

    Optional<String> displayName(Node entity) {
        return Optional.ofNullable(displayNames.get(entity));
    }

    void addIdentifier(String scheme, String value, Node entity) {
        byIdentifier.putIfAbsent(scheme + " " + value.toLowerCase(java.util.Locale.ROOT), entity);
    }

    Optional<Node> byName(Kind kind, String name) {
        return Optional.ofNullable(byName.get(nameKey(kind, name)));
    }

    Optional<Node> byIdentifier(String scheme, String value) {
        return Optional.ofNullable(byIdentifier.get(scheme + " " + value.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String nameKey(Kind kind, String name) {
        // Works of every kind share one name space: a title names the same work wherever it is listed.
        String group = switch (kind) {
            case PAPER, BOOK, TUTORIAL, VIDEO, REPO, QUESTION -> "work";
            default -> kind.slug();
        };
        return group + " " + Slugs.of(name);
    }
}
