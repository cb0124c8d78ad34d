package io.studygraph.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The requests each workload sends, drawn with a fixed seed from the generator's vocabulary and
 * papers, so every run (and both sides) asks the same questions. The IRIs and words mirror
 * {@code io.studygraph.bench.SyntheticGraph}; change them together.
 */
final class Workloads {
    /** SyntheticGraph.WORDS: every title and abstract is made of these. */
    static final List<String> WORDS = List.of("diffusion", "score", "generative", "latent", "adversarial", "transformer",
            "attention", "denoising", "variational", "flow", "sampling", "guidance", "classifier", "image", "synthesis",
            "probabilistic", "graph", "neural", "learning", "representation", "contrastive", "energy", "model", "network",
            "inference", "bayesian", "robust", "efficient", "scalable", "hierarchical", "conditional", "implicit");
    static final String JSON = "application/json";
    static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String PREFIXES = "PREFIX schema: <https://schema.org/> PREFIX text: <http://jena.apache.org/text#> ";

    private final String ours;
    private final String fuseki;
    private final int papers;

    /** {@code ours} and {@code fuseki} are base URLs such as {@code http://127.0.0.1:7070}. */
    Workloads(String ours, String fuseki, int papers) {
        this.ours = ours;
        this.fuseki = fuseki;
        this.papers = papers;
    }

    static String paper(int i) {
        return "https://w3id.org/studygraph/id/paper/arxiv-" + (2000 + i / 10000) + "." + String.format("%05d", i % 100000);
    }

    List<URI> oursSearch(int n, long seed) {
        return words(n, seed, w -> URI.create(ours + "/api/search?limit=20&q=" + enc(w)));
    }

    /**
     * jena-text's top 20, the limit given to Lucene itself ({@code text:query (prop "w" 20)}): without
     * it Lucene returns every match and the join with the names runs before {@code LIMIT 20}.
     */
    List<URI> fusekiTextSearch(int n, long seed) {
        return words(n, seed, w -> sparql(fuseki + "/ds/sparql", "SELECT ?s ?score ?name WHERE { (?s ?score) text:query (schema:name "
                + literal(w) + " 20) . ?s schema:name ?name } LIMIT 20"));
    }

    /**
     * Every name read and tested, then the 20 shortest kept: a scan cannot stop at the first 20
     * matches and still rank them, so it is made to read them all, as ranking would need.
     */
    List<URI> fusekiContainsScan(int n, long seed) {
        return words(n, seed, w -> sparql(fuseki + "/ds/sparql", "SELECT ?s ?name WHERE { ?s schema:name ?name FILTER(CONTAINS(LCASE(?name), "
                + literal(w) + ")) } ORDER BY STRLEN(?name) LIMIT 20"));
    }

    List<URI> oursEntity(int n, long seed) {
        return papers(n, seed, iri -> URI.create(ours + "/api/entity?iri=" + enc(iri)));
    }

    List<URI> fusekiEntity(int n, long seed) {
        return papers(n, seed, iri -> sparql(fuseki + "/ds/sparql", inAndOut(iri)));
    }

    List<URI> oursSparqlEntity(int n, long seed) {
        return papers(n, seed, iri -> sparql(ours + "/sparql", inAndOut(iri)));
    }

    /** depth 2 with 25 links an entity and a total budget of 200 nodes (a server without budget ignores it). */
    List<URI> oursNeighbourhood(int n, long seed) {
        return papers(n, seed, iri -> URI.create(ours + "/api/graph?depth=2&limit=25&budget=200&iri=" + enc(iri)));
    }

    List<URI> oursPath(int n, long seed) {
        Random random = new Random(seed);
        List<URI> uris = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            uris.add(URI.create(ours + "/api/path?max=6&from=" + enc(paper(random.nextInt(papers))) + "&to=" + enc(paper(random.nextInt(papers)))));
        }
        return uris;
    }

    /** The plain SPARQL of an entity view: every triple out of it and into it. */
    private static String inAndOut(String iri) {
        return "SELECT ?dir ?p ?o WHERE { { <" + iri + "> ?p ?o BIND(\"out\" AS ?dir) } UNION { ?o ?p <" + iri + "> BIND(\"in\" AS ?dir) } }";
    }

    private List<URI> words(int n, long seed, Function<String, URI> uri) {
        Random random = new Random(seed);
        List<URI> uris = new ArrayList<>();
        for (int i = 0; i < n; i++) uris.add(uri.apply(WORDS.get(random.nextInt(WORDS.size()))));
        return uris;
    }

    private List<URI> papers(int n, long seed, Function<String, URI> uri) {
        Random random = new Random(seed);
        List<URI> uris = new ArrayList<>();
        for (int i = 0; i < n; i++) uris.add(uri.apply(paper(random.nextInt(papers))));
        return uris;
    }

    private static URI sparql(String endpoint, String query) {
        return URI.create(endpoint + "?query=" + enc(PREFIXES + query));
    }

    /** The words are the generator's own, plain ASCII letters; quoted for SPARQL all the same. */
    private static String literal(String word) {
        if (!word.matches("[a-z]+")) throw new IllegalArgumentException("not a vocabulary word: " + word);
        return "\"" + word + "\"";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
