package io.studygraph.graph;

import io.studygraph.graph.EntityView.LiteralGroup;
import io.studygraph.graph.EntityView.Provenance;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.EntityView.Relation;
import io.studygraph.graph.EntityView.Value;
import io.studygraph.graph.EntityView.WebLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Reads one entity with its neighbours for display: a handful of bound queries, each bounded.
 *
 * <pre>{@code
 * Optional<EntityView> view = new EntityService(store).describe("https://w3id.org/studygraph/id/person/alex-nichol");
 * }</pre>
 */
public final class EntityService {
    /** Neighbours shown per direction; a hub's remaining links are left to paging views. */
    static final int MAX_NEIGHBOURS = 500;

    private static final String NEIGHBOUR_LABELS = """
              OPTIONAL { ?n schema:name ?name } OPTIONAL { ?n skos:prefLabel ?pref } OPTIONAL { ?n rdfs:label ?rlabel }
              OPTIONAL { ?n a ?type }
            """;
    private static final Query OUTGOING = Sparql.parse("SELECT ?p ?n (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) "
            + "(SAMPLE(?rlabel) AS ?rl) (GROUP_CONCAT(DISTINCT STR(?type)) AS ?types) WHERE { ?e ?p ?n ."
            + NEIGHBOUR_LABELS + "} GROUP BY ?p ?n LIMIT " + (MAX_NEIGHBOURS * 4));
    private static final Query INCOMING = Sparql.parse("SELECT ?p ?n (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) "
            + "(SAMPLE(?rlabel) AS ?rl) (GROUP_CONCAT(DISTINCT STR(?type)) AS ?types) WHERE { ?n ?p ?e . FILTER(isIRI(?n))"
            // Records about the entity (notes, progress, import reports) are no links of
            // it: the page shows what they say in their own boxes.
            + " FILTER(?p NOT IN (sg:noteOn, sg:noteObject, sg:noteLinksTo, sg:item, sg:reportOf))"
            + NEIGHBOUR_LABELS + "} GROUP BY ?p ?n LIMIT " + MAX_NEIGHBOURS);
    private static final Query AUTHORS = Sparql.parse("""
            SELECT ?list ?a (COUNT(DISTINCT ?mid) AS ?pos) (SAMPLE(?name) AS ?nm) (SAMPLE(?rlabel) AS ?rl) WHERE {
              ?e bibo:authorList ?list . ?list rdf:rest* ?mid . ?mid rdf:rest* ?cell . ?cell rdf:first ?a .
              OPTIONAL { ?a schema:name ?name } OPTIONAL { ?a rdfs:label ?rlabel }
            } GROUP BY ?list ?a ORDER BY ?list ?pos""");
    private static final Query PROVENANCE = Sparql.parse("""
            SELECT ?g (MIN(?line) AS ?first) WHERE {
              GRAPH ?g { ?e prov:wasDerivedFrom ?src OPTIONAL { ?e sg:sourceLine ?line } }
            } GROUP BY ?g ORDER BY ?g""");
    private static final Set<String> HIDDEN = Set.of(Vocab.SOURCE_LINE.getURI(), Vocab.WAS_DERIVED_FROM.getURI(),
            Vocab.AUTHOR_LIST.getURI(), Vocab.TYPE.getURI());

    private final Store store;
    private final Labels labels;

    public EntityService(Store store) {
        this.store = store;
        this.labels = new Labels(store);
    }

    public Labels labels() {
        return labels;
    }

    private static final Query TRIPLES = Sparql.parse("""
            CONSTRUCT { ?e ?p ?o . ?o schema:name ?name . ?cell rdf:first ?member ; rdf:rest ?next } WHERE {
              { ?e ?p ?o . OPTIONAL { ?o schema:name ?name } }
              UNION
              { ?e bibo:authorList ?list . ?list rdf:rest* ?cell . ?cell rdf:first ?member ; rdf:rest ?next }
            }""");

    /** The entity's own triples, the cells of its author lists, and the names of what it links to. */
    public org.apache.jena.rdf.model.Model triples(String iri) {
        org.apache.jena.rdf.model.Model model = store.query(TRIPLES, Map.of("e", NodeFactory.createURI(iri)), qe -> {
            org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            qe.execConstruct(m);
            return m;
        });
        model.setNsPrefixes(Vocab.prefixes());
        return model;
    }

    private static final Query REFS = Sparql.parse("SELECT ?n (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) "
            + "(SAMPLE(?rlabel) AS ?rl) (GROUP_CONCAT(DISTINCT STR(?type)) AS ?types) WHERE { " + NEIGHBOUR_LABELS + "} GROUP BY ?n");

    /** Display label and kind of each IRI the graph knows; unknown IRIs are left out. */
    public List<Ref> refs(java.util.Collection<String> iris) {
        if (iris.isEmpty()) return List.of();
        Query q = Sparql.restrict(REFS, "n", iris.stream().map(NodeFactory::createURI).toList());
        return Sparql.select(store, q, Map.of()).stream().filter(EntityService::isEntity).map(EntityService::ref).toList();
    }

    /** The entity, or empty when the graph says nothing about it. */
    public Optional<EntityView> describe(String iri) {
        // Four queries make the page; in separate transactions an import committing between them
        // gave a page whose author list and author links came from different states.
        return store.read(() -> view(iri));
    }

    private Optional<EntityView> view(String iri) {
        Map<String, Node> e = Map.of("e", NodeFactory.createURI(iri));
        List<QuerySolution> out = Sparql.select(store, OUTGOING, e);
        if (out.isEmpty()) return Optional.empty();
        List<Ref> types = new ArrayList<>();
        Map<String, List<Value>> literals = new LinkedHashMap<>();
        Map<String, List<Ref>> outgoing = new LinkedHashMap<>();
        List<WebLink> links = new ArrayList<>();
        String name = null, pref = null;
        List<String> rdfsLabels = new ArrayList<>();
        for (QuerySolution row : out) {
            String p = row.getResource("p").getURI();
            RDFNode n = row.get("n");
            if (p.equals(Vocab.TYPE.getURI())) {
                types.add(new Ref(n.asResource().getURI(), labels.forward(n.asResource().getURI()), null));
            } else if (HIDDEN.contains(p) || n.isAnon()) {
                continue;
            } else if (n.isLiteral()) {
                if (p.equals(Vocab.NAME.getURI()) && name == null) name = n.asLiteral().getLexicalForm();
                else if (p.equals(Vocab.PREF_LABEL.getURI()) && pref == null) pref = n.asLiteral().getLexicalForm();
                else if (p.equals(Vocab.RDFS_LABEL.getURI())) rdfsLabels.add(n.asLiteral().getLexicalForm());
                else literals.computeIfAbsent(p, k -> new ArrayList<>()).add(value(n.asLiteral()));
            } else if (isEntity(row)) {
                outgoing.computeIfAbsent(p, k -> new ArrayList<>()).add(ref(row));
            } else if (n.asResource().getURI().matches("(?i)https?://.*")) {
                links.add(new WebLink(p, labels.forward(p), n.asResource().getURI()));
            }
        }
        String label = firstNonNull(name, pref, rdfsLabels.isEmpty() ? null : rdfsLabels.get(0), Labels.humanise(iri));
        // Another source's spelling is worth showing beside the label, unless it only differs in case.
        List<Value> alt = literals.getOrDefault(Vocab.ALT_LABEL.getURI(), List.of());
        rdfsLabels.stream().filter(l -> !l.equalsIgnoreCase(label)).distinct()
                .filter(l -> alt.stream().noneMatch(v -> v.value().equalsIgnoreCase(l))).forEach(l ->
                literals.computeIfAbsent(Vocab.RDFS_LABEL.getURI(), k -> new ArrayList<>()).add(new Value(l, null, null)));
        Map<String, List<Ref>> incoming = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store, INCOMING, e)) {
            incoming.computeIfAbsent(row.getResource("p").getURI(), k -> new ArrayList<>()).add(ref(row));
        }
        Optional<Kind> kind = Kind.of(iri, types.stream().map(t -> NodeFactory.createURI(t.iri())).toList());
        return Optional.of(new EntityView(iri, kind.map(Kind::slug).orElse(null),
                kind.map(k -> labels.forward(k.mainClass().getURI())).orElse("resource"), label, types, authors(e),
                groups(literals), relations(outgoing, false), relations(incoming, true), links, provenance(e)));
    }

    private List<Ref> authors(Map<String, Node> e) {
        Map<String, List<Ref>> lists = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store, AUTHORS, e)) {
            String iri = row.getResource("a").getURI();
            String label = Labels.pick(row, iri);
            lists.computeIfAbsent(row.get("list").toString(), k -> new ArrayList<>()).add(new Ref(iri, label, Kind.PERSON.slug()));
        }
        // Sources may disagree on the author list; the longest one is the most complete.
        return lists.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
    }

    private List<Provenance> provenance(Map<String, Node> e) {
        List<Provenance> out = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, PROVENANCE, e)) {
            String graph = row.getResource("g").getURI();
            String source = graph.startsWith(Vocab.SOURCE) ? graph.substring(Vocab.SOURCE.length()) : graph;
            Integer line = row.contains("first") ? row.getLiteral("first").getInt() : null;
            out.add(new Provenance(source, graph, line));
        }
        return out;
    }

    private List<LiteralGroup> groups(Map<String, List<Value>> literals) {
        return literals.entrySet().stream().map(en -> new LiteralGroup(en.getKey(), labels.forward(en.getKey()), en.getValue())).toList();
    }

    private List<Relation> relations(Map<String, List<Ref>> byProperty, boolean inverse) {
        return byProperty.entrySet().stream().map(en -> new Relation(en.getKey(),
                inverse ? labels.inverse(en.getKey()) : labels.forward(en.getKey()), en.getValue())).toList();
    }

    private static boolean isEntity(QuerySolution row) {
        return row.contains("nm") || row.contains("pl") || row.contains("rl")
                || row.contains("types") && !row.getLiteral("types").getLexicalForm().isEmpty();
    }

    /** A neighbour with its display label and kind, from a row of OUTGOING or INCOMING. */
    static Ref ref(QuerySolution row) {
        String iri = row.getResource("n").getURI();
        String label = Labels.pick(row, iri);
        List<Node> types = row.contains("types") ? java.util.Arrays.stream(row.getLiteral("types").getLexicalForm().split(" "))
                .filter(s -> !s.isEmpty()).map(NodeFactory::createURI).toList() : List.of();
        return new Ref(iri, label, Kind.of(iri, types).map(Kind::slug).orElse(null));
    }

    private static Value value(Literal l) {
        String lang = l.getLanguage().isEmpty() ? null : l.getLanguage();
        String dt = lang != null || l.getDatatypeURI() == null || l.getDatatypeURI().endsWith("#string") ? null : l.getDatatypeURI();
        return new Value(l.getLexicalForm(), dt, lang);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }
}
