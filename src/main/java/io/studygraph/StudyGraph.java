package io.studygraph;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.Overview;
import io.studygraph.graph.Store;
import io.studygraph.graph.TdbStore;
import io.studygraph.ingest.Bundle;
import io.studygraph.ingest.ImportResult;
import io.studygraph.ingest.Importer;
import io.studygraph.ingest.Validator;
import io.studygraph.sparql.SparqlService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One StudyGraph instance: the store in a data directory and the services over it. The CLI and
 * the web server both start here.
 *
 * <pre>{@code
 * try (StudyGraph sg = StudyGraph.open(Path.of("studygraph-data"))) {
 *     sg.importer().importFiles(List.of(Path.of("list.md")));
 * }
 * }</pre>
 */
public final class StudyGraph implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudyGraph.class);

    private final Store store;
    private final Importer importer;
    private final EntityService entities;
    private final Overview overview;
    private final SparqlService sparql;

    private StudyGraph(Store store) {
        this.store = store;
        this.importer = new Importer(store, new Validator(parseTurtle(Bundle.shapes())));
        this.entities = new EntityService(store);
        this.overview = new Overview(store);
        this.sparql = new SparqlService(store);
    }

    /** Opens the store in {@code dataDir}; an empty store is first filled with the bundled list. */
    public static StudyGraph open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        StudyGraph sg = new StudyGraph(TdbStore.open(dataDir.resolve("tdb")));
        if (sg.store.isEmpty()) sg.loadBundle();
        return sg;
    }

    /** A throwaway instance in memory, filled with the bundled list when {@code seed} is set. */
    public static StudyGraph inMemory(boolean seed) {
        StudyGraph sg = new StudyGraph(TdbStore.inMemory());
        if (seed) sg.loadBundle();
        return sg;
    }

    private void loadBundle() {
        long start = System.nanoTime();
        importer.loadOntology(Bundle.ontology());
        entities.labels().reload();
        List<ImportResult> results = importer.importTexts(Bundle.data());
        results.forEach(r -> r.warnings().forEach(w -> LOG.warn("{}: {}", r.source(), w)));
        LOG.info("Loaded the bundled ontology and {} data files: {} triples in {} ms", results.size(), store.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Graph parseTurtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    public Store store() { return store; }
    public Importer importer() { return importer; }
    public EntityService entities() { return entities; }
    public Overview overview() { return overview; }
    public SparqlService sparql() { return sparql; }

    @Override
    public void close() {
        store.close();
    }
}
