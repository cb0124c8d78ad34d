package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.StudyGraph;
import io.studygraph.cli.CliRun;
import io.studygraph.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress marks over HTTP and the CLI: guarded, validated, kept per learner, and kept through restarts and re-imports. */
class ProgressApiTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";
    private static final String CONCEPT = TestServer.ID + "concept/forward-process";

    @Test
    void a_mark_is_stored_per_learner_and_read_back(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            HttpResponse<String> set = server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + DDPM + "\",\"status\":\"done\"}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            // "done" on a concept is stored as its counterpart, "known".
            JsonNode concept = TestServer.json(server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + CONCEPT + "\",\"status\":\"done\"}"));
            assertThat(concept.get("status").asText()).isEqualTo("known");
            server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + DDPM + "\",\"status\":\"reading\",\"learner\":\"ada\"}");

            assertThat(statuses(server.getJson("/api/study/progress"))).containsEntry(DDPM, "done").containsEntry(CONCEPT, "known");
            assertThat(statuses(server.getJson("/api/study/progress", "learner", "ada"))).containsExactly(Map.entry(DDPM, "reading"));
            assertThat(server.getJson("/api/study/progress").get("counts").get("done").asInt()).isEqualTo(1);

            // Back to unread removes the record: nothing is left of it in the learner's graph.
            server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + DDPM + "\",\"status\":\"unread\"}");
            assertThat(statuses(server.getJson("/api/study/progress"))).doesNotContainKey(DDPM);
            String turtle = server.get("/api/study/export").body();
            assertThat(turtle).contains("forward-process").doesNotContain("arxiv-2006.11239");
        }
    }

    @Test
    void writes_need_the_token_and_bad_input_is_named(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            assertThat(server.post("/api/study/progress", "application/json", "{\"iri\":\"" + DDPM + "\",\"status\":\"done\"}").statusCode()).isEqualTo(401);
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + DDPM + "\",\"status\":\"finished\"}"), 400))
                    .contains("'status'").contains("finished").contains("done");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + TestServer.ID + "paper/nothing\",\"status\":\"done\"}"), 404))
                    .contains("paper/nothing");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + TestServer.ID + "person/alex-nichol\",\"status\":\"done\"}"), 400))
                    .contains("person");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/progress", "{\"iri\": 3"), 400)).contains("not valid JSON");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + DDPM + "\",\"status\":\"done\",\"learner\":\"Not Me\"}"), 400))
                    .contains("'learner'");
            assertThat(TestServer.problemDetail(server.writeJson("POST", "/api/study/plan/moves", "{\"iri\":\"" + DDPM + "\",\"position\":0}"), 400))
                    .contains("from 1");
            assertThat(server.getJson("/api/study/progress").get("items")).isEmpty();
        }
    }

    @Test
    void marks_and_moves_survive_a_restart_and_reimporting_every_source(@TempDir Path dir) {
        try (StudyGraph sg = StudyGraph.open(dir)) {
            sg.setProgress(Learner.DEFAULT, DDPM, Status.DONE);
            sg.movePlanItem(Learner.DEFAULT, DDPM, 2);
            // Every source imported again, as a user replacing each of them would.
            assertThat(sg.importTexts(io.studygraph.ingest.Bundle.data())).hasSize(io.studygraph.ingest.Bundle.data().size());
        }
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.resolve("tdb").toString()));
        try (StudyGraph sg = StudyGraph.open(dir)) {
            assertThat(sg.progress().statuses(Learner.DEFAULT)).containsEntry(DDPM, Status.DONE);
            assertThat(sg.progress().moves(Learner.DEFAULT)).containsExactly(new PlanMove(DDPM, 2));
        }
    }

    @Test
    void the_cli_marks_and_lists(@TempDir Path dir) {
        CliRun mark = CliRun.of("--data-dir", dir.toString(), "progress", DDPM, "reading");
        assertThat(mark.exitCode()).as(mark.err()).isZero();
        assertThat(mark.out()).contains("Denoising Diffusion Probabilistic Models: reading");
        CliRun list = CliRun.of("--data-dir", dir.toString(), "progress");
        assertThat(list.out()).contains("reading").contains(DDPM);
        CliRun bad = CliRun.of("--data-dir", dir.toString(), "progress", DDPM, "finished");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("finished");
    }

    private static Map<String, String> statuses(JsonNode progress) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode item : progress.get("items")) out.put(item.get("iri").asText(), item.get("status").asText());
        return out;
    }
}
