package io.studygraph.web;

import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/export} on the bundled list, through a real HTTP client. */
class ExportApiTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";

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

    private static void assertAttachment(HttpResponse<String> response, String type, String fileName) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + fileName + "\"");
    }

    @Test
    void the_whole_graph_downloads_as_turtle_that_parses() {
        HttpResponse<String> response = server.getWith("/api/export", "format", "turtle");
        assertAttachment(response, "text/turtle", "studygraph.ttl");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(g);
        assertThat(g.size()).isGreaterThan(500);
        assertThat(g.contains(org.apache.jena.graph.NodeFactory.createURI(DDPM), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)).isTrue();
    }

    @Test
    void every_format_answers_with_its_type_and_a_file_name() {
        String[][] formats = {{"ntriples", "application/n-triples", "nt"}, {"jsonld", "application/ld+json", "jsonld"},
                {"trig", "application/trig", "trig"}, {"nquads", "application/n-quads", "nq"}, {"bibtex", "application/x-bibtex", "bib"},
                {"ris", "application/x-research-info-systems", "ris"}, {"csl-json", "application/vnd.citationstyles.csl+json", "json"},
                {"csv", "text/csv", "csv"}, {"graphml", "application/graphml+xml", "graphml"}};
        for (String[] f : formats) {
            HttpResponse<String> response = server.getWith("/api/export", "format", f[0], "source", "reading-list.md");
            assertAttachment(response, f[1], "studygraph-reading-list." + f[2]);
            assertThat(response.body()).as(f[0]).isNotBlank();
        }
        assertThat(server.getWith("/api/export", "format", "bibtex").body()).contains("@inproceedings{ho2020denoising,");
        assertThat(server.getWith("/api/export", "format", "CSV").body()).startsWith("iri,kind,label,year,authors,identifiers\r\n");
    }

    @Test
    void the_study_data_downloads_for_the_learner_asked_for() {
        HttpResponse<String> marked = server.writeJson("POST", "/api/study/progress?learner=ada", "{\"iri\": \"" + DDPM + "\", \"status\": \"done\"}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        HttpResponse<String> response = server.getWith("/api/export", "format", "turtle", "source", "study", "learner", "ada");
        assertAttachment(response, "text/turtle", "studygraph-study-ada.ttl");
        assertThat(response.body()).contains("arxiv-2006.11239");
        assertThat(server.getWith("/api/export", "format", "turtle").body()).as("study data is not in the graph export").doesNotContain("/study/ada/");
    }

    @Test
    void an_unknown_or_missing_format_is_a_400_naming_the_parameter() {
        HttpResponse<String> unknown = server.getWith("/api/export", "format", "docx");
        assertThat(problemDetail(unknown, 400)).contains("'format'", "docx", "turtle", "graphml");
        HttpResponse<String> missing = server.get("/api/export");
        assertThat(problemDetail(missing, 400)).contains("'format'");
    }

    @Test
    void an_unknown_source_or_learner_is_a_400_naming_the_parameter() {
        HttpResponse<String> response = server.getWith("/api/export", "format", "turtle", "source", "<script>nothing.md");
        assertThat(problemDetail(response, 400)).contains("'source'", "reading-list.md");
        HttpResponse<String> learner = server.getWith("/api/export", "format", "turtle", "source", "study", "learner", "Not A Name");
        assertThat(problemDetail(learner, 400)).contains("'learner'");
    }
}
