package io.studygraph.graph;

import io.studygraph.graph.EntityView.LiteralGroup;
import io.studygraph.graph.EntityView.Provenance;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.EntityView.Relation;
import io.studygraph.graph.EntityView.Value;
import io.studygraph.graph.EntityView.WebLink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads one entity with its neighbours for display: bound lookups of the entity's statements both
 * ways and of each neighbour's label ({@link Lookup}), each bounded, so a page costs what it shows.
 *
 * <pre>{@code
 * Optional<EntityView> view = new EntityService(store).describe("https://w3id.org/studygraph/id/person/alex-nichol");
 * }</pre>
 */
public final class EntityService {
    /** Neighbours shown per direction; a hub's remaining links are left to paging views. */
    static final int MAX_NEIGHBOURS = 500;
    /** Statements read about the entity itself: its literals, types and links out. */
    static final int MAX_STATEMENTS = MAX_NEIGHBOURS * 4;
    /** Cells of an author list walked at most: a list that long is not a paper's. */
    private static final int MAX_AUTHORS = 5_000;

    private static final String HTTP_SCHEMA = "http://schema.org/";
    private static final Set<Node> HIDDEN = Set.of(Vocab.SOURCE_LINE, Vocab.WAS_DERIVED_FROM, Vocab.AUTHOR_LIST, Vocab.VARIANT_AUTHOR_LIST, Vocab.TYPE);
    // Records about the entity (notes, progress, import reports) are no links of it: the page
    // shows what they say in their own boxes.
    private static final Set<Node> RECORDS = Set.of(Vocab.NOTE_ON, Vocab.NOTE_OBJECT, Vocab.NOTE_LINKS_TO, Vocab.ITEM, Vocab.REPORT_OF);
    private static final Node FIRST = NodeFactory.createURI(RDF.first.getURI());
    private static final Node REST = NodeFactory.createURI(RDF.rest.getURI());

    private final Store store;
    private final Labels labels;
    private final ViewCache cache = new ViewCache();

    public EntityService(Store store) {
        this.store = store;
        this.labels = new Labels(store);
    }

    public Labels labels() {
        return labels;
    }

    /** Per-entity values kept until the store's next write, shared with the other views. */
    ViewCache cache() {
        return cache;
    }

    // Links to the entity come too, as LodView gives them, with the names of what links: a paper's
    // RDF says who cites it. Records of the learner (notes, progress, reports) are not links.
    private static final Query TRIPLES = Sparql.parse("""
            CONSTRUCT { ?e ?p ?o . ?o schema:name ?name . ?cell rdf:first ?member ; rdf:rest ?next . ?s ?q ?e . ?s schema:name ?sname }
            WHERE {
              { ?e ?p ?o . OPTIONAL { ?o schema:name ?name } }
              UNION
              { ?e bibo:authorList ?list . ?list rdf:rest* ?cell . ?cell rdf:first ?member ; rdf:rest ?next }
              UNION
              { { SELECT ?s ?q WHERE { ?s ?q ?e FILTER (isIRI(?s) && ?q NOT IN (sg:noteOn, sg:noteObject, sg:noteLinksTo, sg:item, sg:reportOf)) }
                  LIMIT %d }
                OPTIONAL { ?s schema:name ?sname } }
            }""".formatted(MAX_NEIGHBOURS));

    /** The entity's own triples, the cells of its author lists, the names of what it links to, and what links to it (at most {@link #MAX_NEIGHBOURS}) with their names. */
    public org.apache.jena.rdf.model.Model triples(String iri) {
        org.apache.jena.rdf.model.Model model = store.query(TRIPLES, Map.of("e", NodeFactory.createURI(iri)), qe -> {
            org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            qe.execConstruct(m);
            return m;
        });
        model.setNsPrefixes(Vocab.prefixes());
        return model;
    }

    /** Display label and kind of each IRI the graph knows, in the order given, each once; unknown IRIs are left out. */
    public List<Ref> refs(Collection<String> iris) {
        if (iris.isEmpty()) return List.of();
        return Lookup.read(store, cache, lookup -> new LinkedHashSet<>(iris).stream().flatMap(iri -> lookup.ref(iri).stream()).toList());
    }

    /** The entity, or empty when the graph says nothing about it. */
    public Optional<EntityView> describe(String iri) {
        // Many lookups make the page; in separate transactions an import committing between them
        // gave a page whose author list and author links came from different states.
        return Lookup.read(store, cache, lookup -> view(lookup, NodeFactory.createURI(iri)));
    }

    private Optional<EntityView> view(Lookup lookup, Node e) {
        List<Triple> out = shown(lookup.distinct(e, Node.ANY, Node.ANY, MAX_STATEMENTS, t -> true));
        if (out.isEmpty()) return Optional.empty();
        String iri = e.getURI();
        List<Ref> types = new ArrayList<>();
        Map<String, List<Value>> literals = new LinkedHashMap<>();
        Map<String, List<Ref>> outgoing = new LinkedHashMap<>();
        List<WebLink> links = new ArrayList<>();
        Map<Node, String> own = new HashMap<>();
        List<String> rdfsLabels = new ArrayList<>();
        for (Triple t : out) {
            Node p = t.getPredicate(), n = t.getObject();
            if (p.equals(Vocab.TYPE)) {
                if (n.isURI()) types.add(new Ref(n.getURI(), labels.forward(n.getURI()), null));
            } else if (HIDDEN.contains(p) || n.isBlank()) {
                continue;
            } else if (n.isLiteral()) {
                // The first name is the label; a second source's other name is shown as a literal.
                if (p.equals(Vocab.RDFS_LABEL)) rdfsLabels.add(n.getLiteralLexicalForm());
                else if (Labels.PREFERENCE.contains(p) && !own.containsKey(p)) own.put(p, n.getLiteralLexicalForm());
                else literals.computeIfAbsent(p.getURI(), k -> new ArrayList<>()).add(value(n));
            } else if (n.isURI()) {
                Optional<Ref> ref = lookup.ref(n.getURI());
                if (ref.isPresent()) outgoing.computeIfAbsent(p.getURI(), k -> new ArrayList<>()).add(ref.get());
                else if (n.getURI().matches("(?i)https?://.*")) links.add(new WebLink(p.getURI(), labels.forward(p.getURI()), n.getURI()));
            }
        }
        if (!rdfsLabels.isEmpty()) own.put(Vocab.RDFS_LABEL, rdfsLabels.get(0));
        String label = Labels.pick(own::get, iri);
        // Another source's spelling is worth showing beside the label, unless it only differs in case.
        List<Value> alt = literals.getOrDefault(Vocab.ALT_LABEL.getURI(), List.of());
        rdfsLabels.stream().filter(l -> !l.equalsIgnoreCase(label)).distinct()
                .filter(l -> alt.stream().noneMatch(v -> v.value().equalsIgnoreCase(l))).forEach(l ->
                literals.computeIfAbsent(Vocab.RDFS_LABEL.getURI(), k -> new ArrayList<>()).add(new Value(l, null, null)));
        // A title another source wrote in other case only is the same title.
        literals.computeIfPresent(Vocab.VARIANT_NAME.getURI(), (p, values) -> {
            List<Value> differ = values.stream().filter(v -> !v.value().equalsIgnoreCase(label)).toList();
            return differ.isEmpty() ? null : differ;
        });
        Map<String, List<Ref>> incoming = new LinkedHashMap<>();
        List<Triple> in = shown(lookup.distinct(Node.ANY, Node.ANY, e, MAX_NEIGHBOURS,
                t -> t.getSubject().isURI() && !RECORDS.contains(t.getPredicate())));
        Map<String, Ref> citers = lookup.refs(in.stream().map(t -> t.getSubject().getURI()).toList());
        for (Triple t : in) incoming.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(citers.get(t.getSubject().getURI()));
        Optional<Kind> kind = Kind.of(iri, types.stream().map(t -> NodeFactory.createURI(t.iri())).toList());
        return Optional.of(new EntityView(iri, kind.map(Kind::slug).orElse(null),
                kind.map(k -> labels.forward(k.mainClass().getURI())).orElse("resource"), label, types, authors(lookup, out),
                groups(literals), relations(outgoing, false), relations(incoming, true), links, provenance(lookup, e), otherAuthorLists(lookup, e)));
    }

    /**
     * Each fact once, in our words: without http://schema.org/ statements restated in https, and
     * without a link the ontology has no words for (schema:citation, schema:about) where a relation
     * it names (cites, explains) joins the same two, as the alignment derives it from that link.
     */
    private List<Triple> shown(List<Triple> statements) {
        List<Triple> once = withoutHttpTwins(statements);
        Set<String> named = new HashSet<>();
        for (Triple t : once) if (t.getObject().isURI() && labels.has(t.getPredicate().getURI())) named.add(t.getSubject() + " " + t.getObject());
        return once.stream().filter(t -> !t.getObject().isURI() || labels.has(t.getPredicate().getURI())
                || !named.contains(t.getSubject() + " " + t.getObject())).toList();
    }

    /**
     * The statements without those in schema.org's old {@code http://schema.org/} namespace (what
     * JSON-LD with the schema.org context gives) that the alignment also gives in
     * {@code https://schema.org/} with the same value: the page shows each fact once, in our terms.
     */
    private static List<Triple> withoutHttpTwins(List<Triple> statements) {
        Set<String> https = new HashSet<>();
        for (Triple t : statements) if (t.getPredicate().getURI().startsWith(Vocab.SCHEMA)) https.add(key(t, t.getPredicate().getURI()));
        return statements.stream().filter(t -> !t.getPredicate().getURI().startsWith(HTTP_SCHEMA)
                || !https.contains(key(t, Vocab.SCHEMA + t.getPredicate().getURI().substring(HTTP_SCHEMA.length())))).toList();
    }

    /** Subject, property and value, a literal by its lexical form (the alignment types a plain "2022-11-14"). */
    private static String key(Triple t, String property) {
        Node o = t.getObject();
        return t.getSubject() + " " + property + " " + (o.isLiteral() ? "\"" + o.getLiteralLexicalForm() : o.toString());
    }

    /** The longest of the entity's author lists (sources may disagree; the longest is the most complete), in order. */
    private List<Ref> authors(Lookup lookup, List<Triple> statements) {
        lookup.prefetchLists(statements.stream().filter(t -> t.getPredicate().equals(Vocab.AUTHOR_LIST)).map(Triple::getObject).toList());
        List<Ref> longest = List.of();
        for (Triple t : statements) {
            if (!t.getPredicate().equals(Vocab.AUTHOR_LIST)) continue;
            List<Ref> members = members(lookup, t.getObject());
            if (members.size() > longest.size()) longest = members;
        }
        return longest;
    }

    /** The people of one author list, in order. */
    private static List<Ref> members(Lookup lookup, Node head) {
        Set<String> members = new LinkedHashSet<>();
        Set<Node> cells = new HashSet<>();
        for (Node cell = head; cell.isBlank() || cell.isURI() && !cell.equals(RDF.nil.asNode()); ) {
            if (!cells.add(cell) || cells.size() > MAX_AUTHORS) break;
            lookup.first(cell, FIRST).filter(Node::isURI).ifPresent(a -> members.add(a.getURI()));
            cell = lookup.first(cell, REST).orElse(RDF.nil.asNode());
        }
        return lookup.refs(members).values().stream().map(r -> new Ref(r.iri(), r.label(), Kind.PERSON.slug())).toList();
    }

    /** The author lists other sources gave ({@code sg:variantAuthorList}), each with its source's name. */
    private static List<EntityView.AuthorVariant> otherAuthorLists(Lookup lookup, Node e) {
        List<org.apache.jena.sparql.core.Quad> found = new ArrayList<>();
        lookup.quads(e, Vocab.VARIANT_AUTHOR_LIST, Node.ANY, 20, found::add);
        return found.stream().map(q -> new EntityView.AuthorVariant(Vocab.sourceName(q.getGraph().getURI()), members(lookup, q.getObject()))).toList();
    }

    /** Each source graph that derives the entity, by graph name, with the first line that states it. */
    private static List<Provenance> provenance(Lookup lookup, Node e) {
        Set<String> graphs = new TreeSet<>();
        lookup.quads(e, Vocab.WAS_DERIVED_FROM, Node.ANY, Integer.MAX_VALUE, q -> graphs.add(q.getGraph().getURI()) || true);
        Map<String, Integer> first = new HashMap<>();
        lookup.quads(e, Vocab.SOURCE_LINE, Node.ANY, Integer.MAX_VALUE, q -> {
            if (q.getObject().isLiteral() && q.getObject().getLiteralValue() instanceof Number line) first.merge(q.getGraph().getURI(), line.intValue(), Math::min);
            return true;
        });
        return graphs.stream().map(graph -> new Provenance(Vocab.sourceName(graph), graph, first.get(graph))).toList();
    }

    private List<LiteralGroup> groups(Map<String, List<Value>> literals) {
        return literals.entrySet().stream().map(en -> new LiteralGroup(en.getKey(), labels.forward(en.getKey()), en.getValue())).toList();
    }

    private List<Relation> relations(Map<String, List<Ref>> byProperty, boolean inverse) {
        return byProperty.entrySet().stream().map(en -> new Relation(en.getKey(),
                inverse ? labels.inverse(en.getKey()) : labels.forward(en.getKey()), en.getValue())).toList();
    }

    private static Value value(Node l) {
        String lang = l.getLiteralLanguage().isEmpty() ? null : l.getLiteralLanguage();
        String dt = lang != null || l.getLiteralDatatypeURI() == null || l.getLiteralDatatypeURI().endsWith("#string") ? null : l.getLiteralDatatypeURI();
        return new Value(l.getLiteralLexicalForm(), dt, lang);
    }
}
