package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.StudyGraph;
import io.studygraph.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes over HTTP: [[links]] and pasted IRIs resolve, backlinks appear, writes are guarded, bad input named, notes kept. */
class NotesApiTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";
    private static final String IMPROVED = TestServer.ID + "paper/arxiv-2102.09672";
    private static final String UNET = TestServer.ID + "concept/u-net";

    @Test
    void links_resolve_backlinks_appear_and_a_note_can_be_changed_and_deleted(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            String text = "Compare with [[improved denoising diffusion probabilistic models|the follow-up]], its [[UNet]] and "
                    + "https://w3id.org/studygraph/id/paper/arxiv-2105.05233; [[No Such Paper]] is not on the list.";
            HttpResponse<String> created = server.writeJson("POST", "/api/study/notes",
                    TestServer.JSON.writeValueAsString(java.util.Map.of("on", DDPM, "text", text)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode note = TestServer.json(created);
            assertThat(note.get("links").toString()).contains(IMPROVED, UNET, "paper/arxiv-2105.05233");
            assertThat(note.get("unresolved").toString()).contains("No Such Paper");
            assertThat(note.get("html").asText()).contains("href=\"/id/paper/arxiv-2102.09672\">the follow-up</a>", "[[No Such Paper]]");

            JsonNode improved = server.getJson("/api/study/notes", "on", IMPROVED);
            assertThat(improved.get("notes")).isEmpty();
            assertThat(improved.get("backlinks").get(0).get("on").asText()).isEqualTo(DDPM);

            String id = note.get("id").asText();
            JsonNode changed = TestServer.json(server.writeJson("PUT", "/api/study/notes/" + id, "{\"text\":\"Only [[U-Net]] now.\"}"));
            assertThat(changed.get("created").asText()).isEqualTo(note.get("created").asText());
            assertThat(server.getJson("/api/study/notes", "on", IMPROVED).get("backlinks")).isEmpty();
            assertThat(server.get("/api/study/notes?format=markdown").body()).contains("## Denoising Diffusion Probabilistic Models", "Only [[U-Net]] now.");

            assertThat(server.writeJson("DELETE", "/api/study/notes/" + id, null).statusCode()).isEqualTo(204);
            assertThat(server.getJson("/api/study/notes", "on", DDPM).get("notes")).isEmpty();
            assertThat(TestServer.problemDetail(server.writeJson("DELETE", "/api/study/notes/" + id, null), 404)).contains(id);
        }
    }

    @Test
    void writes_are_guarded_and_bad_notes_are_named(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            assertThat(server.post("/api/study/notes", "application/json", "{\"on\":\"" + DDPM + "\",\"text\":\"x\"}").statusCode()).isEqualTo(401);
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/notes", "{\"text\":\"x\"}"), 400)).contains("'on'");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/notes", "{\"on\":\"" + TestServer.ID + "paper/none\",\"text\":\"x\"}"), 404))
                    .contains("paper/none");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/notes", "{\"on\":\"" + DDPM + "\",\"text\":\"" + "a".repeat(20_001) + "\"}"), 400))
                    .contains("20000");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/notes", "{\"on\":\"" + DDPM + "\",\"text\":7}"), 400)).contains("'text'");
            assertThat(TestServer.problemDetail(server.writeJson("PUT", "/api/study/notes/nope", "{\"text\":\"x\"}"), 404)).contains("nope");
            assertThat(server.getJson("/api/study/notes").get("notes")).isEmpty();
        }
    }

    @Test
    void notes_survive_a_restart_and_reimporting_every_source(@TempDir Path dir) {
        String id;
        try (StudyGraph sg = StudyGraph.open(dir)) {
            id = sg.writeNote(Learner.DEFAULT, null, DDPM, null, null, "Builds on [[Latent variable model]].").orElseThrow().id();
            sg.importTexts(io.studygraph.ingest.Bundle.data());
        }
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.resolve("tdb").toString()));
        try (StudyGraph sg = StudyGraph.open(dir)) {
            assertThat(sg.notes().on(Learner.DEFAULT, Optional.of(DDPM))).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo(id);
                assertThat(n.links()).containsExactly(TestServer.ID + "concept/latent-variable-model");
            });
            assertThat(sg.notes().backlinks(Learner.DEFAULT, TestServer.ID + "concept/latent-variable-model")).hasSize(1);
        }
    }
}
