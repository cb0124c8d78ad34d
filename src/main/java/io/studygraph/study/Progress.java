package io.studygraph.study;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * A learner's progress and plan moves, kept in the learner's own graph, one small record per item:
 *
 * <pre>{@code
 * <study/me/progress/3f9a…> a sg:Progress ; sg:learner "me" ; sg:item <id/paper/arxiv-2006.11239> ;
 *     sg:status "done" ; dcterms:modified "2026-12-02T20:01:00Z"^^xsd:dateTime .
 * <study/me/move/3f9a…> a sg:PlanMove ; sg:item <…> ; sg:position 1 ; dcterms:modified "…" .
 * }</pre>
 *
 * Each change removes and adds only that record's triples ({@link Store#update}), so a mark costs
 * the same on a graph of ten items or of fifty thousand. An item with no record is unread (a concept
 * unknown); marking it so removes the record.
 */
public final class Progress {
    private static final Query STATUSES = Sparql.parse("""
            SELECT ?item ?status WHERE { GRAPH ?g { ?r a sg:Progress ; sg:item ?item ; sg:status ?status } }""");
    private static final Query MOVES = Sparql.parse("""
            SELECT ?item ?position ?at WHERE { GRAPH ?g { ?m a sg:PlanMove ; sg:item ?item ; sg:position ?position ; dcterms:modified ?at } }
            ORDER BY ?at ?item""");
    private static final Query RECORD = Sparql.parse("SELECT ?p ?o WHERE { GRAPH ?g { ?r ?p ?o } }");
    private static final Query ENTITY_TYPES = Sparql.parse("""
            SELECT ?type WHERE { { ?e ?p ?o } UNION { ?s ?p ?e } OPTIONAL { ?e a ?type } } LIMIT 50""");

    private final Store store;

    public Progress(Store store) {
        this.store = store;
    }

    /** Every item's status for this learner; items not in the map are unread or unknown. */
    public Map<String, Status> statuses(Learner learner) {
        Map<String, Status> out = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store, STATUSES, Map.of("g", learner.graph()))) {
            Status.fromWord(row.getLiteral("status").getLexicalForm()).ifPresent(s -> out.put(row.getResource("item").getURI(), s));
        }
        return out;
    }

    /**
     * Sets an item's status. A status of the other sort is read as its counterpart ("done" on a
     * concept is "known"), so one word works everywhere. Returns the status stored.
     */
    public Status set(Learner learner, String item, Status status) {
        Kind kind = kindOf(item);
        if (!studied(kind)) {
            throw StudyException.badInput("Progress is kept for papers, books, videos, tutorials, repositories, questions and concepts; "
                    + item + " is a " + kind.slug());
        }
        Status stored = status.forConcept(kind == Kind.CONCEPT);
        Node record = record(learner, "progress", item);
        List<Triple> add = new ArrayList<>();
        if (stored.started()) {
            add.add(Triple.create(record, Vocab.TYPE, Vocab.PROGRESS));
            add.add(Triple.create(record, Vocab.LEARNER, NodeFactory.createLiteralString(learner.name())));
            add.add(Triple.create(record, Vocab.ITEM, NodeFactory.createURI(item)));
            add.add(Triple.create(record, Vocab.STATUS, NodeFactory.createLiteralString(stored.word())));
            add.add(Triple.create(record, Vocab.MODIFIED, now()));
        }
        replaceRecord(learner, record, add);
        return stored;
    }

    /** The learner's plan moves, oldest first: the order they apply in. */
    public List<PlanMove> moves(Learner learner) {
        List<PlanMove> out = new ArrayList<>();
        for (QuerySolution row : Sparql.select(store, MOVES, Map.of("g", learner.graph()))) {
            out.add(new PlanMove(row.getResource("item").getURI(), row.getLiteral("position").getInt()));
        }
        return out;
    }

    /** Moves an item to a 1-based position of the plan, replacing an earlier move of the same item. */
    public void move(Learner learner, String item, int position) {
        if (position < 1) throw StudyException.badInput("A plan position counts from 1; " + position + " is not one");
        Kind kind = kindOf(item);
        if (!studied(kind)) throw StudyException.badInput(item + " is a " + kind.slug() + ", not an item of the reading plan");
        Node record = record(learner, "move", item);
        replaceRecord(learner, record, List.of(
                Triple.create(record, Vocab.TYPE, Vocab.PLAN_MOVE),
                Triple.create(record, Vocab.LEARNER, NodeFactory.createLiteralString(learner.name())),
                Triple.create(record, Vocab.ITEM, NodeFactory.createURI(item)),
                Triple.create(record, Vocab.POSITION, NodeFactory.createLiteralDT(Integer.toString(position), XSDDatatype.XSDinteger)),
                Triple.create(record, Vocab.MODIFIED, now())));
    }

    /** Takes back a move: the item returns to where the plan puts it. */
    public void unmove(Learner learner, String item) {
        replaceRecord(learner, record(learner, "move", item), List.of());
    }

    private void replaceRecord(Learner learner, Node record, List<Triple> add) {
        String graph = learner.graph().getURI();
        store.write(() -> {
            List<Triple> remove = new ArrayList<>();
            for (QuerySolution row : Sparql.select(store, RECORD, Map.of("g", learner.graph(), "r", record))) {
                remove.add(Triple.create(record, row.get("p").asNode(), row.get("o").asNode()));
            }
            store.update(graph, remove, add);
            return null;
        });
    }

    private Kind kindOf(String item) {
        List<Node> types = new ArrayList<>();
        boolean known = false;
        for (QuerySolution row : Sparql.select(store, ENTITY_TYPES, Map.of("e", NodeFactory.createURI(item)))) {
            known = true;
            if (row.contains("type")) types.add(row.get("type").asNode());
        }
        if (!known) throw StudyException.notFound("Nothing in the graph is called " + item);
        return Kind.of(item, types).orElseThrow(() -> StudyException.badInput(item + " is not an item of the reading list (it has no kind)"));
    }

    static boolean studied(Kind kind) {
        return switch (kind) {
            case PAPER, BOOK, TUTORIAL, VIDEO, REPO, QUESTION, CONCEPT -> true;
            default -> false;
        };
    }

    /** One record per learner, kind and item: its IRI is the item's hash, so setting again replaces it. */
    private static Node record(Learner learner, String kind, String item) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(item.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(learner.recordPrefix() + kind + "/" + HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static Node now() {
        return NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime);
    }
}
