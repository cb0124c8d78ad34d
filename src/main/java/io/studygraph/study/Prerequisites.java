package io.studygraph.study;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * What a reading plan orders and why, read from the store with a few bound queries whatever the
 * size of the list: the items on the lists, and the prerequisite links between them, each with
 * the relation it came from. Sub-properties count as their base relation (the ontology's
 * {@code rdfs:subPropertyOf}), so a source that says {@code cito:citesAsRecommendedReading} needs
 * no change here.
 */
public final class Prerequisites {
    /** The kinds a plan may hold as steps; people, organisations, lists and sections never are. */
    public static final Set<Kind> ITEM_KINDS = EnumSet.of(Kind.PAPER, Kind.BOOK, Kind.TUTORIAL, Kind.VIDEO, Kind.REPO,
            Kind.QUESTION, Kind.CONCEPT);

    /**
     * Where a prerequisite comes from, most specific first, with how strongly it holds: when a cycle
     * must be broken, weaker links go first. {@code forward}: the subject is the prerequisite.
     */
    public enum Relation {
        BUILDS_ON(Vocab.BUILDS_ON, 4, false), EXTENDS(Vocab.EXTENDS, 4, false), IMPLEMENTS(Vocab.IMPLEMENTS, 4, false),
        EXPLAINS(Vocab.EXPLAINS, 4, true), BROADER(Vocab.BROADER, 4, false), CITES(Vocab.CITES, 3, false),
        ABOUT(Vocab.ABOUT, 2, false), MENTIONS(Vocab.MENTIONS, 1, false),
        /** Derived by the glossary linking, never said by a source: the first to go in a cycle. */
        MENTIONS_CONCEPT(Vocab.MENTIONS_CONCEPT, 0, false);

        final Node base;
        final int strength;
        final boolean forward;

        Relation(Node base, int strength, boolean forward) {
            this.base = base;
            this.strength = strength;
            this.forward = forward;
        }

        public int strength() { return strength; }

        /** Concept links: the prerequisite is a concept the dependant relies on. */
        public boolean conceptual() {
            return this == ABOUT || this == MENTIONS || this == MENTIONS_CONCEPT;
        }

        public boolean citation() {
            return this == BUILDS_ON || this == EXTENDS || this == CITES;
        }
    }

    /** An entity a plan may order: its kind, whether it is a survey, and its date as written (or null). */
    public record Item(String iri, Kind kind, boolean survey, String date) {}

    /** {@code before} must be read before {@code after}, because of {@code property} (a {@code relation}). */
    public record Link(String before, String after, String property, Relation relation) {}

    // Membership, types and dates are separate linear scans joined here: one query with a UNION,
    // NOT EXISTS and a GROUP BY over every item took over ten seconds at 50,000 papers.
    private static final Query ON_A_LIST = Sparql.parse("SELECT DISTINCT ?item WHERE { ?list a sg:ReadingList ; schema:hasPart+ ?item }");
    private static final Query LIST_GRAPHS = Sparql.parse("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?list a sg:ReadingList } }");
    private static final Query IN_GRAPH = Sparql.parse("SELECT DISTINCT ?item WHERE { GRAPH ?g { ?item a ?type } }");
    private static final Query TYPED = Sparql.parse("SELECT ?item ?type WHERE { ?item a ?type }");
    private static final Query DATED = Sparql.parse("SELECT ?item ?date WHERE { ?item schema:datePublished ?date }");
    private static final Query SUB_PROPERTIES = Sparql.parse("SELECT DISTINCT ?p ?base WHERE { ?p rdfs:subPropertyOf* ?base }");
    private static final Query LINKS = Sparql.parse("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER (isIRI(?o)) }"); // duplicates fold in Java, cheaper than DISTINCT

    private final Store store;

    public Prerequisites(Store store) {
        this.store = store;
    }

    /**
     * The items on the list: reachable by {@code schema:hasPart} from a reading list, and every
     * item typed in a source that holds no reading list (a BibTeX or Turtle file).
     */
    public Map<String, Item> onTheList() {
        return store.read(() -> {
            Set<String> members = new HashSet<>(column(Sparql.select(store, ON_A_LIST, Map.of()), "item"));
            Set<String> withList = new HashSet<>(column(Sparql.select(store, LIST_GRAPHS, Map.of()), "g"));
            List<Node> listless = store.graphNames().stream().filter(g -> g.startsWith(Vocab.SOURCE) && !withList.contains(g))
                    .map(NodeFactory::createURI).toList();
            if (!listless.isEmpty()) members.addAll(column(Sparql.select(store, Sparql.restrict(IN_GRAPH, "g", listless), Map.of()), "item"));
            return items(members, TYPED, DATED);
        });
    }

    /** One entity as an item, or empty when the graph gives it no type of an item kind. */
    public Optional<Item> item(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Optional.ofNullable(items(Set.of(iri), Sparql.restrict(TYPED, "item", List.of(node)),
                Sparql.restrict(DATED, "item", List.of(node))).get(iri));
    }

    private Map<String, Item> items(Set<String> members, Query typed, Query dated) {
        List<Node> classes = new ArrayList<>(List.of(Vocab.SURVEY));
        ITEM_KINDS.forEach(k -> classes.addAll(k.classes()));
        Map<String, List<Node>> types = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, Sparql.restrict(typed, "type", classes), Map.of())) {
            String iri = row.getResource("item").getURI();
            if (iri != null && members.contains(iri)) types.computeIfAbsent(iri, k -> new ArrayList<>()).add(row.get("type").asNode());
        }
        Map<String, String> dates = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, dated, Map.of())) {
            String iri = row.getResource("item").getURI();
            // The earliest date a source gives: lexical order is date order for xsd:date, gYearMonth and gYear.
            if (iri != null && row.get("date").isLiteral()) dates.merge(iri, row.getLiteral("date").getLexicalForm(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        Map<String, Item> items = new HashMap<>();
        types.forEach((iri, t) -> Kind.of(iri, t).filter(ITEM_KINDS::contains)
                .ifPresent(kind -> items.put(iri, new Item(iri, kind, t.contains(Vocab.SURVEY), dates.get(iri)))));
        return items;
    }

    private static List<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().filter(r -> r.contains(var) && r.get(var).isURIResource()).map(r -> r.getResource(var).getURI()).toList();
    }

    /**
     * The prerequisite links among {@code items}, without duplicates. A survey introduces what it
     * cites, so its own citations are not its prerequisites.
     */
    public List<Link> among(Map<String, Item> items) {
        Set<Link> links = new LinkedHashSet<>();
        for (Link link : all()) {
            Item b = items.get(link.before()), a = items.get(link.after());
            if (b == null || a == null || link.before().equals(link.after())) continue;
            if (link.relation().conceptual() && b.kind() != Kind.CONCEPT) continue;
            if (link.relation().citation() && a.survey()) continue;
            links.add(link);
        }
        return new ArrayList<>(links);
    }

    /** Every prerequisite link in the store, wherever its ends are, duplicates included. */
    List<Link> all() {
        Map<String, Relation> relationOf = relations();
        Query q = Sparql.restrict(LINKS, "p", relationOf.keySet().stream().map(NodeFactory::createURI).toList());
        List<Link> links = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, q, Map.of())) {
            if (!row.get("s").isURIResource()) continue;
            String p = row.getResource("p").getURI();
            Relation relation = relationOf.get(p);
            String s = row.getResource("s").getURI(), o = row.getResource("o").getURI();
            links.add(relation.forward ? new Link(s, o, p, relation) : new Link(o, s, p, relation));
        }
        return links;
    }

    /** Each property that counts as a prerequisite, with its most specific base relation. */
    private Map<String, Relation> relations() {
        Query q = Sparql.restrict(SUB_PROPERTIES, "base", Arrays.stream(Relation.values()).map(r -> r.base).toList());
        Map<String, Relation> out = new HashMap<>();
        for (Relation r : Relation.values()) out.put(r.base.getURI(), r);
        for (QuerySolution row : Sparql.select(store, q, Map.of())) {
            if (!row.get("p").isURIResource()) continue;
            Relation r = relationFor(row.getResource("base").getURI());
            out.merge(row.getResource("p").getURI(), r, (x, y) -> x.ordinal() <= y.ordinal() ? x : y);
        }
        return out;
    }

    private static Relation relationFor(String base) {
        return Arrays.stream(Relation.values()).filter(r -> r.base.getURI().equals(base)).findFirst().orElseThrow();
    }
}
