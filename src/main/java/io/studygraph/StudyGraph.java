package io.studygraph;

import io.studygraph.graph.Connections;
import io.studygraph.graph.EntityService;
import io.studygraph.graph.Neighbourhood;
import io.studygraph.graph.Overview;
import io.studygraph.graph.PathFinder;
import io.studygraph.graph.Store;
import io.studygraph.graph.StoreLockedException;
import io.studygraph.graph.TdbStore;
import io.studygraph.ingest.Bundle;
import io.studygraph.ingest.ImportResult;
import io.studygraph.ingest.ImportProgress;
import io.studygraph.ingest.Importer;
import io.studygraph.ingest.Validation;
import io.studygraph.ingest.Validator;
import io.studygraph.sparql.SparqlService;
import io.studygraph.study.Learner;
import io.studygraph.study.Progress;
import io.studygraph.study.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.studygraph.search.SearchIndex;
import io.studygraph.search.SearchPropertyFunction;
import io.studygraph.search.SearchService;
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
 *     sg.importFiles(List.of(Path.of("list.md")));
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
    private final Connections connections;
    private final Neighbourhood neighbourhood;
    private final PathFinder paths;
    private final SearchIndex index;
    private final io.studygraph.graph.Importance importance;
    private final io.studygraph.graph.Precedence precedence;
    private final SearchService search;
    private final Progress progress;
    private final io.studygraph.study.GlossaryLinker glossary;
    private final io.studygraph.study.Notes notes;
    private final io.studygraph.graph.Sources sources;
    private final io.studygraph.export.Exporter exporter;
    /**
     * Writes and the index refresh that follows each run one at a time: two imports interleaved
     * could let the later one record the store's newer generation in the index before the earlier
     * one's refresh, and a crash then would leave an index that believes it is current.
     */
    private final Object writes = new Object();

    /**
     * Fills an empty store with the bundle when {@code seed} is set, then opens the index: after
     * the bundle, so a first start indexes once; a stale index is rebuilt by {@code openIndex}.
     */
    private StudyGraph(Store store, boolean seed, SparqlService.Limits limits, Function<Store, SearchIndex> openIndex) {
        this.store = store;
        // Reconciliation asks the index for the entities a name or identifier may be. The bundle is
        // imported into an empty store before the index opens: nothing there to find yet.
        this.importer = new Importer(store, new Validator(parseTurtle(Bundle.shapes())), new io.studygraph.ingest.Candidates() {
            @Override
            public java.util.Collection<String> named(String nameKey) {
                return index == null ? List.of() : index.named(nameKey, MAX);
            }

            @Override
            public java.util.Collection<String> identified(String identifier) {
                return index == null ? List.of() : index.identified(identifier, MAX);
            }
        });
        this.entities = new EntityService(store);
        this.overview = new Overview(store);
        this.sparql = new SparqlService(store, limits);
        this.connections = new Connections(store, entities.labels());
        this.importance = new io.studygraph.graph.Importance(store);
        this.precedence = new io.studygraph.graph.Precedence(store);
        this.neighbourhood = new Neighbourhood(store, entities, importance);
        this.paths = new PathFinder(store, entities, PathFinder.Limits.DEFAULT);
        this.progress = new Progress(store);
        this.glossary = new io.studygraph.study.GlossaryLinker(store);
        this.notes = new io.studygraph.study.Notes(store, entities);
        this.sources = new io.studygraph.graph.Sources(store, Bundle.sourceNames());
        this.exporter = new io.studygraph.export.Exporter(store, entities, importance);
        if (seed && store.isEmpty()) loadBundle();
        // A store from before importance was computed gets it once; the index then sees a new generation and rebuilds.
        else if (!store.isEmpty() && !store.graphNames().contains(io.studygraph.graph.Vocab.IMPORTANCE_GRAPH)) importance.recompute();
        this.index = openIndex.apply(store);
        this.search = new SearchService(index);
        if (!store.addPropertyFunction(SearchPropertyFunction.IRI, SearchPropertyFunction.factory(search))) {
            sparql.unavailable(SearchPropertyFunction.IRI, "this StudyGraph keeps its graph on a remote SPARQL server, which cannot run "
                    + "StudyGraph's search; use GET /api/search, or a FILTER(CONTAINS(LCASE(?name), \"word\")) in the query");
        }
    }

    /** Opens the store in {@code dataDir}; an empty store is first filled with the bundled list. */
    public static StudyGraph open(Path dataDir) {
        return open(dataDir, SparqlService.Limits.DEFAULT);
    }

    /** {@link #open(Path)} with limits for SPARQL queries. */
    public static StudyGraph open(Path dataDir, SparqlService.Limits limits) {
        return open(dataDir, limits, TdbStore.BULK_MINIMUM);
    }

    /**
     * {@link #open(Path, SparqlService.Limits)}; an import of at least {@code bulkMinimum} triples
     * that outweighs the store is bulk loaded ({@link TdbStore#open(Path, long)}).
     */
    static StudyGraph open(Path dataDir, SparqlService.Limits limits, long bulkMinimum) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        Path tdb = dataDir.resolve("tdb");
        if (!Files.exists(tdb)) createSeeded(dataDir, tdb, limits);
        Store store;
        try {
            store = TdbStore.open(tdb, bulkMinimum);
        } catch (StoreLockedException e) {
            throw new StoreLockedException("Another StudyGraph is using the data directory " + dataDir.toAbsolutePath()
                    + " (its database is locked); stop that one, or use another data directory", e);
        }
        return new StudyGraph(store, true, limits, s -> SearchIndex.open(dataDir.resolve("index"), s));
    }

    /**
     * StudyGraph over any store (a remote SPARQL server's), with its search index in {@code indexDir}.
     * An empty store is first given the bundled list, built in memory and written as its graphs in
     * one call, so a store that others share is never seen half-seeded.
     */
    public static StudyGraph open(Store store, Path indexDir, SparqlService.Limits limits) {
        if (store.isEmpty()) {
            try (StudyGraph seeded = inMemory(true)) {
                Map<String, org.apache.jena.rdf.model.Model> graphs = new java.util.LinkedHashMap<>();
                for (String name : seeded.store().graphNames()) graphs.put(name, seeded.store().graph(name));
                store.replaceGraphs(graphs);
            }
        }
        return new StudyGraph(store, false, limits, s -> SearchIndex.open(indexDir, s));
    }

    /**
     * Brings the search index up to what other writers of a shared store wrote since it last
     * looked; true when there was something. Serialised with this instance's own writes.
     */
    public boolean follow() {
        synchronized (writes) {
            return index.catchUp((done, total) -> {});
        }
    }

    /**
     * A first start builds the database beside its place and moves it there when the bundle is in:
     * TDB2 writes a new database's first blocks outside its journal, so a first start killed while
     * creating it left files no later start could open ("No known block type for 0", the crash test).
     * A half-built {@code tdb.new} is thrown away and built again. The index is built once, on disk,
     * beside it: it records the store's generation, which the move keeps, so the start that follows
     * finds it current instead of indexing the bundle a second time.
     */
    private static void createSeeded(Path dataDir, Path tdb, SparqlService.Limits limits) {
        Path staging = dataDir.resolve("tdb.new");
        try {
            deleteTree(staging);
            deleteTree(dataDir.resolve("index"));
            Path index = dataDir.resolve("index");
            try (StudyGraph seeded = new StudyGraph(TdbStore.open(staging), true, limits, s -> SearchIndex.open(index, s))) {
                LOG.debug("Built the first database in {}", staging);
            }
            Files.move(staging, tdb, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database in " + tdb, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** A throwaway instance in memory, filled with the bundled list when {@code seed} is set. */
    public static StudyGraph inMemory(boolean seed) {
        return new StudyGraph(TdbStore.inMemory(), seed, SparqlService.Limits.DEFAULT, SearchIndex::inMemory);
    }

    private void loadBundle() {
        long start = System.nanoTime();
        // One transaction for the ontology and the data. As two, a first start killed between
        // them left a store with only the ontology: no longer empty, so no later start filled it,
        // and the bundle was gone for good (the crash test's killed first starts).
        List<ImportResult> results = store.write(() -> {
            importer.loadOntology(Bundle.ontology());
            entities.labels().reload();
            List<ImportResult> imported = importer.importTexts(Bundle.data());
            imported.forEach(r -> sources.record(r.source(), r.format(), io.studygraph.graph.Sources.BUNDLED));
            precedence.settle();
            glossary.relink();
            importance.recompute();
            return imported;
        });
        results.forEach(r -> r.warnings().forEach(w -> LOG.warn("{}: {}", r.source(), w)));
        LOG.info("Loaded the bundled ontology and {} data files: {} triples in {} ms", results.size(), store.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Graph parseTurtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    /**
     * Imports files into the store and brings the index in step, as one operation: a file that
     * fails to parse (or, when {@code validation} is strict, to satisfy the shapes) changes
     * neither. Leniently, what the shapes reject is repaired or left out, and said in the results.
     */
    public List<ImportResult> importFiles(List<Path> files, Validation validation) {
        return importFiles(files, validation, ImportProgress.NONE);
    }

    /** {@link #importFiles(List, Validation)}, telling {@code progress} what it is doing. */
    public List<ImportResult> importFiles(List<Path> files, Validation validation, ImportProgress progress) {
        return importFiles(files, validation, progress, null);
    }

    /**
     * {@link #importFiles(List, Validation, ImportProgress)}, each file ranked {@code rank} (null: by
     * its file type) where sources disagree on a work's author list or date.
     */
    public List<ImportResult> importFiles(List<Path> files, Validation validation, ImportProgress progress,
            io.studygraph.graph.Precedence.Rank rank) {
        synchronized (writes) {
            List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
            io.studygraph.study.GlossaryLinker.Touched before = glossary.touched(graphsOf(names));
            // Each report says how its source was read and from which file, written with the source.
            return indexed(ranked(importer.importFileBatch(files, validation, progress), rank), before, progress);
        }
    }

    /** Says in each imported source's report the rank its import gave it. */
    private Importer.Batch ranked(Importer.Batch batch, io.studygraph.graph.Precedence.Rank rank) {
        if (rank == null) return batch;
        for (ImportResult r : batch.results()) {
            store.update(io.studygraph.graph.Vocab.reportGraph(r.source()).getURI(), List.of(), List.of(org.apache.jena.graph.Triple.create(
                    io.studygraph.graph.Vocab.sourceGraph(r.source()), io.studygraph.graph.Vocab.PRECEDENCE,
                    org.apache.jena.graph.NodeFactory.createLiteralString(rank.slug()))));
        }
        return batch;
    }

    public List<ImportResult> importFiles(List<Path> files) {
        return importFiles(files, Validation.LENIENT);
    }

    /**
     * {@link #importFiles(List, Validation)} for contents given as file name → text, such as a file
     * sent over HTTP: the sources list says they came as an {@link io.studygraph.graph.Sources#UPLOAD}.
     */
    public List<ImportResult> importTexts(Map<String, String> texts, Validation validation) {
        return importTexts(texts, validation, null);
    }

    /** {@link #importTexts(Map, Validation)}, each source ranked {@code rank} (null: by its file type). */
    public List<ImportResult> importTexts(Map<String, String> texts, Validation validation, io.studygraph.graph.Precedence.Rank rank) {
        synchronized (writes) {
            io.studygraph.study.GlossaryLinker.Touched before = glossary.touched(graphsOf(texts.keySet()));
            return indexed(ranked(importer.importBatch(texts, validation, ImportProgress.NONE), rank), before, ImportProgress.NONE);
        }
    }

    public List<ImportResult> importTexts(Map<String, String> sources) {
        return importTexts(sources, Validation.LENIENT);
    }

    /** The graphs an import of these sources replaces that hold texts: each source's own and what the alignment derived from it. */
    private static List<String> graphsOf(java.util.Collection<String> sourceNames) {
        return sourceNames.stream().flatMap(n -> java.util.stream.Stream.of(io.studygraph.graph.Vocab.sourceGraph(n).getURI(),
                io.studygraph.graph.Vocab.derivedGraph(n).getURI())).toList();
    }

    /**
     * What importing the files would do, against this store (so "merged" means merged with what
     * is stored), without storing anything.
     */
    public List<ImportResult> validate(List<Path> files, Validation validation) {
        return importer.checkFiles(files, validation);
    }

    /**
     * After an import: the glossary's mentions are found again (a new list brings new titles, or a
     * new glossary), then the index follows the graphs the import wrote, reading them as the import
     * had them in memory (no search document reads the derived mentions, so they cost the index
     * nothing but the sources they add).
     */
    private List<ImportResult> indexed(Importer.Batch batch, io.studygraph.study.GlossaryLinker.Touched before, ImportProgress progress) {
        List<ImportResult> results = batch.results();
        if (!results.isEmpty()) {
            progress.stage("finding glossary terms");
            glossary.relink(before.with(glossary.touched(graphsOf(results.stream().map(ImportResult::source).toList()))));
        }
        Map<String, Graph> written = new java.util.LinkedHashMap<>();
        batch.graphs().forEach((name, model) -> written.put(name, model.getGraph()));
        java.util.Set<String> moved = new java.util.HashSet<>();
        if (!results.isEmpty()) {
            // Where sources now disagree on an author list, a date or a name, one value is the entity's.
            progress.stage("reconciling");
            moved.addAll(precedence.settle(io.studygraph.graph.Precedence.claimedIn(written.values()), written));
            moved.addAll(rankedAgain(progress));
        }
        index.refresh(written, moved, (done, total) -> progress.at("indexing", done, "entities", (double) done / Math.max(1, total)));
        return results;
    }

    /** Computes every entity's importance again after an import; returns those whose score moved. */
    private java.util.Set<String> rankedAgain(ImportProgress progress) {
        progress.stage("ranking");
        return importance.recompute();
    }

    /**
     * Sets where a learner is with an item (a concept takes the concept words: "done" is read as
     * "known"), and returns the status stored. Serialised with imports; the index records the new
     * store generation, so a restart does not take the mark for a change it must re-index.
     */
    public Status setProgress(Learner learner, String item, Status status) {
        synchronized (writes) {
            Status stored = progress.set(learner, item, status);
            index.refresh(List.of());
            return stored;
        }
    }

    /**
     * Writes a note (a new one when {@code id} is null; {@code text} null deletes it), serialised
     * with imports. The index re-indexes that note at once, so search finds it as saved (or no
     * longer), and records the new generation so a restart does not re-index for it.
     */
    public java.util.Optional<io.studygraph.study.Note> writeNote(Learner learner, String id, String on, String relation, String object, String text) {
        synchronized (writes) {
            java.util.Optional<io.studygraph.study.Note> written;
            if (id == null) written = java.util.Optional.of(notes.create(learner, on, relation, object, text));
            else if (text == null) {
                notes.delete(learner, id);
                written = java.util.Optional.empty();
            } else written = java.util.Optional.of(notes.update(learner, id, text));
            String noteIri = io.studygraph.study.Notes.iri(learner, written.map(io.studygraph.study.Note::id).orElse(id));
            // The note's own mentions of the glossary, found again for it alone.
            glossary.relink(noteIri);
            index.refreshEntities(List.of(noteIri));
            return written;
        }
    }

    /** Moves an item to a 1-based place of the learner's reading plan; {@code position} null takes the move back. */
    public void movePlanItem(Learner learner, String item, Integer position) {
        synchronized (writes) {
            if (position == null) progress.unmove(learner, item);
            else progress.move(learner, item, position);
            index.refresh(List.of());
        }
    }

    /** The learner's study data (progress, plan moves, notes) as one graph, e.g. to export as Turtle. */
    public org.apache.jena.rdf.model.Model studyData(Learner learner) {
        return store.graph(learner.graph().getURI());
    }

    /** The imported sources, each with its kind, size, import time and origin, by name. */
    public List<io.studygraph.graph.SourceInfo> sources() {
        return sources.list();
    }

    /**
     * Removes one source (its graph, what the alignment derived from it, its import report) and
     * brings what derives from all sources in step, as an import does: the glossary's mentions in
     * what it touched and every entity's importance, in the same transaction as the removal, then
     * the index. An entity only this source stated leaves the index; one that other sources also
     * state stays, with their facts. Study data (notes, progress, plan moves) is never touched.
     *
     * @return the source as it was before the removal
     * @throws io.studygraph.graph.UnknownSourceException when no source has that name; nothing changes
     */
    public io.studygraph.graph.SourceInfo remove(String name) {
        synchronized (writes) {
            io.studygraph.graph.SourceInfo removed = sources.find(name)
                    .orElseThrow(() -> new io.studygraph.graph.UnknownSourceException(name, sources.names()));
            java.util.Set<String> graphs = io.studygraph.graph.Sources.graphsOf(name);
            io.studygraph.study.GlossaryLinker.Touched before = glossary.touched(graphsOf(List.of(name)));
            java.util.Set<String> moved = store.write(() -> {
                store.removeGraphs(graphs);
                // A variant the removed source kept from being the value may be the value now.
                java.util.Set<String> changed = new java.util.HashSet<>(precedence.settle());
                glossary.relink(before);
                changed.addAll(importance.recompute());
                return changed;
            });
            // The graphs are now empty: the index drops or re-reads every entity it had from them.
            Map<String, Graph> emptied = new java.util.LinkedHashMap<>();
            graphs.forEach(g -> emptied.put(g, GraphFactory.createDefaultGraph()));
            index.refresh(emptied, moved, (done, total) -> {});
            LOG.info("Removed the source {}: {} triples, {} entities", name, removed.triples(), removed.entities());
            return removed;
        }
    }

    /**
     * An export in the named format of every source ({@code source} null), of one source by the name
     * its provenance shows, or of the learner's study data ({@code source} "study"); checked now,
     * written by {@link io.studygraph.export.Export#writeTo}. See docs/exporting.md.
     *
     * @throws io.studygraph.export.ExportException naming the parameter for an unknown format or source
     */
    public io.studygraph.export.Export export(String format, String source, Learner learner) {
        return exporter.prepare(format, source, learner.graph());
    }

    /** The source names shipped with StudyGraph; importing under one replaces bundled data. */
    public java.util.Set<String> bundledSources() {
        return Bundle.sourceNames();
    }

    public Store store() { return store; }
    public Importer importer() { return importer; }

    /** How central each entity is, recomputed after every import. */
    public io.studygraph.graph.Importance importance() { return importance; }
    public EntityService entities() { return entities; }
    public io.studygraph.study.GlossaryLinker glossary() { return glossary; }
    /** Reading plans over what is stored; cheap to make, it holds no state of its own. */
    public io.studygraph.study.ReadingPlans plans() { return new io.studygraph.study.ReadingPlans(store, entities, importance); }

    /**
     * The learner's reading plan over the whole list, or over what {@code target} needs, with their
     * progress and moves: one snapshot, so the plan never mixes a mark with the state before it.
     */
    public io.studygraph.study.ReadingPlan plan(Learner learner, java.util.Optional<String> target) {
        return store.read(() -> plans().plan(target, progress.moves(learner), progress.statuses(learner)));
    }
    /** What the list lacks (see {@link io.studygraph.study.Gaps}), each section cut at {@code limit} entries. */
    public io.studygraph.study.Gaps.GapReport gaps(int limit) {
        return new io.studygraph.study.Gaps(store, entities).report(limit);
    }

    /** Flashcards for the concepts of the learner's plan (the whole list, or what {@code target} needs). */
    public io.studygraph.study.Flashcards.Deck cards(Learner learner, java.util.Optional<String> target) {
        return store.read(() -> new io.studygraph.study.Flashcards(store, entities).deck(plan(learner, target)));
    }

    public Overview overview() { return overview; }
    public SparqlService sparql() { return sparql; }
    public SearchIndex index() { return index; }
    public Neighbourhood neighbourhood() { return neighbourhood; }
    public Connections connections() { return connections; }
    public PathFinder paths() { return paths; }
    public SearchService search() { return search; }
    public Progress progress() { return progress; }
    public io.studygraph.study.Notes notes() { return notes; }

    @Override
    public void close() {
        index.close();
        store.close();
    }
}
