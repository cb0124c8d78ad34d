package io.studygraph.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;

/**
 * The file types an import reads, by file-name extension: the one list the importer chooses a
 * reader from and names in its "unsupported file type" message. RDF formats carry the Jena
 * language that parses them; reading lists, bibliographies and pasted links carry their reader,
 * which reconciles what it reads with what the store already holds.
 */
enum ImportFormat {
    READING_LIST("reading list", "markdown", MarkdownSource::read, "md", "markdown"),
    BIBTEX("BibTeX", "bibtex", WorkRecords.reader(BibtexSource::records), "bib"),
    RIS("RIS", "ris", WorkRecords.reader(RisSource::records), "ris"),
    // Zotero's "Export → CSL JSON" writes .json; JSON-LD is .jsonld.
    CSL_JSON("CSL JSON", "csl-json", WorkRecords.reader(CslJsonSource::records), "json", "csljson"),
    LINKS("pasted links", "links", LinkListSource::read, "txt", "uri", "uris"),
    TURTLE("Turtle", Lang.TURTLE, "ttl", "n3"),
    N_TRIPLES("N-Triples", Lang.NTRIPLES, "nt"),
    RDF_XML("RDF/XML", Lang.RDFXML, "rdf", "owl", "xml"),
    RDF_JSON("RDF/JSON", Lang.RDFJSON, "rj"),
    JSON_LD("JSON-LD", Lang.JSONLD11, "jsonld", "json-ld"),
    TRIG("TriG", Lang.TRIG, "trig"),
    N_QUADS("N-Quads", Lang.NQUADS, "nq");

    /** Reads a source that is not RDF into the graph of its own, reconciled through the resolver. */
    @FunctionalInterface
    interface Reader {
        org.apache.jena.graph.Graph read(String name, String text, Resolver resolver, ImportReport report, ImportProgress progress);
    }

    private final String label;
    private final String reportName;
    private final Lang lang;
    private final Reader reader;
    private final List<String> extensions;

    ImportFormat(String label, Lang lang, String... extensions) {
        this(label, "rdf", lang, null, extensions);
    }

    ImportFormat(String label, String reportName, Reader reader, String... extensions) {
        this(label, reportName, null, reader, extensions);
    }

    ImportFormat(String label, String reportName, Lang lang, Reader reader, String... extensions) {
        this.label = label;
        this.reportName = reportName;
        this.lang = lang;
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    /** The format of a file, by its extension; an ImportException naming the supported ones if none. */
    static ImportFormat of(String fileName) {
        return find(fileName).orElseThrow(() -> new ImportException(fileName, 0, "unsupported file type; use " + supported()));
    }

    static Optional<ImportFormat> find(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** "…, .rdf / .owl / .xml (RDF/XML), …": every extension, for messages. */
    static String supported() {
        return Arrays.stream(values()).map(f -> f.extensions.stream().map(e -> "." + e).collect(Collectors.joining(" / "))
                + " (" + f.label + ")").collect(Collectors.joining(", "));
    }

    boolean isRdf() {
        return lang != null;
    }

    /** Reading lists, bibliographies and links are reconciled against what the store and the batch already hold. */
    boolean isReconciled() {
        return lang == null;
    }

    /** The reader of a reconciled format. */
    Reader reader() {
        if (reader == null) throw new IllegalStateException(this + " is an RDF format");
        return reader;
    }

    /** The format as an import report names it: "markdown", "bibtex", "ris", "csl-json", "links", "rdf". */
    String reportName() {
        return reportName;
    }

    /** The Jena language of an RDF format. */
    Lang lang() {
        if (lang == null) throw new IllegalStateException(this + " is not an RDF format");
        return lang;
    }
}
