package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * One value for the facts a work has once, where its sources disagree: its author list and its
 * date. Each source keeps what it said in its own graph, but only the value of the source that
 * comes first keeps the property; the others are kept beside it as variants
 * ({@code sg:variantAuthorList}, {@code sg:variantDate}), so SPARQL and the pages see one author
 * list, and the entity page can still say what another source had.
 *
 * <p>Which source comes first: curated facts (RDF files) before bibliographic records (BibTeX,
 * RIS, CSL-JSON) before a list's own text (Markdown, pasted links); then the more complete value
 * (the longer author list, the more precise date); then the graph's name. It is worked out from
 * every source's claims each time, so the order of imports does not matter, and a source removed
 * or replaced lets the next one's variant become the value again.
 *
 * <pre>{@code
 * Set<String> changed = new Precedence(store).settle(); // after an import, inside its write
 * }</pre>
 */
public final class Precedence {
    /** A fact one value of which is the entity's, and where the others go. */
    record Fact(Node property, Node variant) {}

    static final List<Fact> FACTS = List.of(new Fact(Vocab.AUTHOR_LIST, Vocab.VARIANT_AUTHOR_LIST),
            new Fact(Vocab.DATE_PUBLISHED, Vocab.VARIANT_DATE));

    private static final Query CLAIMS = Sparql.parse("""
            SELECT ?e ?g ?p ?o (COUNT(?cell) AS ?length) WHERE {
              GRAPH ?g { ?e ?p ?o OPTIONAL { ?o rdf:rest* ?cell . ?cell rdf:first ?member } }
              FILTER (isIRI(?e) && (STRSTARTS(STR(?g), STR(src:)) || STRSTARTS(STR(?g), "https://w3id.org/studygraph/derived/")))
            } GROUP BY ?e ?g ?p ?o""");

    private final Store store;

    public Precedence(Store store) {
        this.store = store;
    }

    /** One source's statement of a fact. */
    private record Claim(String entity, String graph, Node property, Node value, long length) {}

    /**
     * Moves each disputed fact to the value of the source that comes first, and the others to
     * variants, in one write; returns the entities whose facts moved.
     */
    public Set<String> settle() {
        return store.write(() -> {
            Set<String> changed = new HashSet<>();
            for (Fact fact : FACTS) {
                Query q = Sparql.restrict(CLAIMS, "p", List.of(fact.property(), fact.variant()));
                Map<String, List<Claim>> byEntity = new LinkedHashMap<>();
                for (QuerySolution row : Sparql.select(store, q, Map.of())) {
                    Claim c = new Claim(row.getResource("e").getURI(), row.getResource("g").getURI(), row.get("p").asNode(), row.get("o").asNode(),
                            row.getLiteral("length").getLong());
                    byEntity.computeIfAbsent(c.entity(), k -> new ArrayList<>()).add(c);
                }
                for (List<Claim> claims : byEntity.values()) {
                    if (settle(fact, claims)) changed.add(claims.get(0).entity());
                }
            }
            return changed;
        });
    }

    /** Puts one entity's claims of a fact right; true when something moved. */
    private boolean settle(Fact fact, List<Claim> claims) {
        Claim first = claims.stream().min(order(fact)).orElseThrow();
        // An author list is one node per source: only the first keeps the property. Equal dates
        // from two sources are one statement in the union and may both stay.
        boolean moved = false;
        for (Claim c : claims) {
            boolean keeps = c == first || fact.property().equals(Vocab.DATE_PUBLISHED) && c.value().equals(first.value());
            Node wanted = keeps ? fact.property() : fact.variant();
            if (c.property().equals(wanted)) continue;
            Node e = NodeFactory.createURI(c.entity());
            store.update(c.graph(), List.of(Triple.create(e, c.property(), c.value())), List.of(Triple.create(e, wanted, c.value())));
            moved = true;
        }
        return moved;
    }

    private static Comparator<Claim> order(Fact fact) {
        Comparator<Claim> complete = fact.property().equals(Vocab.AUTHOR_LIST)
                ? Comparator.comparingLong(Claim::length).reversed()
                : Comparator.comparingInt((Claim c) -> c.value().isLiteral() ? c.value().getLiteralLexicalForm().length() : 0).reversed();
        return Comparator.comparingInt((Claim c) -> rank(c.graph())).thenComparing(complete).thenComparing(Claim::graph)
                .thenComparing(c -> c.value().toString());
    }

    /** 0 for curated facts, 1 for bibliographic records, 2 for a list's text, by the source's file type. */
    static int rank(String graph) {
        String name = graph.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "bib", "bibtex", "ris", "json", "csljson" -> 1;
            case "md", "markdown", "txt" -> 2;
            default -> 0;
        };
    }
}
