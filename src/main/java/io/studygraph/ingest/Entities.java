package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Slugs;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.Link.Type;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Mints or finds the node for a work, person or organisation, and writes its basic facts. A work
 * states its title as {@code schema:name} ({@link io.studygraph.graph.Precedence} keeps one per
 * entity); a person, organisation or concept another source already names keeps that name, and
 * what this source calls it becomes an {@code rdfs:label}, so every entity has one display label.
 */
final class Entities {
    private final Resolver resolver;
    private final GraphWriter out;
    private final ImportReport report;

    Entities(Resolver resolver, GraphWriter out, ImportReport report) {
        this.resolver = resolver;
        this.out = out;
        this.report = report;
    }

    Node work(Kind kind, String title, EntryLinks links, Optional<Citation> citation, int line) {
        Optional<Node> known = Optional.empty();
        String key = null;
        switch (kind) {
            case PAPER, BOOK -> {
                Optional<String> arxiv = links.first(Type.ARXIV).map(l -> l.link().id()).or(() -> citation.map(Citation::arxivId));
                Optional<String> doi = links.first(Type.DOI).map(l -> l.link().id());
                if (arxiv.isPresent()) {
                    known = resolver.byIdentifier("arxiv", arxiv.get());
                    key = "arxiv-" + Slugs.ofIdentifier(arxiv.get());
                } else if (doi.isPresent()) {
                    known = resolver.byIdentifier("doi", doi.get());
                    key = "doi-" + Slugs.ofIdentifier(doi.get());
                }
            }
            case VIDEO -> key = links.first(Type.YOUTUBE_VIDEO).map(l -> "youtube-" + l.link().id()).orElse(null);
            case REPO -> key = links.first(Type.GITHUB_REPO).map(l -> "github-" + Slugs.of(l.link().id())).orElse(null);
            case QUESTION -> key = links.first(Type.QUESTION).map(l -> Slugs.of(l.link().id())).orElse(null);
            default -> { }
        }
        if (known.isEmpty() && key == null) known = resolver.byName(kind, title);
        Node node = known.orElse(Vocab.entity(kind, key != null ? key : Slugs.of(title)));
        type(node, kind);
        // A work's title is this source's claim: where sources disagree, Precedence picks the one
        // schema:name and keeps the others as sg:variantName, whatever order they came in.
        Node labelProperty = kind != Kind.CONCEPT ? Vocab.NAME : known.isPresent() ? Vocab.RDFS_LABEL : Vocab.PREF_LABEL;
        name(node, labelProperty, title);
        out.provenance(node, line);
        report.entity(node, known.isPresent());
        return node;
    }

    Node person(String name, int line) {
        return agent(Kind.PERSON, name, line);
    }

    Node org(String name, int line) {
        return agent(Kind.ORG, name, line);
    }

    /** Where a work appeared: an organisation under the venue's normalised name ("NIPS 2017" → NeurIPS). */
    Node venue(String raw, int line) {
        return org(Venues.normalise(raw), line);
    }

    private Node agent(Kind kind, String name, int line) {
        Optional<Node> known = resolver.byName(kind, name);
        Node node = known.orElse(Vocab.entity(kind, Slugs.of(name)));
        type(node, kind);
        name(node, known.isPresent() ? Vocab.RDFS_LABEL : Vocab.NAME, name);
        out.provenance(node, line);
        report.entity(node, known.isPresent());
        return node;
    }

    /**
     * The first spelling this source gives is the display name; another one ("Aleksa Gordic" after
     * "Aleksa Gordić", a title in other case) is an alternative label, so the entity keeps one name.
     */
    private void name(Node node, Node property, String value) {
        boolean display = property.equals(Vocab.NAME) || property.equals(Vocab.PREF_LABEL);
        boolean named = out.has(node, property);
        boolean same = value != null && out.model().getGraph().contains(node, property,
                org.apache.jena.graph.NodeFactory.createLiteralString(value.strip()));
        out.text(node, display && named && !same ? Vocab.ALT_LABEL : property, value);
    }

    /** A node for something only a link tells of: labelled by its identifier, never named. */
    Node linked(Kind kind, String key, String scheme, String id, String label, int line) {
        Optional<Node> known = resolver.byIdentifier(scheme, id);
        Node node = known.orElse(Vocab.entity(kind, key));
        type(node, kind);
        // Known elsewhere: repeat its name, so this source's graph is complete on its own. A GitHub
        // repository's "owner/name" is its name; other identifiers only label what they point to.
        Node property = known.isEmpty() && kind == Kind.REPO ? Vocab.NAME : Vocab.RDFS_LABEL;
        out.text(node, property, known.flatMap(resolver::displayName).orElse(label));
        out.provenance(node, line);
        report.entity(node, known.isPresent());
        return node;
    }

    void type(Node node, Kind kind) {
        out.add(node, Vocab.TYPE, kind.mainClass());
        if (kind == Kind.CONCEPT) out.add(node, Vocab.TYPE, Vocab.DEFINED_TERM);
        if (kind == Kind.TUTORIAL) out.add(node, Vocab.TYPE, Vocab.BLOG_POSTING);
    }

    void date(Node item, Dates.PartialDate date) {
        XSDDatatype type = switch (date.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        out.typed(item, Vocab.DATE_PUBLISHED, date.lexical(), type);
    }

    void citationFacts(Node item, Citation c, int line) {
        if (c.venue() != null) out.add(item, Vocab.VENUE, venue(c.venue(), line));
        out.text(item, Vocab.VOLUME, c.volume());
        out.text(item, Vocab.PAGES, c.pages());
        out.text(item, Vocab.ARXIV_ID, c.arxivId());
    }
}
