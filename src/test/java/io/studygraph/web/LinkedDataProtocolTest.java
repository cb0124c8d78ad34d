package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The entity IRIs and the endpoint by the book: Accept with its q-values decides (a 406 when
 * nothing it accepts can be sent), {@code format} only when Accept cannot, HEAD as GET without
 * a body, 405 with Allow for other methods, the service description in the negotiated format,
 * and a query body in UTF-8 only.
 */
class LinkedDataProtocolTest {
    private static final String PAPER = "/id/paper/arxiv-2105.05233";
    private static final String CONSTRUCT = "CONSTRUCT { ?p schema:name ?t } WHERE { ?p a schema:ScholarlyArticle ; schema:name ?t }";

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

    private static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', value = {
            "text/html;q=0, */*;q=0.5 | text/turtle",
            "application/rdf+xml, text/html;q=0.1 | application/rdf+xml",
            "application/n-triples;q=0.4, application/ld+json;q=0.8, text/html;q=0.2 | application/ld+json",
            "text/plain | application/n-triples",
            "*/* | text/turtle",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
    })
    void an_entity_iri_is_sent_as_the_best_accepted_type(String accept, String expected) {
        HttpResponse<String> r = server.get(PAPER, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).startsWith(expected);
        assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
    }

    @Test
    void an_entity_iri_carries_the_links_to_it_with_the_names_of_what_links_but_no_learner_records() {
        String ddpm = "https://w3id.org/studygraph/id/paper/arxiv-2006.11239";
        String improved = "https://w3id.org/studygraph/id/paper/arxiv-2102.09672";
        server.writeJson("POST", "/api/study/notes", "{\"on\":\"" + ddpm + "\",\"text\":\"A private thought\"}");
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(server.get("/id/paper/arxiv-2006.11239", "application/n-triples").body(), org.apache.jena.riot.Lang.NTRIPLES)
                .parse(model);
        org.apache.jena.rdf.model.Resource paper = model.createResource(ddpm), follow = model.createResource(improved);
        assertThat(model.contains(follow, model.createProperty("http://purl.org/spar/cito/cites"), paper)).as("cited by Improved DDPM").isTrue();
        assertThat(model.contains(follow, model.createProperty("https://schema.org/name"), "Improved Denoising Diffusion Probabilistic Models")).isTrue();
        assertThat(model.listSubjectsWithProperty(model.createProperty("https://w3id.org/studygraph/ontology#noteOn")).toList()).isEmpty();
        assertThat(model.listObjects().toList()).noneMatch(o -> o.isLiteral() && o.asLiteral().getString().contains("private thought"));
    }

    @Test
    void an_entity_iri_nothing_accepted_can_carry_is_a_406_naming_what_can() {
        assertThat(problemDetail(server.get(PAPER, "application/pdf, image/*"), 406)).contains("text/turtle", "application/ld+json");
        // The missing entity is a 404 whatever Accept says.
        problemDetail(server.get("/id/paper/no-such-paper", "application/pdf"), 404);
    }

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {PAPER, "/id/paper/no-such-paper", "/sparql?query=" + "SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%201",
            "/sparql?query=nonsense", "/sparql"})
    void head_answers_as_get_would_without_a_body(String path) {
        HttpResponse<String> get = server.get(path, "text/turtle, application/sparql-results+json");
        HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/turtle, application/sparql-results+json").build());
        assertThat(head.statusCode()).isEqualTo(get.statusCode());
        assertThat(type(head)).isEqualTo(type(get));
        assertThat(head.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUT, " + PAPER + ", 'GET, HEAD'", "DELETE, " + PAPER + ", 'GET, HEAD'", "PATCH, /sparql, 'GET, HEAD, POST, OPTIONS'",
            "DELETE, /sparql, 'GET, HEAD, POST, OPTIONS'"})
    void other_methods_are_a_405_that_says_which_are_allowed(String method, String path, String allowed) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri(path)).method(method, HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(problemDetail(r, 405)).contains(method);
        assertThat(r.headers().firstValue("Allow")).contains(allowed);
    }

    @Test
    void accept_decides_the_format_and_the_format_parameter_only_where_accept_cannot() {
        String construct = "/sparql?query=" + encode(CONSTRUCT);
        // SPARQLWrapper's default: format=xml beside an RDF Accept.
        assertThat(type(server.get(construct + "&format=xml", "application/rdf+xml"))).startsWith("application/rdf+xml");
        assertThat(type(server.get(construct + "&format=xml", "*/*"))).startsWith("application/rdf+xml");
        assertThat(type(server.get(construct + "&format=json", null))).startsWith("application/ld+json");
        String select = "/sparql?query=" + encode("SELECT * { ?s ?p ?o } LIMIT 1");
        assertThat(type(server.get(select + "&format=json", "application/sparql-results+xml"))).startsWith("application/sparql-results+xml");
        assertThat(type(server.get(select + "&format=csv", "*/*"))).startsWith("text/csv");
        assertThat(type(server.get(select + "&format=tsv", "application/pdf"))).startsWith("text/tab-separated-values");
        assertThat(problemDetail(server.get(select + "&format=bogus", "*/*"), 400)).contains("'format'", "'bogus'");
        assertThat(problemDetail(server.get(select, "application/pdf"), 406)).contains("application/sparql-results+json");
        // A client that asks for results whatever the query (roqet) gets a graph in the default format, as from Fuseki.
        assertThat(type(server.get(construct, "application/sparql-results+xml"))).startsWith("text/turtle");
        assertThat(type(server.get(select, "text/turtle"))).startsWith("application/sparql-results+json");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', value = {"application/ld+json | application/ld+json", "application/n-triples | application/n-triples",
            "text/turtle | text/turtle", "application/rdf+xml;q=0.9, text/turtle;q=0.1 | application/rdf+xml", "text/html | text/html"})
    void the_service_description_is_sent_in_the_negotiated_format(String accept, String expected) {
        HttpResponse<String> r = server.get("/sparql", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).startsWith(expected);
        if (!expected.equals("text/html")) assertThat(r.body()).contains("sparql-service-description");
    }

    @Test
    void a_query_body_must_be_utf_8() {
        byte[] utf16 = "SELECT * { ?s ?p ?o } LIMIT 1".getBytes(StandardCharsets.UTF_16);
        HttpResponse<String> declared = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/sparql-query; charset=UTF-16").POST(HttpRequest.BodyPublishers.ofByteArray(utf16)).build());
        assertThat(problemDetail(declared, 415)).contains("UTF-8", "utf-16");
        HttpResponse<String> undeclared = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofByteArray(utf16)).build());
        assertThat(problemDetail(undeclared, 400)).contains("not UTF-8");
        HttpResponse<String> utf8 = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s schema:name \"Diffusion Models Beat GANs on Image Synthesis\" }")).build());
        assertThat(utf8.statusCode()).as(utf8.body()).isEqualTo(200);
        assertThat(utf8.body()).contains("true");
    }
}
