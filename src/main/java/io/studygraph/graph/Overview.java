package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/** The graph at a glance, for the home page: counts, items by kind, and the lists as written. */
public final class Overview {
    /** Items listed per kind; the count still says how many there are. */
    static final int MAX_PER_KIND = 300;

    private static final Query ENTITIES = Sparql.parse("""
            SELECT ?e (GROUP_CONCAT(DISTINCT STR(?t)) AS ?types) (SAMPLE(?name) AS ?nm) (SAMPLE(?pref) AS ?pl)
                   (SAMPLE(?rlabel) AS ?rl) (MIN(STR(?date)) AS ?d) WHERE {
              ?e a ?t . FILTER(isIRI(?e))
              OPTIONAL { ?e schema:name ?name } OPTIONAL { ?e skos:prefLabel ?pref } OPTIONAL { ?e rdfs:label ?rlabel }
              OPTIONAL { ?e schema:datePublished ?date }
            } GROUP BY ?e""");
    private static final Query PEOPLE = Sparql.parse("""
            SELECT ?e ?list ?a (COUNT(DISTINCT ?mid) AS ?pos) WHERE {
              { ?e bibo:authorList ?list . ?list rdf:rest* ?mid . ?mid rdf:rest* ?cell . ?cell rdf:first ?a }
              UNION { ?e sg:presenter ?a BIND("presenter" AS ?list) BIND(?a AS ?mid) }
            } GROUP BY ?e ?list ?a ORDER BY ?e ?list ?pos""");
    private static final Query SECTIONS = Sparql.parse("""
            SELECT ?g ?list ?sec ?secLine ?item (MIN(?line) AS ?itemLine) WHERE {
              GRAPH ?g {
                ?list a sg:ReadingList ; schema:hasPart ?sec .
                ?sec sg:sourceLine ?secLine ; schema:hasPart ?item .
                OPTIONAL { ?item sg:sourceLine ?line }
              }
            } GROUP BY ?g ?list ?sec ?secLine ?item ORDER BY ?g ?list ?secLine ?itemLine""");

    public record ItemRef(String iri, String kind, String label, String year, List<String> people) {}

    public record KindGroup(String kind, String label, int total, List<ItemRef> items) {}

    public record SectionSummary(String iri, String label, List<ItemRef> items) {}

    public record ListSummary(String iri, String label, String source, List<SectionSummary> sections) {}

    public record Summary(Map<String, Integer> counts, List<KindGroup> kinds, List<ListSummary> lists) {}

    private final Store store;

    public Overview(Store store) {
        this.store = store;
    }

    private static final Query TYPES = Sparql.parse(
            "SELECT ?e (GROUP_CONCAT(DISTINCT STR(?t)) AS ?types) WHERE { ?e a ?t FILTER(isIRI(?e)) } GROUP BY ?e");

    /** Entities by kind, in kind order: what {@code /health} reports, without labels or people. */
    public Map<String, Integer> counts() {
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        for (QuerySolution row : Sparql.select(store, TYPES, Map.of())) {
            String iri = row.getResource("e").getURI();
            List<Node> types = java.util.Arrays.stream(row.getLiteral("types").getLexicalForm().split(" "))
                    .map(NodeFactory::createURI).toList();
            Kind.of(iri, types).ifPresent(kind -> byKind.merge(kind, 1, Integer::sum));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKind.forEach((kind, n) -> counts.put(kind.slug(), n));
        return counts;
    }

    public Summary summary() {
        // Counts, people and lists from one state: the home page never counts what it does not list.
        return store.read(this::summarise);
    }

    private Summary summarise() {
        Map<String, List<String>> people = people();
        Map<String, ItemRef> items = new HashMap<>();
        Map<Kind, List<ItemRef>> byKind = new EnumMap<>(Kind.class);
        for (QuerySolution row : Sparql.select(store, ENTITIES, Map.of())) {
            String iri = row.getResource("e").getURI();
            List<Node> types = java.util.Arrays.stream(row.getLiteral("types").getLexicalForm().split(" "))
                    .map(NodeFactory::createURI).toList();
            Kind.of(iri, types).ifPresent(kind -> {
                String label = Labels.pick(row, iri);
                String year = row.contains("d") ? row.getLiteral("d").getLexicalForm().substring(0, 4) : null;
                ItemRef ref = new ItemRef(iri, kind.slug(), label, year, people.getOrDefault(iri, List.of()));
                items.put(iri, ref);
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ref);
            });
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<KindGroup> groups = new ArrayList<>();
        Comparator<ItemRef> order = Comparator.comparing((ItemRef r) -> r.year() == null ? "9999" : r.year())
                .thenComparing(r -> r.label().toLowerCase(java.util.Locale.ROOT));
        byKind.forEach((kind, refs) -> {
            counts.put(kind.slug(), refs.size());
            if (kind == Kind.LIST || kind == Kind.SECTION) return;
            refs.sort(order);
            groups.add(new KindGroup(kind.slug(), kind.plural(), refs.size(), List.copyOf(refs.subList(0, Math.min(MAX_PER_KIND, refs.size())))));
        });
        return new Summary(counts, groups, lists(items));
    }

    private List<ListSummary> lists(Map<String, ItemRef> items) {
        Map<String, Map<String, List<ItemRef>>> sections = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, SECTIONS, Map.of())) {
            String list = row.getResource("list").getURI();
            sources.put(list, row.getResource("g").getURI().replace(Vocab.SOURCE, ""));
            ItemRef item = items.get(row.getResource("item").getURI());
            if (item != null) {
                sections.computeIfAbsent(list, k -> new LinkedHashMap<>())
                        .computeIfAbsent(row.getResource("sec").getURI(), k -> new ArrayList<>()).add(item);
            }
        }
        List<ListSummary> out = new ArrayList<>();
        sections.forEach((list, secs) -> out.add(new ListSummary(list, label(items, list), sources.get(list),
                secs.entrySet().stream().map(s -> new SectionSummary(s.getKey(), label(items, s.getKey()), List.copyOf(s.getValue()))).toList())));
        return out;
    }

    private static String label(Map<String, ItemRef> items, String iri) {
        ItemRef ref = items.get(iri);
        return ref != null ? ref.label() : Labels.humanise(iri);
    }

    private Map<String, List<String>> people() {
        // Per entity, per list (author lists from several sources, or presenters): names in order.
        Map<String, TreeMap<String, List<String>>> lists = new HashMap<>();
        Map<String, String> names = names();
        for (QuerySolution row : Sparql.select(store, PEOPLE, Map.of())) {
            String a = row.getResource("a").getURI();
            lists.computeIfAbsent(row.getResource("e").getURI(), k -> new TreeMap<>())
                    .computeIfAbsent(row.get("list").toString(), k -> new ArrayList<>()).add(names.getOrDefault(a, Labels.humanise(a)));
        }
        Map<String, List<String>> out = new HashMap<>();
        lists.forEach((e, byList) -> out.put(e, byList.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of())));
        return out;
    }

    private static final Query PERSON_NAMES = Sparql.parse("""
            SELECT ?p (SAMPLE(?name) AS ?nm) (SAMPLE(?rlabel) AS ?rl) WHERE {
              ?p a schema:Person . OPTIONAL { ?p schema:name ?name } OPTIONAL { ?p rdfs:label ?rlabel }
            } GROUP BY ?p""");

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, PERSON_NAMES, Map.of())) {
            String iri = row.getResource("p").getURI();
            names.put(iri, Labels.pick(row, iri));
        }
        return names;
    }
}
