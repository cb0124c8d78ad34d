package io.studygraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * What the author and citation views show beyond the plain entity: a person's works in date
 * order and co-authors; a work's citations both ways on a timeline, and what it builds on; an
 * organisation's works, by the people affiliated with it.
 */
public final class Connections {
    private static final int MAX = 500;

    /**
     * A related entity with a date (may be null) and how it relates ("author", "cited by", ...);
     * {@code direction} is "out" when this entity states the relation, "in" when the other does.
     */
    public record Dated(String iri, String label, String kind, String date, String relation, String direction) {}

    public record Coauthor(String iri, String label, String kind, int sharedWorks) {}

    /** Works built on, transitively ({@code ancestors}), and works that build on this one. */
    public record Lineage(List<Dated> ancestors, List<Dated> descendants) {}

    /** A work of an organisation's people: {@code members} are its authors affiliated with the organisation. */
    public record MemberWork(String iri, String label, String kind, String date, List<EntityView.Ref> members) {}

    /** {@code memberWorks} is empty but for organisations. */
    public record View(List<Dated> works, List<Coauthor> coauthors, List<Dated> citations, Lineage lineage,
                       List<MemberWork> memberWorks) {}

    // Sources may date a work to the year or to the day; the latest string of one year is the most precise.
    private static final String LABELS = """
              OPTIONAL { ?n schema:name ?name } OPTIONAL { ?n skos:prefLabel ?pref } OPTIONAL { ?n rdfs:label ?rlabel }
              OPTIONAL { ?n schema:datePublished ?date }
            """;
    private static final Query WORKS = Sparql.parse("SELECT ?n ?p (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) (SAMPLE(?rlabel) AS ?rl) "
            + "(MAX(STR(?date)) AS ?d) WHERE { VALUES ?p { schema:author sg:presenter schema:contributor } ?n ?p ?e ."
            + LABELS + "} GROUP BY ?n ?p ORDER BY ?d ?nm LIMIT " + MAX);
    private static final Query COAUTHORS = Sparql.parse("""
            SELECT ?n (SAMPLE(?name) AS ?nm) (SAMPLE(?rlabel) AS ?rl) (COUNT(DISTINCT ?w) AS ?shared) WHERE {
              ?w schema:author ?e , ?n . FILTER(?n != ?e)
              OPTIONAL { ?n schema:name ?name } OPTIONAL { ?n rdfs:label ?rlabel }
            } GROUP BY ?n ORDER BY DESC(?shared) ?nm LIMIT 500""");
    private static final Query CITATIONS = Sparql.parse("SELECT ?n ?p ?out (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) "
            + "(SAMPLE(?rlabel) AS ?rl) (MAX(STR(?date)) AS ?d) WHERE { ?p rdfs:subPropertyOf* cito:cites . "
            + "{ ?e ?p ?n BIND(true AS ?out) } UNION { ?n ?p ?e BIND(false AS ?out) } FILTER(isIRI(?n))"
            + LABELS + "} GROUP BY ?n ?p ?out ORDER BY ?d LIMIT " + MAX);
    private static final Query ANCESTORS = Sparql.parse("SELECT ?n (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) (SAMPLE(?rlabel) AS ?rl) "
            + "(MAX(STR(?date)) AS ?d) WHERE { ?e sg:buildsOn+ ?n ." + LABELS + "} GROUP BY ?n ORDER BY ?d LIMIT " + MAX);
    private static final Query DESCENDANTS = Sparql.parse("SELECT ?n (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) (SAMPLE(?rlabel) AS ?rl) "
            + "(MAX(STR(?date)) AS ?d) WHERE { ?n sg:buildsOn+ ?e ." + LABELS + "} GROUP BY ?n ORDER BY ?d LIMIT " + MAX);

    private static final Query MEMBER_WORKS = Sparql.parse("SELECT ?n ?m (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl) "
            + "(SAMPLE(?rlabel) AS ?rl) (MAX(STR(?date)) AS ?d) (SAMPLE(?mname) AS ?mn) WHERE { ?m schema:affiliation ?e . "
            + "?n schema:author ?m . OPTIONAL { ?m schema:name ?mname }" + LABELS + "} GROUP BY ?n ?m ORDER BY ?d ?nm LIMIT " + MAX);

    private final Store store;
    private final Labels labels;

    public Connections(Store store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    public View of(String iri) {
        // Several queries, one state, as for an entity page.
        return store.read(() -> view(iri));
    }

    private View view(String iri) {
        Map<String, Node> e = Map.of("e", NodeFactory.createURI(iri));
        List<Dated> works = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, WORKS, e)) works.add(dated(row, labels.forward(row.getResource("p").getURI()), "in"));
        List<Coauthor> coauthors = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, COAUTHORS, e)) {
            String n = row.getResource("n").getURI();
            coauthors.add(new Coauthor(n, Labels.pick(row, n), Kind.PERSON.slug(), row.getLiteral("shared").getInt()));
        }
        List<Dated> citations = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, CITATIONS, e)) {
            String p = row.getResource("p").getURI();
            boolean out = row.getLiteral("out").getBoolean();
            citations.add(dated(row, out ? labels.forward(p) : labels.inverse(p), out ? "out" : "in"));
        }
        List<Dated> ancestors = Sparql.select(store, ANCESTORS, e).stream().map(r -> dated(r, "builds on", "out")).toList();
        List<Dated> descendants = Sparql.select(store, DESCENDANTS, e).stream().map(r -> dated(r, "built on by", "in")).toList();
        return new View(works, coauthors, citations, new Lineage(ancestors, descendants), memberWorks(e));
    }

    // One row per work and member: the members of one work are gathered in the order the rows come (by date).
    private List<MemberWork> memberWorks(Map<String, Node> e) {
        Map<String, MemberWork> byWork = new java.util.LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store, MEMBER_WORKS, e)) {
            Dated work = dated(row, "by a member", "in");
            String m = row.getResource("m").getURI();
            String name = row.contains("mn") ? row.getLiteral("mn").getLexicalForm() : m;
            byWork.computeIfAbsent(work.iri(), k -> new MemberWork(work.iri(), work.label(), work.kind(), work.date(), new ArrayList<>()))
                    .members().add(new EntityView.Ref(m, name, Kind.PERSON.slug()));
        }
        return List.copyOf(byWork.values());
    }

    private static Dated dated(QuerySolution row, String relation, String direction) {
        String iri = row.getResource("n").getURI();
        String date = row.contains("d") ? row.getLiteral("d").getLexicalForm() : null;
        return new Dated(iri, Labels.pick(row, iri), Kind.of(iri, List.of()).map(Kind::slug).orElse(null), date, relation, direction);
    }
}
