package io.studygraph.graph;

import java.net.URI;

/**
 * Where a remote store answers: its SPARQL 1.1 Query and Update URLs, and how its queries reach
 * the union of the named graphs.
 *
 * <p>{@code unionGraph} null (the default) lists the named graphs as {@code FROM} and {@code FROM
 * NAMED} of each query, which every SPARQL 1.1 server understands. Naming the server's own union
 * graph ({@link #JENA_UNION_GRAPH} on Jena servers) instead wraps each query's pattern in {@code
 * GRAPH <union> { ... }}: one request per query rather than two, but only where the server knows
 * that name. {@link SparqlStore} says what was measured on Fuseki.
 *
 * <pre>{@code
 * SparqlEndpoints fuseki = SparqlEndpoints.fuseki("http://localhost:3030/studygraph").withUnionGraph(SparqlEndpoints.JENA_UNION_GRAPH);
 * }</pre>
 */
public record SparqlEndpoints(String query, String update, String unionGraph) {
    /** The union of the named graphs, by the name Jena's datasets (TDB2, in memory) give it. */
    public static final String JENA_UNION_GRAPH = "urn:x-arq:UnionGraph";

    public SparqlEndpoints {
        query = httpUrl(query, "query");
        update = httpUrl(update, "update");
    }

    /** The endpoints of a Fuseki dataset, as Fuseki lays them out: {@code URL/query}, {@code URL/update}. */
    public static SparqlEndpoints fuseki(String datasetUrl) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new SparqlEndpoints(base + "/query", base + "/update", null);
    }

    /** These endpoints, reaching the union through the server's graph of that name. */
    public SparqlEndpoints withUnionGraph(String iri) {
        return new SparqlEndpoints(query, update, iri);
    }

    private static String httpUrl(String url, String which) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("The SPARQL " + which + " endpoint is not a URL: " + url);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("The SPARQL " + which + " endpoint needs an http(s) URL with a host: " + url);
        }
        if (uri.getUserInfo() != null) {
            // A password in the URL would end up in every error message and log line that names it.
            throw new IllegalArgumentException("The SPARQL " + which + " endpoint must not carry credentials; give them as RemoteAccess");
        }
        return url;
    }
}
