package io.studygraph.graph;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The imported sources as units. A source is three named graphs that come and go together: what
 * the file said ({@code source/NAME}), what the alignment derived from it ({@code derived/NAME})
 * and its import report ({@code report/NAME}), which also records how the file was read and where
 * it came from. Study data lives in graphs of its own and is no part of any source.
 *
 * <pre>{@code
 * Sources sources = new Sources(store, Bundle.sourceNames());
 * sources.list().forEach(s -> System.out.println(s.name() + " " + s.triples()));
 * }</pre>
 */
public final class Sources {
    /** How the importer read the source ({@code markdown}, {@code bibtex}, {@code rdf}, …), on its report. */
    static final Node FORMAT = Vocab.REPORT_FORMAT;
    /** Where the source came from, on its report: a {@code file:} IRI, or the literal {@code upload} or {@code bundled}. */
    static final Node ORIGIN = Vocab.REPORT_ORIGIN;
    public static final String UPLOAD = Vocab.UPLOAD;
    public static final String BUNDLED = "bundled";

    private static final Query TRIPLES = Sparql.parse("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query ENTITIES = Sparql.parse("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e prov:wasDerivedFrom ?source } }");

    private final Store store;
    private final Set<String> bundledNames;

    /** {@code bundledNames}: the names shipped with StudyGraph, for stores whose reports predate the origin. */
    public Sources(Store store, Set<String> bundledNames) {
        this.store = store;
        this.bundledNames = Set.copyOf(bundledNames);
    }

    /** Every source in the store, by name, read in one snapshot. */
    public List<SourceInfo> list() {
        return store.read(() -> names().stream().map(this::describe).toList());
    }

    /** The source imported under {@code name}, if the store holds it. */
    public Optional<SourceInfo> find(String name) {
        return store.read(() -> store.graphNames().contains(Vocab.sourceGraph(name).getURI()) ? Optional.of(describe(name)) : Optional.empty());
    }

    /** The names of the sources in the store, sorted. */
    public List<String> names() {
        return namesIn(store.graphNames());
    }

    /** The source names among these graph names, sorted. */
    public static List<String> namesIn(java.util.Collection<String> graphNames) {
        return graphNames.stream().filter(g -> g.startsWith(Vocab.SOURCE)).map(Vocab::sourceName).sorted().toList();
    }

    /** The named graphs that make up one source, which a removal takes away together. */
    public static Set<String> graphsOf(String name) {
        return Set.of(Vocab.sourceGraph(name).getURI(), Vocab.derivedGraph(name).getURI(), Vocab.reportGraph(name).getURI());
    }

    /**
     * Notes on the source's report how it was read ({@code format}, the import report's word) and
     * that it came as {@code origin}: {@link #UPLOAD} or {@link #BUNDLED}. A later import of the
     * same name replaces the report, and these with it.
     */
    public void record(String name, String format, String origin) {
        record(name, format, NodeFactory.createLiteralString(origin));
    }

    private void record(String name, String format, Node origin) {
        Node report = Vocab.reportGraph(name);
        // The importer wrote the report with the source ("upload" for a text given); this says it otherwise.
        List<Triple> old = store.graph(report.getURI()).getGraph().find(report, Node.ANY, Node.ANY)
                .filterKeep(t -> t.getPredicate().equals(FORMAT) || t.getPredicate().equals(ORIGIN)).toList();
        store.update(report.getURI(), old, List.of(Triple.create(report, FORMAT, NodeFactory.createLiteralString(format)),
                Triple.create(report, ORIGIN, origin)));
    }

    private SourceInfo describe(String name) {
        Map<String, Node> graph = Map.of("g", Vocab.sourceGraph(name));
        Model report = store.graph(Vocab.reportGraph(name).getURI());
        org.apache.jena.rdf.model.Resource r = report.createResource(Vocab.reportGraph(name).getURI());
        String format = text(report, r, FORMAT);
        String from = origin(report, r);
        boolean bundled = from == null ? bundledNames.contains(name) : from.equals(BUNDLED);
        return new SourceInfo(name, kind(name, format), Vocab.sourceGraph(name).getURI(), count(TRIPLES, graph), count(ENTITIES, graph),
                number(report, r, Vocab.ENTRY_COUNT), text(report, r, Vocab.GENERATED_AT), from, bundled,
                report.listObjectsOfProperty(r, report.createProperty(Vocab.SKIPPED_ENTRY.getURI())).toList().size(),
                report.listObjectsOfProperty(r, report.createProperty(Vocab.IMPORT_WARNING.getURI())).toList().size());
    }

    /**
     * How a source was read, for a person: the importer's word, with the RDF syntax Jena tells by
     * the file name. Reports written before the format was recorded fall back on the name alone.
     */
    static String kind(String name, String format) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if ("markdown".equals(format) || format == null && (lower.endsWith(".md") || lower.endsWith(".markdown"))) return "reading list";
        if ("bibtex".equals(format) || format == null && lower.endsWith(".bib")) return "BibTeX";
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang != null && (format == null || format.equals("rdf"))) return lang.getLabel();
        return format != null ? format : "unknown";
    }

    private long count(Query query, Map<String, Node> bindings) {
        List<QuerySolution> rows = Sparql.select(store, query, bindings);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    private static String origin(Model report, org.apache.jena.rdf.model.Resource r) {
        RDFNode value = first(report, r, ORIGIN);
        if (value == null) return null;
        if (value.isURIResource() && value.asResource().getURI().startsWith("file:")) {
            return Path.of(URI.create(value.asResource().getURI())).toString();
        }
        return value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString();
    }

    private static String text(Model report, org.apache.jena.rdf.model.Resource r, Node property) {
        RDFNode value = first(report, r, property);
        return value != null && value.isLiteral() ? value.asLiteral().getLexicalForm() : null;
    }

    private static long number(Model report, org.apache.jena.rdf.model.Resource r, Node property) {
        RDFNode value = first(report, r, property);
        if (value == null || !value.isLiteral() || !XSDDatatype.XSDinteger.isValid(value.asLiteral().getLexicalForm())) return 0;
        return value.asLiteral().getLong();
    }

    private static RDFNode first(Model report, org.apache.jena.rdf.model.Resource r, Node property) {
        var values = report.listObjectsOfProperty(r, report.createProperty(property.getURI())).toList();
        return values.isEmpty() ? null : values.get(0);
    }
}
