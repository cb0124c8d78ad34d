package io.studygraph.web;

import static io.studygraph.web.TestServer.ID;
import static io.studygraph.web.TestServer.field;
import static io.studygraph.web.TestServer.json;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/sources} and {@code DELETE /api/sources/{name}}: sources as units over HTTP, removal guarded. */
class SourcesApiTest {
    private static final String DDPM = ID + "paper/arxiv-2006.11239";
    private static final String PREFIXES = "@prefix schema: <https://schema.org/> .\n";

    @TempDir static Path dataDir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** A paper only this file has, and a fact about DDPM, which the bundle describes too. */
    private static String turtle(String key) {
        return PREFIXES + "<" + ID + "paper/" + key + "> a schema:ScholarlyArticle ;\n    schema:name \"Zebra Striped Denoising " + key + "\" .\n"
                + "<" + DDPM + "> schema:keywords \"zebra-" + key + "\" .\n";
    }

    private static JsonNode source(String name) {
        for (JsonNode s : json(server.get("/api/sources"))) if (s.get("name").asText().equals(name)) return s;
        return null;
    }

    @Test
    void the_list_gives_each_bundled_source_with_kind_counts_and_origin() {
        JsonNode list = json(server.get("/api/sources"));

        assertThat(field(list, "name")).contains("enrichment.ttl", "reading-list.md");
        JsonNode list1 = source("reading-list.md");
        assertThat(list1.get("kind").asText()).isEqualTo("reading list");
        assertThat(list1.get("bundled").asBoolean()).isTrue();
        assertThat(list1.get("from").asText()).isEqualTo("bundled");
        assertThat(list1.get("triples").asLong()).isPositive();
        assertThat(list1.get("entities").asLong()).isPositive();
        assertThat(list1.get("importedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(source("enrichment.ttl").get("kind").asText()).isEqualTo("Turtle");
    }

    @Test
    void an_upload_is_listed_and_removing_it_keeps_what_other_sources_say() {
        HttpResponse<String> imported = server.importFile("name=zebra.ttl", "text/turtle", turtle("zebra-1"));
        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode listed = source("zebra.ttl");
        assertThat(listed.get("from").asText()).isEqualTo("upload");
        assertThat(listed.get("bundled").asBoolean()).isFalse();
        assertThat(listed.get("entities").asLong()).isEqualTo(json(imported).get("entities").asLong()).isPositive();
        assertThat(listed.get("triples").asLong()).isEqualTo(json(imported).get("triples").asLong());
        assertThat(json(server.getWith("/api/search", "q", "zebra")).get("total").asInt()).isPositive();

        HttpResponse<String> removed = server.writeJson("DELETE", "/api/sources/zebra.ttl", "{}");

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(json(removed).get("name").asText()).isEqualTo("zebra.ttl");
        assertThat(source("zebra.ttl")).isNull();
        problemDetail(server.getWith("/api/entity", "iri", ID + "paper/zebra-1"), 404);
        assertThat(json(server.getWith("/api/search", "q", "zebra")).get("total").asInt()).isZero();
        // DDPM stays, with the bundle's facts and without the removed file's.
        JsonNode ddpm = server.entity(DDPM);
        assertThat(ddpm.get("label").asText()).isEqualTo("Denoising Diffusion Probabilistic Models");
        assertThat(ddpm.toString()).doesNotContain("zebra-zebra-1");
        assertThat(field(ddpm.get("provenance"), "source")).doesNotContain("zebra.ttl").contains("reading-list.md");
    }

    @Test
    void removing_is_guarded_and_refused_removals_change_nothing() {
        assertThat(server.importFile("name=guarded.ttl", "text/turtle", turtle("guarded-1")).statusCode()).isEqualTo(200);
        String before = StoreDump.sha256(server.studyGraph().store());
        HttpRequest.Builder delete = HttpRequest.newBuilder(server.uri("/api/sources/guarded.ttl"))
                .header("Content-Type", "application/json").method("DELETE", HttpRequest.BodyPublishers.ofString("{}"));

        HttpResponse<String> noToken = server.send(delete.copy().build());
        HttpResponse<String> wrongToken = server.send(delete.copy().header("Authorization", "Bearer not-the-token-at-all").build());
        HttpResponse<String> crossSite = server.send(delete.copy().header("Authorization", "Bearer " + server.writeToken())
                .header("Origin", "https://evil.example").build());
        HttpResponse<String> formType = server.send(HttpRequest.newBuilder(server.uri("/api/sources/guarded.ttl"))
                .header("Authorization", "Bearer " + server.writeToken()).header("Content-Type", "text/plain")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("x")).build());

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(formType.statusCode()).isEqualTo(415);
        assertThat(StoreDump.sha256(server.studyGraph().store())).isEqualTo(before);
        assertThat(source("guarded.ttl")).isNotNull();

        assertThat(server.writeJson("DELETE", "/api/sources/guarded.ttl", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_name_is_a_404_naming_the_known_sources_and_changes_nothing() {
        String before = StoreDump.sha256(server.studyGraph().store());

        HttpResponse<String> response = server.writeJson("DELETE", "/api/sources/no-such.md", "{}");

        String detail = problemDetail(response, 404);
        assertThat(detail).contains("no-such.md", "reading-list.md", "enrichment.ttl");
        assertThat(StoreDump.sha256(server.studyGraph().store())).isEqualTo(before);
    }
}
