package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clients people have, against the running server, get what N-Triples from the server gives:
 * Redland's {@code rapper -g} (raptor2-utils) reads an entity IRI by its own content negotiation,
 * {@code roqet} (rasqal-utils) queries the endpoint over the protocol, and Jena's own
 * {@code RDFConnection} and HTTP reader do both. Skipped, saying so, where the tools are missing
 * (.ci/run installs them).
 */
class RdfToolsClientsTest {
    private static final String PAPER = "/id/paper/arxiv-2006.11239";
    private static final String TITLES = "SELECT ?t WHERE { ?p a <https://schema.org/ScholarlyArticle> ; <https://schema.org/name> ?t }";
    private static final String CONSTRUCT = "CONSTRUCT { ?p <https://schema.org/name> ?t } WHERE { ?p a <https://schema.org/ScholarlyArticle> ; <https://schema.org/name> ?t }";

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static boolean installed(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finishes", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s: %s", String.join(" ", command), out).isZero();
        return out;
    }

    /** What the server itself says as N-Triples: the reference every client is held to. */
    private static Model serverNTriples(String path) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(server.get(path, "application/n-triples").body(), Lang.NTRIPLES).parse(m);
        return m;
    }

    private static Set<String> serverTitles() {
        Set<String> titles = new TreeSet<>();
        TestServer.json(server.get("/sparql?query=" + TestServer.encode(TITLES), "application/sparql-results+json"))
                .get("results").get("bindings").forEach(b -> titles.add(b.get("t").get("value").asText()));
        return titles;
    }

    @Test
    void rapper_reads_an_entity_iri_by_content_negotiation_and_gets_the_same_triples() throws Exception {
        assumeTrue(installed("rapper"), "raptor2-utils (rapper) is not installed (.ci/run installs it): skipping");
        String ntriples = run("/usr/bin/rapper", "-q", "-g", "-o", "ntriples", server.uri(PAPER).toString());
        Model read = ModelFactory.createDefaultModel();
        RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(read);
        Model expected = serverNTriples(PAPER);
        assertThat(read.size()).isGreaterThan(20);
        assertThat(read.isIsomorphicWith(expected)).as("rapper read %d triples, the server gives %d", read.size(), expected.size()).isTrue();
    }

    @Test
    void roqet_queries_the_endpoint_over_the_protocol() throws Exception {
        assumeTrue(installed("roqet"), "rasqal-utils (roqet) is not installed (.ci/run installs it): skipping");
        String out = run("/usr/bin/roqet", "-q", "-p", server.uri("/sparql").toString(), "-e", TITLES);
        Set<String> titles = new TreeSet<>();
        Matcher row = Pattern.compile("t=string\\(\"(.*)\"\\)\\]").matcher(out);
        while (row.find()) titles.add(row.group(1));
        // roqet asks for SPARQL XML results whatever the query, and reads every answer as rows (an ASK too).
        assertThat(titles).isNotEmpty().isEqualTo(serverTitles());
    }

    @Test
    void jena_rdfconnection_and_its_http_reader_get_the_same_triples() {
        try (RDFConnection conn = RDFConnectionRemote.service(server.uri("/sparql").toString()).build()) {
            Model constructed = conn.queryConstruct(CONSTRUCT);
            Model expected = serverNTriples("/sparql?query=" + TestServer.encode(CONSTRUCT));
            assertThat(constructed.size()).isGreaterThan(5);
            assertThat(constructed.isIsomorphicWith(expected)).isTrue();
            Set<String> titles = new TreeSet<>();
            conn.querySelect(TITLES, (QuerySolution row) -> titles.add(row.getLiteral("t").getString()));
            assertThat(titles).isEqualTo(serverTitles());
            assertThat(conn.queryAsk("ASK { ?s a <https://schema.org/VideoObject> }")).isTrue();
        }
        // Jena's HTTP reader sends its own Accept, with q-values, for the entity IRI.
        Model read = RDFDataMgr.loadModel(server.uri(PAPER).toString());
        assertThat(read.isIsomorphicWith(serverNTriples(PAPER))).isTrue();
        assertThat(List.of(read.size())).allSatisfy(n -> assertThat(n).isGreaterThan(20));
    }
}
