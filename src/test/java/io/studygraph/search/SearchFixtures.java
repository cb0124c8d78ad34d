package io.studygraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the search tests share: entity IRIs, the second-topic list, the store's own answer (by
 * SPARQL) to "what should be searchable", and the index's answer to compare it with.
 */
final class SearchFixtures {
    static final String ID = "https://w3id.org/studygraph/id/";

    /** The classes of the searchable kinds, spelled out here rather than taken from the code under test. */
    static final String SEARCHABLE_CLASSES = """
            schema:ScholarlyArticle schema:Chapter schema:Book sg:Tutorial schema:BlogPosting schema:VideoObject
            schema:SoftwareSourceCode schema:QAPage skos:Concept schema:DefinedTerm schema:Person schema:Organization""";

    // Display label: schema:name, else skos:prefLabel, else rdfs:label.
    private static final Query SEARCHABLE = Sparql.parse("""
            SELECT ?e (SAMPLE(COALESCE(?name, ?pref, ?rdfs)) AS ?label) WHERE {
              VALUES ?class { %s }
              ?e a ?class
              FILTER (isIRI(?e) && !REGEX(STR(?e), "^https://w3id.org/studygraph/id/(list|section)/"))
              OPTIONAL { ?e schema:name ?name }
              OPTIONAL { ?e skos:prefLabel ?pref }
              OPTIONAL { ?e rdfs:label ?rdfs }
            } GROUP BY ?e""".formatted(SEARCHABLE_CLASSES));

    private SearchFixtures() {}

    /** The full IRI of an entity given as "kind/key". */
    static String iri(String kindAndKey) {
        return ID + kindAndKey;
    }

    /** The second-topic reading list (transformers) as a file, for {@link StudyGraph#importFiles}. */
    static Path transformersList() {
        try {
            return Path.of(SearchFixtures.class.getResource("/lists/transformers.md").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String transformersText() {
        try {
            return Files.readString(transformersList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based rank of an IRI among the hits, or 0 when it is not among them. */
    static int rankOf(List<String> iris, String iri) {
        return iris.indexOf(iri) + 1;
    }

    static List<String> iris(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::iri).toList();
    }

    static SearchResult search(StudyGraph sg, String q, int limit) {
        return sg.search().search(new SearchRequest(q, null, null, null, limit, 0));
    }

    /** Every entity the store has with a searchable kind, IRI → display label, by SPARQL. */
    static Map<String, String> storedEntities(Store store) {
        Map<String, String> entities = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store, SEARCHABLE, Map.of())) {
            entities.put(row.getResource("e").getURI(), row.contains("label") ? row.getLiteral("label").getLexicalForm() : null);
        }
        return entities;
    }

    /** Every document in the index, IRI → label, read page by page through {@code q=*}; fails on a duplicate. */
    static Map<String, String> indexedEntities(SearchService search) {
        Map<String, String> entities = new LinkedHashMap<>();
        for (int offset = 0; ; offset += SearchService.MAX_LIMIT) {
            SearchResult page = search.search(new SearchRequest("*", null, null, null, SearchService.MAX_LIMIT, offset));
            for (SearchResult.Hit hit : page.hits()) {
                assertThat(entities.put(hit.iri(), hit.label())).as("a second document for %s", hit.iri()).isNull();
            }
            if (offset + SearchService.MAX_LIMIT >= page.total()) return entities;
        }
    }

    /**
     * The index and the store agree: one document per searchable entity, none more, each with the
     * entity's current label; {@code top("*")} and the index's own count say the same.
     */
    static void assertIndexMatchesStore(StudyGraph sg) {
        Map<String, String> stored = storedEntities(sg.store());
        Map<String, String> indexed = indexedEntities(sg.search());
        assertThat(indexed).as("documents in the index (IRI → label) against the store's searchable entities")
                .containsExactlyInAnyOrderEntriesOf(stored);
        List<String> top = sg.search().top("*", 10_000).stream().map(SearchResult.Scored::iri).toList();
        assertThat(top).as("top(*) lists each entity once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.keySet());
        assertThat(sg.index().size()).isEqualTo(stored.size());
    }

    /**
     * TDB2 keeps databases open per JVM after close; dropping it makes the next open read the
     * files on disk, as a new process would.
     */
    static void forgetOpenDatabase(Path dataDir) {
        Path tdb = dataDir.resolve("tdb");
        assertThat(tdb).isDirectory();
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(tdb.toString()));
    }

    record Logged<T>(T value, String log) {}

    /** Runs the action with standard error (where slf4j-simple logs) copied aside, and still shown. */
    static <T> Logged<T> withLog(Supplier<T> action) {
        PrintStream original = System.err;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(original, copy), true, StandardCharsets.UTF_8));
        try {
            T value = action.get();
            System.err.flush();
            return new Logged<>(value, copy.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
