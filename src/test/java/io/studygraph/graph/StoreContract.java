package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} does, in the style of Jena's {@code AbstractTestRDFConnection}: a
 * subclass opens an empty store of its kind, and each test here runs against it. Where a store
 * cannot give a guarantee, its subclass overrides that test with the weaker one that holds, and
 * says why.
 */
abstract class StoreContract {
    static final String A = Vocab.SOURCE + "a.ttl";
    static final String B = Vocab.SOURCE + "b.ttl";
    static final Query NAMES = Sparql.parse("SELECT ?name WHERE { ?e schema:name ?name } ORDER BY ?name");
    static final Query COUNT_IN = Sparql.parse("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    static final Node X = NodeFactory.createURI("http://example.org/x");
    static final Node NAME = NodeFactory.createURI("https://schema.org/name");

    Store store;

    /** An empty store of the kind under test. */
    abstract Store open();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Model turtle(String body) {
        return RDFParser.fromString("@prefix schema: <https://schema.org/> . @prefix bibo: <http://purl.org/ontology/bibo/> . " + body, Lang.TURTLE).toModel();
    }

    List<String> names() {
        return Sparql.select(store, NAMES, Map.of()).stream().map(r -> r.getLiteral("name").getLexicalForm()).toList();
    }

    long countIn(String graph) {
        return Sparql.select(store, COUNT_IN, Map.of("g", NodeFactory.createURI(graph))).get(0).getLiteral("n").getLong();
    }

    static Triple name(String value) {
        return Triple.create(X, NAME, NodeFactory.createLiteralString(value));
    }

    @Test
    void a_new_store_is_empty() {
        assertThat(store.isEmpty()).isTrue();
        assertThat(store.size()).isZero();
        assertThat(store.graphNames()).isEmpty();
    }

    @Test
    void queries_see_the_union_of_the_named_graphs() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"From A\" ."),
                B, turtle("<http://example.org/y> schema:name \"From B\" .")));
        assertThat(names()).containsExactly("From A", "From B");
        // One pattern joining triples of two graphs: the union is one graph, not a choice of one.
        store.replaceGraphs(Map.of(B, turtle("<http://example.org/x> schema:author <http://example.org/p> . <http://example.org/p> schema:name \"Person\" .")));
        Query joined = Sparql.parse("SELECT ?author WHERE { ?e schema:name \"From A\" ; schema:author/schema:name ?author }");
        assertThat(Sparql.select(store, joined, Map.of())).extracting(r -> r.getLiteral("author").getString()).containsExactly("Person");
    }

    @Test
    void a_graph_pattern_names_the_graph_each_triple_is_in() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"From A\" ."),
                B, turtle("<http://example.org/y> schema:name \"From B\" .")));
        Query where = Sparql.parse("SELECT ?g WHERE { GRAPH ?g { ?e schema:name ?name } }");
        assertThat(Sparql.select(store, where, Map.of("name", NodeFactory.createLiteralString("From B"))))
                .extracting(r -> r.getResource("g").getURI()).containsExactly(B);
    }

    @Test
    void bindings_enter_a_query_as_nodes_not_as_text() {
        String quoted = "Say \"X\" } ; DROP ALL ; SELECT * { \"";
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"X\" . <http://example.org/y> schema:name \"Say \\\"X\\\" } ; DROP ALL ; SELECT * { \\\"\" .")));
        Query byName = Sparql.parse("SELECT ?e WHERE { ?e schema:name ?name }");
        assertThat(Sparql.select(store, byName, Map.of("name", NodeFactory.createLiteralString(quoted))))
                .extracting(r -> r.getResource("e").getURI()).containsExactly("http://example.org/y");
        assertThat(Sparql.select(store, byName, Map.of("name", NodeFactory.createLiteralString("X' } #")))).isEmpty();
        assertThat(store.size()).isEqualTo(2);
    }

    /** An IRI that SPARQL's syntax cannot hold matches nothing, and changes nothing. */
    @Test
    void a_hostile_iri_in_a_binding_changes_nothing() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"X\" .")));
        Node hostile = NodeFactory.createURI("http://example.org/x> ?p ?o } ; DROP ALL ; SELECT * { <http://example.org/x");
        assertThat(Sparql.select(store, Sparql.parse("SELECT ?n WHERE { ?e schema:name ?n }"), Map.of("e", hostile))).isEmpty();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void describe_without_a_pattern_reads_the_union() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"A\" ."), B, turtle("<http://example.org/x> schema:author <http://example.org/p> .")));
        Model described = store.query(Sparql.parse("DESCRIBE <http://example.org/x>"), qe -> qe.execDescribe());
        assertThat(described.size()).isEqualTo(2);
    }

    @Test
    void a_bound_projected_variable_comes_back_in_the_rows() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"X\" .")));
        Query q = Sparql.parse("SELECT ?e ?n WHERE { ?e schema:name ?n }");
        assertThat(Sparql.select(store, q, Map.of("e", X))).extracting(r -> r.getResource("e").getURI()).containsExactly(X.getURI());
    }

    @Test
    void replacing_graphs_drops_what_they_held_and_leaves_the_others() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Old\" . <http://example.org/z> schema:name \"Gone\" ."),
                B, turtle("<http://example.org/y> schema:name \"Other\" .")));
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"New\" .")));
        assertThat(names()).containsExactly("New", "Other");
        assertThat(store.size()).isEqualTo(2);
        store.replaceGraphs(Map.of(A, ModelFactory.createDefaultModel()));
        assertThat(names()).containsExactly("Other");
    }

    @Test
    void updates_remove_then_add_and_repeating_them_changes_nothing() {
        store.update(A, List.of(), List.of(name("One"), name("Two")));
        long generation = store.generation();
        store.update(A, List.of(name("Absent"), name("Two")), List.of(name("One"), name("Three")));
        store.update(A, List.of(name("Absent"), name("Two")), List.of(name("One"), name("Three")));
        assertThat(names()).containsExactly("One", "Three");
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.generation()).isGreaterThan(generation);
    }

    @Test
    void removing_graphs_removes_them_and_only_them() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"A\" ."), B, turtle("<http://example.org/y> schema:name \"B\" .")));
        store.removeGraphs(Set.of(A, Vocab.SOURCE + "never-there.ttl"));
        assertThat(store.graphNames()).containsExactly(B);
        assertThat(names()).containsExactly("B");
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void graph_is_a_copy_of_one_graph_and_empty_when_absent() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"A\" ."), B, turtle("<http://example.org/y> schema:name \"B\" .")));
        Model a = store.graph(A);
        assertThat(a.size()).isEqualTo(1);
        a.removeAll();
        assertThat(store.graph(A).size()).isEqualTo(1);
        assertThat(store.graph(Vocab.SOURCE + "absent.ttl").isEmpty()).isTrue();
    }

    @Test
    void graph_names_size_and_emptiness_leave_the_store_state_out() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"One\", \"Two\" ."), B, turtle("<http://example.org/x> schema:name \"One\" .")));
        assertThat(store.graphNames()).containsExactlyInAnyOrder(A, B);
        // A triple in two graphs counts twice.
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void the_generation_changes_with_each_write_and_not_with_reads() {
        long g0 = store.generation();
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"A\" .")));
        long g1 = store.generation();
        names();
        store.graph(A);
        store.graphNames();
        store.size();
        store.read(this::names);
        assertThat(store.generation()).isEqualTo(g1).isNotEqualTo(g0);
        store.update(A, List.of(), List.of(name("B")));
        long g2 = store.generation();
        store.removeGraphs(Set.of(A));
        assertThat(Set.of(g0, g1, g2, store.generation())).hasSize(4);
    }

    @Test
    void a_write_whose_supplier_throws_leaves_every_graph_as_it_was() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Kept\" .")));
        long generation = store.generation();
        assertThatThrownBy(() -> store.write(() -> {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Half-written\" .")));
            store.update(B, List.of(), List.of(name("Also half")));
            throw new IllegalStateException("fails after two writes");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(names()).containsExactly("Kept");
        assertThat(store.graphNames()).containsExactly(A);
        assertThat(store.generation()).isEqualTo(generation);
    }

    @Test
    void reads_inside_a_write_see_the_writes_before_them() {
        List<String> seen = store.write(() -> {
            store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"Written\" .")));
            return names();
        });
        assertThat(seen).containsExactly("Written");
    }

    @Test
    void literals_keep_their_language_and_datatype_and_decimals_come_back_canonical() {
        store.replaceGraphs(Map.of(A, turtle("""
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <http://example.org/x> schema:name "Diffusion"@en, "Diffusion"@de-CH ; schema:price 1.50 ;
                    schema:datePublished "2021-05-11"^^xsd:date ; schema:position 7 .""")));
        Query values = Sparql.parse("SELECT ?p ?v WHERE { ?e ?p ?v }");
        Map<String, List<String>> byProperty = new LinkedHashMap<>();
        Sparql.select(store, values, Map.of("e", X)).forEach(r -> byProperty.computeIfAbsent(r.getResource("p").getLocalName(), k -> new ArrayList<>())
                .add(r.getLiteral("v").getLexicalForm() + "|" + r.getLiteral("v").getLanguage() + "|" + r.getLiteral("v").getDatatypeURI()));
        assertThat(byProperty.get("name")).containsExactlyInAnyOrder("Diffusion|en|http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
                "Diffusion|de-CH|http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");
        assertThat(byProperty.get("price")).containsExactly("1.5||http://www.w3.org/2001/XMLSchema#decimal");
        assertThat(byProperty.get("datePublished")).containsExactly("2021-05-11||http://www.w3.org/2001/XMLSchema#date");
        assertThat(byProperty.get("position")).containsExactly("7||http://www.w3.org/2001/XMLSchema#integer");
        // A decimal removed in another form than it was written is the same literal.
        store.update(A, List.of(Triple.create(X, NodeFactory.createURI("https://schema.org/price"), NodeFactory.createLiteralDT("1.500", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal))), List.of());
        assertThat(Sparql.select(store, Sparql.parse("SELECT ?v WHERE { ?e schema:price ?v }"), Map.of())).isEmpty();
    }

    @Test
    void an_author_list_of_blank_nodes_keeps_its_order_and_structure() {
        Model written = turtle("""
                <http://example.org/x> bibo:authorList ( <http://example.org/p1> <http://example.org/p2> <http://example.org/p3> ) ;
                    schema:author [ schema:name "Anonymous" ] .""");
        store.replaceGraphs(Map.of(A, written));
        assertThat(store.graph(A).isIsomorphicWith(written)).isTrue();
        Query order = Sparql.parse("""
                SELECT ?member (COUNT(?before) AS ?position) WHERE {
                  ?e bibo:authorList ?list . ?list rdf:rest* ?cell . ?cell rdf:first ?member . ?list rdf:rest* ?before . ?before rdf:rest* ?cell
                } GROUP BY ?member ORDER BY ?position""");
        assertThat(Sparql.select(store, order, Map.of("e", X))).extracting(r -> r.getResource("member").getURI())
                .containsExactly("http://example.org/p1", "http://example.org/p2", "http://example.org/p3");
        // Replaced again: one list, not two lists' cells mixed.
        store.replaceGraphs(Map.of(A, written));
        assertThat(store.graph(A).isIsomorphicWith(written)).isTrue();
        assertThat(countIn(A)).isEqualTo(written.size());
    }

    @Test
    void a_blank_node_read_in_one_query_is_the_same_node_in_the_next_and_in_writes() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> bibo:authorList ( <http://example.org/p1> <http://example.org/p2> ) .")));
        Node authorList = NodeFactory.createURI("http://purl.org/ontology/bibo/authorList");
        Node head = Sparql.select(store, Sparql.parse("SELECT ?l WHERE { ?e bibo:authorList ?l }"), Map.of("e", X)).get(0).get("l").asNode();
        assertThat(head.isBlank()).isTrue();
        Query first = Sparql.parse("SELECT ?m WHERE { ?cell rdf:first ?m }");
        assertThat(Sparql.select(store, first, Map.of("cell", head))).extracting(r -> r.getResource("m").getURI()).containsExactly("http://example.org/p1");
        // Moved to another property, the list stays one list: the cells are the ones it had.
        Node variant = Vocab.VARIANT_AUTHOR_LIST;
        store.update(A, List.of(Triple.create(X, authorList, head)), List.of(Triple.create(X, variant, head)));
        Query members = Sparql.parse("SELECT ?m WHERE { ?e ?p ?l . ?l rdf:rest*/rdf:first ?m }");
        assertThat(Sparql.select(store, members, Map.of("e", X, "p", variant))).hasSize(2);
        assertThat(Sparql.select(store, members, Map.of("e", X, "p", authorList))).isEmpty();
        assertThat(countIn(A)).isEqualTo(5);
    }

    @Test
    void node_tests_tell_blank_nodes_from_iris() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:author [ schema:name \"Anonymous\" ], <http://example.org/p> .")));
        Query kinds = Sparql.parse("SELECT ?a (isBlank(?a) AS ?blank) ?iri ?uri WHERE { ?e schema:author ?a BIND (isIRI(?a) AS ?iri) BIND (isURI(?a) AS ?uri) }");
        assertThat(Sparql.select(store, kinds, Map.of())).extracting(r -> r.getLiteral("blank").getBoolean() + "/" + r.getLiteral("iri").getBoolean() + "/" + r.getLiteral("uri").getBoolean())
                .containsExactlyInAnyOrder("true/false/false", "false/true/true");
        assertThat(Sparql.select(store, Sparql.parse("SELECT ?a WHERE { ?e schema:author ?a FILTER isBlank(?a) }"), Map.of())).hasSize(1);
        assertThat(Sparql.select(store, Sparql.parse("SELECT ?s WHERE { ?s schema:name ?n FILTER isIRI(?s) }"), Map.of())).isEmpty();
    }

    @Test
    void a_reader_during_a_writer_sees_before_or_after_never_half() throws Exception {
        store.replaceGraphs(Map.of(A, many("a", 0, 50), B, many("b", 0, 50)));
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        Query both = Sparql.parse("SELECT (COUNT(?a) AS ?na) (COUNT(?b) AS ?nb) WHERE { { GRAPH ?ga { ?a schema:position ?pa } } UNION { GRAPH ?gb { ?b schema:position ?pb } } }");
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                var row = Sparql.select(store, both, Map.of("ga", NodeFactory.createURI(A), "gb", NodeFactory.createURI(B))).get(0);
                seen.add(row.getLiteral("na").getLong() + "/" + row.getLiteral("nb").getLong());
            }
        });
        reader.start();
        try {
            for (int round = 1; round <= 6; round++) {
                int n = 50 + round * 10;
                store.replaceGraphs(Map.of(A, many("a", round, n), B, many("b", round, n)));
            }
        } finally {
            done.set(true);
            reader.join(30_000);
        }
        assertThat(seen).isNotEmpty().allSatisfy(counts -> {
            String[] ab = counts.split("/");
            assertThat(ab[0]).as("both graphs replaced together").isEqualTo(ab[1]);
        });
    }

    static Model many(String prefix, int round, int n) {
        Model m = ModelFactory.createDefaultModel();
        var position = m.createProperty("https://schema.org/position");
        for (int i = 0; i < n; i++) m.addLiteral(m.createResource("http://example.org/" + prefix + round + "-" + i), position, i);
        return m;
    }
}
