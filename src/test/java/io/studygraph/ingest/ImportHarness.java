package io.studygraph.ingest;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.TdbStore;
import io.studygraph.graph.Vocab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A real {@link Importer} over an in-memory TDB2 store, validating with the bundled shapes, and the
 * look-ups the importer tests make. Every query is a parsed template with bound nodes.
 */
final class ImportHarness implements AutoCloseable {
    private static final Query OBJECTS = Sparql.parse("SELECT DISTINCT ?o WHERE { ?s ?p ?o }");
    private static final Query SUBJECTS = Sparql.parse("SELECT DISTINCT ?s WHERE { ?s ?p ?o }");
    private static final Query ASK = Sparql.parse("ASK { ?s ?p ?o }");
    // Position of a member = number of list cells from the head to its own cell.
    private static final Query AUTHOR_LIST = Sparql.parse("""
            SELECT ?person (COUNT(DISTINCT ?before) AS ?position) WHERE {
              ?work bibo:authorList ?head .
              ?head rdf:rest* ?before .
              ?before rdf:rest* ?cell .
              ?cell rdf:first ?person .
            } GROUP BY ?person ?cell ORDER BY ?position""");
    private static final Query TYPED_SUBJECTS_IN_GRAPH = Sparql.parse(
            "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?type } FILTER isIRI(?s) }");
    private static final Query LITERALS_CONTAINING = Sparql.parse(
            // The import report quotes what it skipped: that is the report, not data.
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (isLiteral(?o) && CONTAINS(STR(?o), ?needle)"
                    + " && !STRSTARTS(STR(?g), \"https://w3id.org/studygraph/report/\")) }");

    final TdbStore store = TdbStore.inMemory();
    final Importer importer = new Importer(store, new Validator(turtle(Bundle.shapes())));

    List<ImportResult> importText(String name, String text) {
        return importer.importTexts(Map.of(name, text));
    }

    static Node id(String kindAndKey) {
        return NodeFactory.createURI(Vocab.ID + kindAndKey);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    List<Node> objects(Node subject, Node property) {
        return column(OBJECTS, Map.of("s", subject, "p", property), "o");
    }

    List<Node> subjects(Node property, Node object) {
        return column(SUBJECTS, Map.of("p", property, "o", object), "s");
    }

    /** Lexical forms of the literal values. */
    List<String> texts(Node subject, Node property) {
        return objects(subject, property).stream().map(Node::getLiteralLexicalForm).toList();
    }

    List<Integer> sourceLines(Node subject) {
        return texts(subject, Vocab.SOURCE_LINE).stream().map(Integer::valueOf).sorted().toList();
    }

    boolean has(Node subject, Node property, Node object) {
        return store.query(ASK, Map.of("s", subject, "p", property, "o", object), qe -> qe.execAsk());
    }

    /** The members of the work's bibo:authorList, in list order. */
    List<Node> authorList(Node work) {
        return column(AUTHOR_LIST, Map.of("work", work), "person");
    }

    /** Every IRI with an rdf:type in the named graph of the source: the entities it speaks of. */
    List<Node> entitiesOf(String sourceName) {
        return column(TYPED_SUBJECTS_IN_GRAPH, Map.of("g", Vocab.sourceGraph(sourceName)), "s");
    }

    /** Triples whose literal object contains the text, rendered for a readable failure. */
    List<String> literalsContaining(String needle) {
        return Sparql.select(store, LITERALS_CONTAINING, Map.of("needle", text(needle))).stream()
                .map(row -> row.get("s") + " " + row.get("p") + " " + row.get("o")).toList();
    }

    private List<Node> column(Query query, Map<String, Node> bindings, String var) {
        return Sparql.select(store, query, bindings).stream().map((QuerySolution row) -> row.get(var).asNode()).toList();
    }

    /** A resource on the test class path, as UTF-8 text. */
    static String resource(String path) {
        try (InputStream in = ImportHarness.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of {@code text} holding {@code fragment}; fails unless exactly one does. */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                if (found != 0) throw new IllegalArgumentException("'" + fragment + "' is on lines " + found + " and " + (i + 1));
                found = i + 1;
            }
        }
        if (found == 0) throw new IllegalArgumentException("'" + fragment + "' is on no line");
        return found;
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }

    @Override
    public void close() {
        store.close();
    }
}
