package io.studygraph.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the endpoint writes. SELECT and ASK results: SPARQL JSON (the default), XML, CSV,
 * TSV. CONSTRUCT and DESCRIBE graphs: Turtle (the default), JSON-LD, N-Triples, RDF/XML, TriG.
 */
public enum ResultFormat {
    JSON("application/sparql-results+json", true, ResultSetLang.RS_JSON, "json"),
    XML("application/sparql-results+xml", true, ResultSetLang.RS_XML, "xml"),
    CSV("text/csv", true, ResultSetLang.RS_CSV, "csv"),
    TSV("text/tab-separated-values", true, ResultSetLang.RS_TSV, "tsv"),
    TURTLE("text/turtle", false, Lang.TURTLE, "turtle", "ttl"),
    JSONLD("application/ld+json", false, Lang.JSONLD, "jsonld", "json-ld"),
    NTRIPLES("application/n-triples", false, Lang.NTRIPLES, "nt", "ntriples", "n-triples"),
    RDFXML("application/rdf+xml", false, Lang.RDFXML, "rdfxml", "rdf"),
    TRIG("application/trig", false, Lang.TRIG, "trig");

    private final String mediaType;
    private final boolean forResults;
    private final Lang lang;
    private final List<String> names;

    ResultFormat(String mediaType, boolean forResults, Lang lang, String... names) {
        this.mediaType = mediaType;
        this.forResults = forResults;
        this.lang = lang;
        this.names = List.of(names);
    }

    public String mediaType() { return mediaType; }
    public Lang lang() { return lang; }
    public boolean forResults() { return forResults; }

    /** Whether this format can carry the answer to the query (results vs a graph). */
    public boolean fits(Query query) {
        return forResults == (query.isSelectType() || query.isAskType());
    }

    /** The format named by a {@code format} parameter, for this kind of query. */
    public static Optional<ResultFormat> byName(String name, Query query) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values()).filter(f -> f.fits(query) && (f.names.contains(n) || f.mediaType.equals(n))).findFirst();
    }

    /**
     * The best format for an Accept header: the first listed media type that fits the query
     * (quality values are honoured by order of preference); the default for no header or a
     * wildcard; empty when the client accepts nothing this query can be written as.
     */
    public static Optional<ResultFormat> negotiate(String accept, Query query) {
        ResultFormat fallback = query.isSelectType() || query.isAskType() ? JSON : TURTLE;
        if (accept == null || accept.isBlank()) return Optional.of(fallback);
        // Lenient: empty or malformed ranges (";;;,,,") are skipped, and a header with no usable
        // range at all counts as no header, as if the client had said */*.
        List<String[]> ranges = Arrays.stream(accept.toLowerCase(Locale.ROOT).split(","))
                .map(r -> r.strip().split(";"))
                .filter(r -> r.length > 0 && r[0].strip().contains("/"))
                .sorted((a, b) -> Double.compare(quality(b), quality(a)))
                .toList();
        if (ranges.isEmpty()) return Optional.of(fallback);
        for (String[] range : ranges) {
            String type = range[0].strip();
            if (quality(range) <= 0) continue;
            if (type.equals("*/*") || type.equals("application/*") && fallback == JSON) return Optional.of(fallback);
            if (type.equals("application/json") && fallback == JSON) return Optional.of(JSON);
            if (type.equals("application/xml") && fallback == JSON) return Optional.of(XML);
            if (type.equals("text/plain") && fallback == TURTLE) return Optional.of(NTRIPLES);
            for (ResultFormat f : values()) if (f.fits(query) && f.mediaType.equals(type)) return Optional.of(f);
            if (type.equals("text/*")) return Optional.of(fallback == JSON ? CSV : TURTLE);
        }
        return Optional.empty();
    }

    private static double quality(String[] range) {
        for (int i = 1; i < range.length; i++) {
            String p = range[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
