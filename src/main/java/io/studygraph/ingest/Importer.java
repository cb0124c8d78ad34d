package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Imports sources into the store: each file becomes (or replaces) its own named graph, after it
 * parsed and was brought in line with the SHACL shapes. By default an entity the shapes reject is
 * repaired or left out with a warning ({@link Validation#LENIENT}); {@link Validation#STRICT}
 * refuses the file instead. A file that does not parse is refused either way. A batch is one
 * transaction: all files land or none.
 *
 * <pre>{@code
 * Importer importer = new Importer(store, validator);
 * List<ImportResult> results = importer.importFiles(List.of(Path.of("list.md")), Validation.LENIENT);
 * }</pre>
 */
public final class Importer {
    /** What the shapes need to know of an entity this source links to but another source describes. */
    private static final Query CONTEXT = Sparql.parse("""
            SELECT ?e ?p ?o WHERE {
              VALUES ?p { rdf:type schema:name skos:prefLabel rdfs:label schema:url }
              GRAPH ?g { ?e ?p ?o } FILTER (?g != ?exclude)
            }""");
    private static final java.util.Set<String> CONTEXT_PROPERTIES = java.util.Set.of(Vocab.TYPE.getURI(), Vocab.NAME.getURI(),
            Vocab.PREF_LABEL.getURI(), Vocab.RDFS_LABEL.getURI(), Vocab.URL.getURI());
    /** Entities a source describes that other graphs already hold: what "merged" counts for RDF. */
    private static final Query KNOWN = Sparql.parse(
            "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e ?p ?o } FILTER (?g != ?exclude) }");
    static final String NO_ENTRIES = "no entries found: is this a reading list?";

    private final Store store;
    private final Validator validator;
    private final Alignment alignment;
    private final ShapeRepair repair;
    private final PlainLiterals plainLiterals;
    private final Candidates candidates;

    /** An importer that reconciles by reading every name and identifier of the store once per source. */
    public Importer(Store store, Validator validator) {
        this(store, validator, (Candidates) null);
    }

    /** An importer that reconciles with the candidates an index beside the store proposes. */
    public Importer(Store store, Validator validator, Candidates candidates) {
        this(store, validator, Alignment.parse(RdfSource.read("alignment.ttl", Bundle.alignment(), Lang.TURTLE)), candidates);
    }

    Importer(Store store, Validator validator, Alignment alignment, Candidates candidates) {
        this.store = store;
        this.validator = validator;
        this.alignment = alignment;
        this.repair = new ShapeRepair(validator);
        this.plainLiterals = PlainLiterals.of(validator.shapesGraph());
        this.candidates = candidates;
    }

    /** Replaces the ontology graph (labels of classes and relations) by the given Turtle. */
    public void loadOntology(String turtle) {
        Graph graph = RdfSource.read("studygraph.ttl", turtle, Lang.TURTLE);
        store.replaceGraphs(Map.of(Vocab.ONTOLOGY_GRAPH, ModelFactory.createModelForGraph(graph)));
    }

    public List<ImportResult> importFiles(List<Path> files) {
        return importFiles(files, Validation.LENIENT);
    }

    public List<ImportResult> importFiles(List<Path> files, Validation validation) {
        return importFiles(files, validation, ImportProgress.NONE);
    }

    public List<ImportResult> importFiles(List<Path> files, Validation validation, ImportProgress progress) {
        return importFileBatch(files, validation, progress).results();
    }

    /**
     * Imports sources given as file name → content. RDF sources go first, so a reading list can
     * be reconciled with the curated facts it refers to.
     */
    public List<ImportResult> importTexts(Map<String, String> sources) {
        return importTexts(sources, Validation.LENIENT);
    }

    public List<ImportResult> importTexts(Map<String, String> sources, Validation validation) {
        return importTexts(sources, validation, ImportProgress.NONE);
    }

    public List<ImportResult> importTexts(Map<String, String> sources, Validation validation, ImportProgress progress) {
        return importBatch(sources, validation, progress).results();
    }

    /**
     * Where each source's text comes from, asked once, when its turn comes: a file is read then,
     * not all at the start, and nothing here keeps its text once it is parsed and scanned.
     */
    private interface Texts {
        java.util.Collection<String> names();

        String text(String name);

        /** Where the source came from, for its report: the file's address, or "upload" for a text given. */
        default Node origin(String name) {
            return NodeFactory.createLiteralString(Vocab.UPLOAD);
        }

        static Texts of(Map<String, String> sources) {
            return new Texts() {
                public java.util.Collection<String> names() { return sources.keySet(); }
                public String text(String name) { return sources.get(name); }
            };
        }

        static Texts of(List<Path> files) {
            Map<String, Path> byName = named(files);
            return new Texts() {
                public java.util.Collection<String> names() { return byName.keySet(); }
                public String text(String name) { return SourceText.read(byName.get(name)); }
                public Node origin(String name) { return NodeFactory.createURI(byName.get(name).toAbsolutePath().normalize().toUri().toString()); }
            };
        }
    }

    /**
     * What one import stored: the report of each source, and every graph it wrote (name → the
     * graph as written), which the search index can read instead of querying the store for it.
     */
    public record Batch(List<ImportResult> results, Map<String, Model> graphs) {}

    /** {@link #importTexts(Map, Validation, ImportProgress)}, also giving the graphs written. */
    public Batch importBatch(Map<String, String> sources, Validation validation, ImportProgress progress) {
        return importBatch(Texts.of(sources), validation, progress);
    }

    private Batch importBatch(Texts sources, Validation validation, ImportProgress progress) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        List<ImportResult> results = prepare(sources, graphs, validation, progress);
        java.time.Instant now = java.time.Instant.now();
        // The report, with how each source was read and where from, is written with the source itself.
        for (ImportResult r : results) graphs.put(Vocab.reportGraph(r.source()).getURI(), reportModel(r, now, sources.origin(r.source())));
        long total = graphs.values().stream().mapToLong(Model::size).sum();
        store.replaceGraphs(graphs, written -> progress.at("storing", written, "triples", (double) written / Math.max(1, total)));
        return new Batch(results, graphs);
    }

    /** {@link #importFiles(List, Validation, ImportProgress)}, also giving the graphs written. */
    public Batch importFileBatch(List<Path> files, Validation validation, ImportProgress progress) {
        return importBatch(Texts.of(files), validation, progress);
    }

    /**
     * The import report kept in the store beside the source, so the gap report can list the entries
     * an import could not complete long after the import's own output is gone:
     * {@code <report/list.md> a sg:ImportReport ; sg:reportOf <source/list.md> ; sg:skippedEntry "line 12: …"}.
     */
    private static Model reportModel(ImportResult r, java.time.Instant at, Node origin) {
        Graph g = GraphFactory.createDefaultGraph();
        Node report = Vocab.reportGraph(r.source());
        if (r.format() != null) g.add(report, Vocab.REPORT_FORMAT, NodeFactory.createLiteralString(r.format()));
        g.add(report, Vocab.REPORT_ORIGIN, origin);
        g.add(report, Vocab.TYPE, Vocab.IMPORT_REPORT);
        g.add(report, Vocab.REPORT_OF, NodeFactory.createURI(r.graph()));
        g.add(report, Vocab.RDFS_LABEL, NodeFactory.createLiteralString(r.source()));
        g.add(report, Vocab.ENTRY_COUNT, NodeFactory.createLiteralDT(Integer.toString(r.entries()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        g.add(report, Vocab.GENERATED_AT, NodeFactory.createLiteralDT(at.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        r.skipped().forEach(s -> g.add(report, Vocab.SKIPPED_ENTRY, NodeFactory.createLiteralString(s)));
        r.warnings().forEach(w -> g.add(report, Vocab.IMPORT_WARNING, NodeFactory.createLiteralString(w)));
        return ModelFactory.createModelForGraph(g);
    }

    /** Reads and validates the files as an import would, with the same report, storing nothing. */
    public List<ImportResult> checkFiles(List<Path> files, Validation validation) {
        return prepare(Texts.of(files), new LinkedHashMap<>(), validation, ImportProgress.NONE);
    }

    public List<ImportResult> checkFiles(List<Path> files) {
        return checkFiles(files, Validation.LENIENT);
    }

    private List<ImportResult> prepare(Texts sources, Map<String, Model> graphs, Validation validation, ImportProgress progress) {
        List<String> order = new ArrayList<>(sources.names());
        order.sort(java.util.Comparator.comparing((String n) -> ImportFormat.find(n).map(ImportFormat::isReconciled).orElse(false)));
        List<ImportResult> results = new ArrayList<>();
        for (String name : order) {
            ImportReport report = new ImportReport();
            Graph graph = parse(name, () -> sources.text(name), report, graphs, validation, progress);
            // Entities made but no entry counted still means entries were read.
            if (ImportFormat.of(name).isReconciled() && report.entries() == 0 && report.added() + report.merged() == 0) {
                report.warn(0, NO_ENTRIES);
            }
            String graphName = Vocab.sourceGraph(name).getURI();
            graphs.put(graphName, ModelFactory.createModelForGraph(graph));
            long entities = graph.find(Node.ANY, Vocab.WAS_DERIVED_FROM, Node.ANY).toList().size();
            results.add(ImportResult.of(name, format(name), graphName, graph.size(), (int) entities, report));
        }
        return results;
    }

    /** The files by name, each checked to be there before any is parsed, so a typo fails at once. */
    private static Map<String, Path> named(List<Path> files) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (byName.containsKey(name)) throw new ImportException(file.toString(), 0, "two files named " + name + " in one import: each source is stored under its file name");
            if (!Files.isRegularFile(file)) throw new ImportException(file.toString(), 0, Files.exists(file) ? "cannot read: not a file" : "no such file");
            byName.put(name, file);
        }
        return byName;
    }

    private Graph parse(String name, java.util.function.Supplier<String> source, ImportReport report, Map<String, Model> pending,
                        Validation validation, ImportProgress progress) {
        Graph graph;
        ImportFormat format = ImportFormat.of(name);
        if (format.isReconciled()) {
            Resolver resolver = resolver(name, pending);
            String text = source.get();
            graph = format.reader().read(name, text, resolver, report, progress);
            progress.stage("checking " + name);
            conform(name, graph, node -> firstLine(graph, node), pending, report, validation);
        } else {
            String text = source.get();
            graph = RdfSource.read(name, text, format.lang(), progress);
            progress.stage("checking " + name);
            SourcePositions positions = SourcePositions.scan(text);
            // Positions are all the rest needs of the text: a large file's text is let go before
            // the checks and the store, which hold the graph and its copies.
            text = null;
            org.apache.jena.shared.PrefixMapping prefixes = graph.getPrefixMapping();
            Validator.LineLocator lines = node -> positions.line(node, prefixes);
            // "2023-03-02" written as a plain string is typed before the shapes see it, in strict mode too.
            plainLiterals.type(graph, lines, report);
            // What the alignment derives lives in its own graph beside the source's, replaced with it;
            // both are checked together, and what is left out goes from both.
            Graph derived = alignment.derive(graph, node -> positions.offset(node, prefixes));
            plainLiterals.type(derived, lines, report);
            conform(name, new org.apache.jena.graph.compose.Union(graph, derived), lines, pending, report, validation);
            RdfSource.addProvenance(name, positions, graph);
            // Named by the file's own IRIs, a paper another source holds by its arXiv id or DOI is that paper.
            RdfReconciler.reconcile(graph, derived, resolver(name, pending));
            countEntities(name, graph, pending, report);
            pending.put(Vocab.derivedGraph(name).getURI(), ModelFactory.createModelForGraph(derived));
        }
        return graph;
    }

    private void conform(String name, Graph graph, Validator.LineLocator lines, Map<String, Model> pending,
                         ImportReport report, Validation validation) {
        if (validation == Validation.STRICT) validator.check(name, withContext(name, graph, pending), lines);
        else repair.conform(name, graph, g -> withContext(name, g, pending), lines, report);
    }

    /** An RDF source names no entries; its entities count as new or merged by what other graphs hold. */
    private void countEntities(String name, Graph graph, Map<String, Model> pending, ImportReport report) {
        Set<Node> entities = new LinkedHashSet<>();
        graph.find(Node.ANY, Vocab.WAS_DERIVED_FROM, Node.ANY).forEachRemaining(t -> entities.add(t.getSubject()));
        if (entities.isEmpty()) return;
        Set<Node> known = new HashSet<>();
        Query q = Sparql.restrict(KNOWN, "e", entities);
        Sparql.select(store, q, Map.of("exclude", Vocab.sourceGraph(name))).forEach(row -> known.add(row.getResource("e").asNode()));
        pending.values().forEach(m -> entities.stream().filter(e -> m.getGraph().contains(e, Node.ANY, Node.ANY)).forEach(known::add));
        entities.forEach(e -> report.entity(e, known.contains(e)));
    }

    private static String format(String name) {
        return ImportFormat.of(name).reportName();
    }

    /**
     * The graph to validate: the source plus the types, names and addresses other sources give
     * the entities it links to without describing, so "cites a paper" can be checked against a
     * paper another file defines. Only the source itself is stored.
     */
    private Graph withContext(String name, Graph graph, Map<String, Model> pending) {
        java.util.Set<Node> referenced = new java.util.LinkedHashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getObject().isURI() && !t.getPredicate().equals(org.apache.jena.vocabulary.RDF.Nodes.type)
                    && !graph.contains(t.getObject(), org.apache.jena.vocabulary.RDF.Nodes.type, Node.ANY)) {
                referenced.add(t.getObject());
            }
        });
        if (referenced.isEmpty()) return graph;
        Graph context = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Query q = Sparql.restrict(CONTEXT, "e", referenced);
        for (QuerySolution row : Sparql.select(store, q, Map.of("exclude", Vocab.sourceGraph(name)))) {
            context.add(org.apache.jena.graph.Triple.create(row.getResource("e").asNode(), row.getResource("p").asNode(), row.get("o").asNode()));
        }
        for (Model model : pending.values()) {
            for (Node e : referenced) model.getGraph().find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (CONTEXT_PROPERTIES.contains(t.getPredicate().getURI())) context.add(t);
            });
        }
        return context.isEmpty() ? graph : new org.apache.jena.graph.compose.Union(graph, context);
    }

    /** What the store (other sources) and this batch already name, for reconciliation. */
    private Resolver resolver(String name, Map<String, Model> pending) {
        Candidates known = candidates != null ? candidates : StoreCandidates.read(store);
        return Resolver.over(store, known, Vocab.sourceGraph(name), pending.values().stream().map(Model::getGraph).toList());
    }

    private static int firstLine(Graph graph, Node node) {
        return graph.find(node, Vocab.SOURCE_LINE, Node.ANY).toList().stream()
                .mapToInt(t -> Integer.parseInt(t.getObject().getLiteralLexicalForm())).min().orElse(0);
    }
}
