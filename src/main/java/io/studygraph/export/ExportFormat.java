package io.studygraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code studygraph export --format} and {@code GET /api/export?format=} write, by the name
 * they take. Each format exports one shape of the data: the RDF statements (as one graph, or as
 * the named graphs they are stored in), the works, the entities or the network of links.
 */
public enum ExportFormat {
    TURTLE("turtle", Shape.GRAPH, "ttl", "text/turtle"),
    NTRIPLES("ntriples", Shape.GRAPH, "nt", "application/n-triples"),
    JSONLD("jsonld", Shape.GRAPH, "jsonld", "application/ld+json"),
    TRIG("trig", Shape.DATASET, "trig", "application/trig"),
    NQUADS("nquads", Shape.DATASET, "nq", "application/n-quads"),
    BIBTEX("bibtex", Shape.WORKS, "bib", "application/x-bibtex"),
    RIS("ris", Shape.WORKS, "ris", "application/x-research-info-systems"),
    CSL_JSON("csl-json", Shape.WORKS, "json", "application/vnd.citationstyles.csl+json"),
    CSV("csv", Shape.ENTITIES, "csv", "text/csv"),
    GRAPHML("graphml", Shape.NETWORK, "graphml", "application/graphml+xml");

    /** What a format holds: statements in one graph or per named graph, works, entity rows, or nodes and edges. */
    public enum Shape { GRAPH, DATASET, WORKS, ENTITIES, NETWORK }

    private final String name;
    private final Shape shape;
    private final String extension;
    private final String mediaType;

    ExportFormat(String name, Shape shape, String extension, String mediaType) {
        this.name = name;
        this.shape = shape;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String formatName() { return name; }
    public Shape shape() { return shape; }
    /** The file name extension, without the dot: "ttl". */
    public String extension() { return extension; }
    /** The media type, with a UTF-8 charset where the type is text that takes one. */
    public String contentType() {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }

    public static Optional<ExportFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(wanted)).findFirst();
    }

    /** "turtle, ntriples, …": for messages that list what may be asked for. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ExportFormat::formatName).toList());
    }
}
