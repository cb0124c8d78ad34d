package io.studygraph.search;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the graph's entities and the learners' notes, one document each, kept in
 * step with the store: every commit records the store generation it reflects, and an index that
 * is missing, stale or unreadable on open is rebuilt from the store.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(dir.resolve("index"), store)) {
 *     index.refresh(Set.of(graphName));   // after an import replaced that graph
 * }
 * }</pre>
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String GENERATION = "store-generation";
    private static final String SCHEMA = "schema-version";
    /** Bump when fields or analysis change: an index written by another version is rebuilt. */
    static final String SCHEMA_VERSION = "9";
    /** A refresh touching more documents than this (or a quarter of the index) rebuilds instead. */
    private static final int REBUILD_AT = 2000;
    private static final Query INCOMING = Sparql.parse("SELECT DISTINCT ?n WHERE { ?n ?p ?e FILTER(isIRI(?n)) }");

    private final Store store;
    private final DocumentSource source;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The store generation the last commit reflects; -1 before the first. */
    private volatile long indexed = -1;

    private SearchIndex(Store store, Directory directory, IndexWriter writer) throws IOException {
        this.store = store;
        this.source = new DocumentSource(store);
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        String recorded = writer.getLiveCommitData() == null ? null : java.util.stream.StreamSupport.stream(writer.getLiveCommitData().spliterator(), false)
                .filter(e -> e.getKey().equals(GENERATION)).map(Map.Entry::getValue).findFirst().orElse(null);
        if (recorded != null) indexed = Long.parseLong(recorded);
    }

    /** The store generation the index reflects. */
    public long generation() {
        return indexed;
    }

    /**
     * Brings the index up to the store's generation when another writer (a second StudyGraph on
     * the same remote store) moved it: the graphs the store says were written since are indexed
     * again, or, when it cannot say, everything is. Returns whether anything was to do.
     */
    public synchronized boolean catchUp(Progress progress) {
        long now = store.generation();
        if (now == indexed) return false;
        java.util.Optional<Set<String>> changed = store.changedSince(indexed);
        if (changed.isPresent()) refresh(changed.get(), Map.of(), List.of(), progress);
        else rebuild(progress, Map.of());
        return true;
    }

    /**
     * A rebuild of a large store writes every document at once: a larger buffer than Lucene's
     * 16 MB flushes fewer, larger segments, so there is less to merge afterwards.
     */
    private static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(Analyzers.forIndex()).setRAMBufferSizeMB(64);
    }

    /** An index in memory, built from the store now: for tests and throwaway instances. */
    public static SearchIndex inMemory(Store store) {
        try {
            Directory directory = new ByteBuffersDirectory();
            SearchIndex index = new SearchIndex(store, directory, new IndexWriter(directory, writerConfig()));
            index.rebuild();
            return index;
        } catch (IOException e) {
            throw new SearchException("Cannot create an in-memory index: " + e.getMessage(), e);
        }
    }

    /** Opens the index in {@code dir} (an empty {@code dir} is fine), rebuilding it if it is not current. */
    public static SearchIndex open(Path dir, Store store) {
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            String reason = staleness(directory, store.generation());
            if (reason != null) {
                // A corrupt or foreign index is discarded whole rather than repaired.
                directory.close();
                deleteContents(dir);
                directory = FSDirectory.open(dir);
            }
            IndexWriter writer = new IndexWriter(directory, writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            SearchIndex index = new SearchIndex(store, directory, writer);
            if (reason != null) {
                LOG.info("Search index {}: rebuilding it from the store", reason);
                index.rebuild();
            }
            return index;
        } catch (IOException e) {
            throw new SearchException("Cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Why the index on disk cannot be used as it is, or null when it is current. */
    private static String staleness(Directory directory, long generation) {
        try {
            if (!DirectoryReader.indexExists(directory)) return "is missing";
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!SCHEMA_VERSION.equals(data.get(SCHEMA))) {
                    return "was written with another index layout (" + data.get(SCHEMA) + ", now " + SCHEMA_VERSION + ")";
                }
                String recorded = data.get(GENERATION);
                if (!Long.toString(generation).equals(recorded)) {
                    return "is stale (it reflects store generation " + recorded + ", the store is at " + generation + ")";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "is unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
    }

    /** Replaces the whole index by documents for every entity in the store. */
    public synchronized int rebuild() {
        return rebuild((done, total) -> {});
    }

    /** {@link #rebuild()}, telling {@code indexed} how many of how many documents are written. */
    public synchronized int rebuild(Progress indexed) {
        return rebuild(indexed, Map.of());
    }

    /**
     * Rebuilds from the store, or, when {@code stored} holds most of it (the graphs an import just
     * wrote, as it parsed them), from those graphs in memory and the store's few others: the same
     * documents, without querying the union for every fact.
     */
    private int rebuild(Progress indexed, Map<String, Graph> stored) {
        long start = System.nanoTime();
        try {
            long generation = store.generation();
            // What the index held: the best guess of what it will hold, for the progress.
            long before = size();
            writer.deleteAll();
            long n;
            boolean inMemory = mostlyIn(stored);
            try (DocumentSink sink = new DocumentSink(writer, indexed, () -> before)) {
                if (inMemory) documentsWith(stored).each(sink);
                else source.all(sink);
                n = sink.finish();
            }
            commit(generation);
            LOG.info("Indexed {} entities in {} ms{}", n, (System.nanoTime() - start) / 1_000_000, inMemory ? " (from the imported graphs)" : "");
            return (int) n;
        } catch (IOException e) {
            throw new SearchException("Cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    /** The graphs in memory hold at least as many triples as the rest of the store, which is then read whole. */
    private boolean mostlyIn(Map<String, Graph> stored) {
        if (stored.isEmpty()) return false;
        long inMemory = stored.values().stream().mapToLong(Graph::size).sum();
        return store.size() - inMemory <= inMemory;
    }

    private GraphDocuments documentsWith(Map<String, Graph> stored) {
        GraphDocuments docs = new GraphDocuments();
        for (String name : store.graphNames()) {
            Graph graph = stored.get(name);
            docs.add(name, graph != null ? graph : store.graph(name).getGraph());
        }
        return docs;
    }

    /**
     * Re-indexes what the named graphs speak of (as the index had it, and as the store has it now),
     * plus the entities that link to those, since their documents carry the linked names (a note
     * carries the name of what it is on).
     */
    public synchronized void refresh(Collection<String> graphNames) {
        refresh(graphNames, (done, total) -> {});
    }

    /** How far an index write has got: {@code done} of {@code total} documents. */
    @FunctionalInterface
    public interface Progress {
        void at(long done, long total);
    }

    /**
     * {@link #refresh(Collection)}, telling {@code indexed} how far it is. A refresh that would
     * re-index a large part of the index rebuilds it instead: one pass over the store in bulk is
     * cheaper than looking each document up, and cheaper than updating it in place.
     */
    public synchronized void refresh(Collection<String> graphNames, Progress indexed) {
        refresh(graphNames, Map.of(), List.of(), indexed);
    }

    /**
     * {@link #refresh(Collection, Progress)} after a write of exactly these graphs (name → what
     * the graph now holds), which a rebuild reads in memory rather than from the store; and
     * re-indexing {@code entities} as well, whose documents changed for another reason than a
     * graph replaced, such as a new importance score.
     */
    public synchronized void refresh(Map<String, Graph> stored, Collection<String> entities, Progress indexed) {
        refresh(stored.keySet(), stored, entities, indexed);
    }

    private void refresh(Collection<String> written, Map<String, Graph> stored, Collection<String> entities, Progress indexed) {
        try {
            long generation = store.generation();
            // What another writer of the store wrote since the last commit is indexed with this
            // write's graphs: recording the new generation without it would hide it for good.
            Set<String> graphNames = new LinkedHashSet<>(written);
            if (generation != this.indexed) store.changedSince(this.indexed).ifPresent(graphNames::addAll);
            Set<String> affected = new LinkedHashSet<>(entities);
            for (String g : graphNames) {
                affected.addAll(indexedFrom(g));
                affected.addAll(stored.containsKey(g) ? subjectsOf(stored.get(g)) : source.entitiesOf(g));
            }
            int large = Math.max(REBUILD_AT, size() / 4);
            if (affected.size() > large) {
                rebuild(indexed, stored);
                return;
            }
            Set<String> withNeighbours = new LinkedHashSet<>(affected);
            if (!affected.isEmpty()) {
                Query incoming = Sparql.restrict(INCOMING, "e", affected.stream().map(NodeFactory::createURI).toList());
                for (QuerySolution row : Sparql.select(store, incoming, Map.of())) withNeighbours.add(row.getResource("n").getURI());
            }
            if (withNeighbours.size() > large) {
                rebuild(indexed, stored);
                return;
            }
            reindex(withNeighbours, generation);
            indexed.at(withNeighbours.size(), withNeighbours.size());
        } catch (IOException e) {
            throw new SearchException("Cannot update the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Re-indexes exactly these documents as the store has them now, deleting those it no longer
     * has: after a write that changed only them, such as a saved or deleted note.
     *
     * <pre>{@code
     * index.refreshEntities(List.of(noteIri));
     * }</pre>
     */
    public synchronized void refreshEntities(Collection<String> iris) {
        try {
            reindex(new LinkedHashSet<>(iris), store.generation());
        } catch (IOException e) {
            throw new SearchException("Cannot update the search index for " + iris.size() + " entities: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the documents of {@code iris} and commits with {@code generation}, read before the
     * documents were: a write racing with this one leaves an index that says it is behind.
     */
    private void reindex(Set<String> iris, long generation) throws IOException {
        Set<String> present = new LinkedHashSet<>();
        for (EntityDocument doc : source.of(iris)) {
            writer.updateDocument(new Term(Fields.IRI, doc.iri()), Documents.toLucene(doc));
            present.add(doc.iri());
        }
        for (String iri : iris) if (!present.contains(iri)) writer.deleteDocuments(new Term(Fields.IRI, iri));
        commit(generation);
    }

    private static Set<String> subjectsOf(Graph graph) {
        Set<String> out = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) out.add(t.getSubject().getURI());
        });
        return out;
    }

    private Set<String> indexedFrom(String graphName) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> iris = new LinkedHashSet<>();
            var top = searcher.search(new TermQuery(new Term(Fields.SOURCE, graphName)), Integer.MAX_VALUE / 2);
            var stored = searcher.storedFields();
            for (var sd : top.scoreDocs) iris.add(stored.document(sd.doc).get(Fields.IRI));
            return iris;
        } finally {
            searchers.release(searcher);
        }
    }

    private void commit(long generation) throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation), SCHEMA, SCHEMA_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        indexed = generation;
    }

    /** IRIs of the entities with a name or other name whose {@link io.studygraph.graph.Slugs#of} is {@code nameKey}, at most {@code max}. */
    public List<String> named(String nameKey, int max) {
        return withTerm(new Term(Fields.NAME_KEY, nameKey), max);
    }

    /** IRIs of the entities with this identifier (arXiv id, DOI, YouTube id, owner/name…), in any case, at most {@code max}. */
    public List<String> identified(String identifier, int max) {
        return withTerm(new Term(Fields.ID, identifier.strip().toLowerCase(java.util.Locale.ROOT)), max);
    }

    private List<String> withTerm(Term term, int max) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<String> iris = new java.util.ArrayList<>();
                var stored = searcher.storedFields();
                for (var sd : searcher.search(new TermQuery(term), max).scoreDocs) {
                    iris.add(stored.document(sd.doc, java.util.Set.of(Fields.IRI)).get(Fields.IRI));
                }
                return iris;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchException("Cannot look up " + term.field() + " in the search index: " + e.getMessage(), e);
        }
    }

    /** Documents in the index. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new SearchException("Cannot close the search index: " + e.getMessage(), e);
        }
    }
}
