package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;

/**
 * The graph at a glance, for the home page: counts by kind, a bounded list of items per kind,
 * and the reading lists as written, each section's first items. Its size does not grow with the
 * graph: counts come from one pass over the type statements, and labels, years and people are
 * read only for the items listed. A summary is kept until the store's next write.
 */
public final class Overview {
    /** Items listed per kind; {@code total} says how many there are. */
    static final int MAX_PER_KIND = 100;
    /** Items listed per section of a reading list, in the list's order; {@code total} says how many. */
    static final int MAX_PER_SECTION = 200;
    /** People named per item: a consortium paper's hundred authors are not the overview's business. */
    static final int MAX_PEOPLE = 20;

    private static final Query SECTIONS = Sparql.parse("""
            SELECT ?g ?list ?sec WHERE {
              GRAPH ?g { ?list a sg:ReadingList ; schema:hasPart ?sec . ?sec sg:sourceLine ?secLine }
            } ORDER BY ?g ?list ?secLine""");
    private static final Query SECTION_ITEMS = Sparql.parse("SELECT ?item (MIN(?line) AS ?itemLine) WHERE { "
            + "GRAPH ?g { ?sec schema:hasPart ?item OPTIONAL { ?item sg:sourceLine ?line } } } "
            + "GROUP BY ?item ORDER BY ?itemLine ?item LIMIT " + MAX_PER_SECTION);
    private static final Query SECTION_SIZE = Sparql.parse("SELECT (COUNT(DISTINCT ?item) AS ?n) WHERE { GRAPH ?g { ?sec schema:hasPart ?item } }");

    public record ItemRef(String iri, String kind, String label, String year, List<String> people) {}

    public record KindGroup(String kind, String label, int total, List<ItemRef> items) {}

    public record SectionSummary(String iri, String label, int total, List<ItemRef> items) {}

    public record ListSummary(String iri, String label, String source, List<SectionSummary> sections) {}

    public record Summary(Map<String, Integer> counts, List<KindGroup> kinds, List<ListSummary> lists) {}

    /** Entities by kind, and the first few of each, as the type statements list them. */
    private record Census(Map<String, Integer> counts, Map<Kind, List<String>> first) {}

    private record Kept(long generation, Census census, Summary summary) {}

    private final Store store;
    // Rebuilt after each write (the generation changes with it); the home page asks far more often.
    private volatile Kept kept = new Kept(-1, null, null);

    public Overview(Store store) {
        this.store = store;
    }

    /** Entities by kind, in kind order: what {@code /health} reports. */
    public Map<String, Integer> counts() {
        return current(false).census().counts();
    }

    public Summary summary() {
        return current(true).summary();
    }

    private Kept current(boolean withSummary) {
        Kept now = kept;
        if (now.generation() == store.generation() && (now.summary() != null || !withSummary)) return now;
        // Counts, items and lists from one state: the home page never counts what it does not list.
        Kept fresh = Lookup.read(store, lookup -> {
            Census census = census(lookup);
            return new Kept(store.generation(), census, withSummary ? summarise(lookup, census) : null);
        });
        kept = fresh;
        return fresh;
    }

    private static Census census(Lookup lookup) {
        Set<String> seen = new HashSet<>();
        Map<String, List<Node>> foreign = new HashMap<>();
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        Map<Kind, List<String>> first = new EnumMap<>(Kind.class);
        lookup.find(Node.ANY, Vocab.TYPE, Node.ANY, Integer.MAX_VALUE, t -> {
            if (!t.getSubject().isURI()) return;
            String iri = t.getSubject().getURI();
            Kind kind = Kind.ofIri(iri);
            if (kind == null) foreign.computeIfAbsent(iri, k -> new ArrayList<>()).add(t.getObject());
            else if (seen.add(iri)) tally(kind, iri, byKind, first);
        });
        foreign.forEach((iri, types) -> Kind.of(iri, types).ifPresent(kind -> tally(kind, iri, byKind, first)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKind.forEach((kind, n) -> counts.put(kind.slug(), n));
        return new Census(counts, first);
    }

    private static void tally(Kind kind, String iri, Map<Kind, Integer> byKind, Map<Kind, List<String>> first) {
        byKind.merge(kind, 1, Integer::sum);
        List<String> some = first.computeIfAbsent(kind, k -> new ArrayList<>());
        if (some.size() < MAX_PER_KIND) some.add(iri);
    }

    private Summary summarise(Lookup lookup, Census census) {
        Comparator<ItemRef> order = Comparator.comparing((ItemRef r) -> r.year() == null ? "9999" : r.year())
                .thenComparing(r -> r.label().toLowerCase(Locale.ROOT));
        List<KindGroup> groups = new ArrayList<>();
        census.first().forEach((kind, iris) -> {
            if (kind == Kind.LIST || kind == Kind.SECTION) return;
            List<ItemRef> items = new ArrayList<>(items(lookup, iris));
            items.sort(order);
            groups.add(new KindGroup(kind.slug(), kind.plural(), census.counts().get(kind.slug()), List.copyOf(items)));
        });
        return new Summary(census.counts(), groups, lists(lookup));
    }

    private List<ListSummary> lists(Lookup lookup) {
        Map<String, List<SectionSummary>> sections = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, SECTIONS, Map.of())) {
            String list = row.getResource("list").getURI();
            sources.put(list, row.getResource("g").getURI().replace(Vocab.SOURCE, ""));
            Map<String, Node> bound = Map.of("g", row.get("g").asNode(), "sec", row.get("sec").asNode());
            List<String> iris = Sparql.select(store, SECTION_ITEMS, bound).stream()
                    .filter(r -> r.get("item").isURIResource()).map(r -> r.getResource("item").getURI()).toList();
            List<ItemRef> items = items(lookup, iris).stream().filter(i -> i.kind() != null).toList();
            if (items.isEmpty()) continue;
            int total = Sparql.select(store, SECTION_SIZE, bound).get(0).getLiteral("n").getInt();
            String sec = row.getResource("sec").getURI();
            sections.computeIfAbsent(list, k -> new ArrayList<>()).add(new SectionSummary(sec, label(lookup, sec), total, items));
        }
        List<ListSummary> out = new ArrayList<>();
        sections.forEach((list, secs) -> out.add(new ListSummary(list, label(lookup, list), sources.get(list), List.copyOf(secs))));
        return out;
    }

    private static String label(Lookup lookup, String iri) {
        return lookup.refs(List.of(iri)).get(iri).label();
    }

    /** Label, kind, year and people of each item, by bound lookups. */
    private static List<ItemRef> items(Lookup lookup, Collection<String> iris) {
        // On a remote store: each item's statements and author lists in a few queries, not a few per item.
        List<Node> nodes = iris.stream().map(NodeFactory::createURI).toList();
        lookup.prefetch(nodes);
        lookup.prefetchLists(nodes.stream().flatMap(n -> lookup.objects(n, Vocab.AUTHOR_LIST, 5).stream()).toList());
        List<ItemRef> items = new ArrayList<>();
        lookup.refs(iris).forEach((iri, ref) -> {
            Node n = NodeFactory.createURI(iri);
            // Sources may date a work to the year or to the day; the earliest string is the year it first appeared.
            String year = lookup.objects(n, Vocab.DATE_PUBLISHED, 10).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                    .filter(d -> d.length() >= 4).min(Comparator.naturalOrder()).map(d -> d.substring(0, 4)).orElse(null);
            items.add(new ItemRef(iri, ref.kind(), ref.label(), year, people(lookup, n)));
        });
        return items;
    }

    /** Authors in order (the longest author list when sources differ), else presenters. */
    private static List<String> people(Lookup lookup, Node item) {
        Map<String, List<Node>> lists = new TreeMap<>();
        for (Node head : lookup.objects(item, Vocab.AUTHOR_LIST, 5)) lists.put(head.toString(), members(lookup, head));
        List<Node> presenters = lookup.objects(item, Vocab.PRESENTER, MAX_PEOPLE);
        if (!presenters.isEmpty()) lists.put("presenter", presenters);
        List<Node> people = lists.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
        Map<String, EntityView.Ref> refs = lookup.refs(people.stream().filter(Node::isURI).map(Node::getURI).toList());
        return people.stream().filter(Node::isURI).map(p -> refs.get(p.getURI()).label()).toList();
    }

    private static List<Node> members(Lookup lookup, Node head) {
        List<Node> members = new ArrayList<>();
        Node cell = head;
        while (cell != null && !cell.equals(RDF.Nodes.nil) && members.size() < MAX_PEOPLE) {
            lookup.first(cell, RDF.Nodes.first).ifPresent(members::add);
            cell = lookup.first(cell, RDF.Nodes.rest).orElse(null);
        }
        return members;
    }
}
