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
 * language that parses them; reading lists and BibTeX have their own readers.
 */
enum ImportFormat {
    READING_LIST("reading list", null, "md", "markdown"),
    BIBTEX("BibTeX", null, "bib"),
    TURTLE("Turtle", Lang.TURTLE, "ttl", "n3"),
    N_TRIPLES("N-Triples", Lang.NTRIPLES, "nt"),
    RDF_XML("RDF/XML", Lang.RDFXML, "rdf", "owl", "xml"),
    RDF_JSON("RDF/JSON", Lang.RDFJSON, "rj"),
    JSON_LD("JSON-LD", Lang.JSONLD11, "jsonld", "json-ld"),
    TRIG("TriG", Lang.TRIG, "trig"),
    N_QUADS("N-Quads", Lang.NQUADS, "nq");

    private final String label;
    private final Lang lang;
    private final List<String> extensions;

    ImportFormat(String label, Lang lang, String... extensions) {
        this.label = label;
        this.lang = lang;
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

    /** Reading lists and BibTeX are reconciled against what the store and the batch already hold. */
    boolean isReconciled() {
        return lang == null;
    }

    /** The Jena language of an RDF format. */
    Lang lang() {
        if (lang == null) throw new IllegalStateException(this + " is not an RDF format");
        return lang;
    }
}
