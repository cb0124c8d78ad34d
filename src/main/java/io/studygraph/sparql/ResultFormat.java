package io.studygraph.sparql;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    // "json" and "xml" for a graph: what SPARQLWrapper and other clients send whatever the query.
    JSONLD("application/ld+json", false, Lang.JSONLD, "jsonld", "json-ld", "json"),
    NTRIPLES("application/n-triples", false, Lang.NTRIPLES, "nt", "ntriples", "n-triples"),
    RDFXML("application/rdf+xml", false, Lang.RDFXML, "rdfxml", "rdf", "xml"),
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

    /** The format of an answer nobody asked a format of: SPARQL JSON results, or Turtle for a graph. */
    public static ResultFormat defaultFor(Query query) {
        return query.isSelectType() || query.isAskType() ? JSON : TURTLE;
    }

    /**
     * The media types an answer to the query can be written as, in order of preference (the
     * default first), each with its format; {@code application/json}, {@code application/xml} and
     * {@code text/plain} are what generic clients ask for and get SPARQL JSON, XML or N-Triples.
     */
    public static Map<String, ResultFormat> offers(Query query) {
        Map<String, ResultFormat> offers = new LinkedHashMap<>();
        offers.put(defaultFor(query).mediaType, defaultFor(query));
        for (ResultFormat f : values()) if (f.fits(query)) offers.putIfAbsent(f.mediaType, f);
        if (defaultFor(query) == JSON) {
            offers.put("application/json", JSON);
            offers.put("application/xml", XML);
            offers.put("text/xml", XML);
        } else {
            offers.put("text/plain", NTRIPLES);
            offers.put("application/x-turtle", TURTLE);
        }
        return offers;
    }
}
