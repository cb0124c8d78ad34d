package io.studygraph.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * What an entity is, as the UI groups it. The kind is the first path segment of an entity IRI;
 * for foreign IRIs it is read from {@code rdf:type}, first match in declaration order.
 */
public enum Kind {
    PAPER("paper", "Papers", Vocab.SCHOLARLY_ARTICLE, Vocab.CHAPTER),
    BOOK("book", "Books", Vocab.BOOK),
    TUTORIAL("tutorial", "Tutorials", Vocab.TUTORIAL, Vocab.BLOG_POSTING),
    VIDEO("video", "Videos", Vocab.VIDEO_OBJECT),
    REPO("repo", "Code repositories", Vocab.SOFTWARE_SOURCE_CODE),
    QUESTION("question", "Questions", Vocab.QA_PAGE),
    CONCEPT("concept", "Concepts", Vocab.CONCEPT, Vocab.DEFINED_TERM),
    PERSON("person", "People", Vocab.PERSON),
    ORG("org", "Organisations", Vocab.ORGANIZATION),
    LIST("list", "Reading lists", Vocab.READING_LIST),
    SECTION("section", "Sections", Vocab.READING_LIST_SECTION);

    private final String slug;
    private final String plural;
    private final List<Node> classes;

    Kind(String slug, String plural, Node... classes) {
        this.slug = slug;
        this.plural = plural;
        this.classes = List.of(classes);
    }

    public String slug() { return slug; }
    public String plural() { return plural; }
    /** The class an importer asserts for this kind; the first of {@link #classes()}. */
    public Node mainClass() { return classes.get(0); }
    public List<Node> classes() { return classes; }

    private static final java.util.Map<String, Kind> BY_SLUG = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Kind::slug, k -> k));

    public static Optional<Kind> fromSlug(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    /**
     * The kind an IRI of ours says ({@code …/id/paper/…}), or null: read for every edge of a walk
     * and every type statement of the overview, so it only looks the slug up.
     */
    public static Kind ofIri(String iri) {
        if (!iri.startsWith(Vocab.ID)) return null;
        int slash = iri.indexOf('/', Vocab.ID.length());
        return slash > 0 ? BY_SLUG.get(iri.substring(Vocab.ID.length(), slash)) : null;
    }

    /** The kind of an entity: from its IRI when it is one of ours, else from its types. */
    public static Optional<Kind> of(String iri, Collection<Node> types) {
        Kind fromIri = ofIri(iri);
        if (fromIri != null) return Optional.of(fromIri);
        return Arrays.stream(values()).filter(k -> k.classes.stream().anyMatch(types::contains)).findFirst();
    }
}
