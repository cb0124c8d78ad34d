package io.studygraph.graph;

import java.util.List;

/**
 * Everything the entity page shows about one entity. See {@code docs/api.md}.
 */
public record EntityView(String iri, String kind, String kindLabel, String label, List<Ref> types, List<Ref> authors,
                         List<LiteralGroup> literals, List<Relation> outgoing, List<Relation> incoming,
                         List<WebLink> links, List<Provenance> provenance, List<AuthorVariant> otherAuthorLists) {

    /** An author list another source gave, where the entity's own comes from a source before it. */
    public record AuthorVariant(String source, List<Ref> authors) {}

    /** A neighbouring node; {@code kind} is null for resources of no known kind. */
    public record Ref(String iri, String label, String kind) {}

    public record Value(String value, String datatype, String lang) {}

    public record LiteralGroup(String property, String label, List<Value> values) {}

    public record Relation(String property, String label, List<Ref> targets) {}

    public record WebLink(String property, String label, String url) {}

    /** Where the entity was stated: the source file and line ({@code line} null when unknown). */
    public record Provenance(String source, String graph, Integer line) {}
}
