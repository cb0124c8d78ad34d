package io.studygraph.search;

import static io.studygraph.search.SearchFixtures.forgetOpenDatabase;
import static io.studygraph.search.SearchFixtures.iri;
import static io.studygraph.search.SearchFixtures.withLog;
import static io.studygraph.web.TestServer.field;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.StudyGraph;
import io.studygraph.study.Learner;
import io.studygraph.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes in search: a learner's notes are found by their words as hits of kind "note" that point
 * at the noted entity, follow every save and delete at once, survive a restart without a rebuild,
 * take a renamed entity's new name, and are never shown to another learner, in autocomplete or in
 * {@code sg:search}.
 */
class NotesSearchTest {
    private static final String DDPM = iri("paper/arxiv-2006.11239");
    private static final String DDPM_TITLE = "Denoising Diffusion Probabilistic Models";

    @TempDir static Path dataDir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_saved_note_is_found_by_its_words_until_it_is_edited_or_deleted() {
        JsonNode note = saveNote(Map.of("on", DDPM, "text", "The wombatography of the reverse diffusion chain."));
        String noteIri = Learner.DEFAULT.recordPrefix() + "note/" + note.get("id").asText();

        JsonNode found = search("q", "wombatography");
        assertThat(field(found.get("hits"), "iri")).containsExactly(noteIri);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("kind").asText()).isEqualTo("note");
        assertThat(hit.get("on").asText()).isEqualTo(DDPM);
        assertThat(hit.get("label").asText()).isEqualTo("Note on " + DDPM_TITLE);
        assertThat(snippetText(hit)).contains("wombatography");
        assertThat(kindCounts(found)).containsEntry("note", 1);

        JsonNode diffusion = search("q", "diffusion", "limit", "100");
        assertThat(kindCounts(diffusion)).containsEntry("note", 1).containsKey("paper");
        assertThat(field(diffusion.get("hits"), "on")).as("entities have no 'on'").contains((String) null);
        JsonNode onlyNotes = search("q", "diffusion", "kind", "note");
        assertThat(field(onlyNotes.get("hits"), "kind")).containsExactly("note");
        assertThat(kindCounts(onlyNotes)).containsOnlyKeys("note");

        String path = "/api/study/notes/" + note.get("id").asText();
        assertThat(server.writeJson("PUT", path, "{\"text\":\"Now about platypusology instead.\"}").statusCode()).isEqualTo(200);
        assertThat(field(search("q", "wombatography").get("hits"), "iri")).doesNotContain(noteIri);
        assertThat(field(search("q", "platypusology").get("hits"), "iri")).containsExactly(noteIri);

        assertThat(server.writeJson("DELETE", path, null).statusCode()).isEqualTo(204);
        JsonNode afterDelete = search("q", "platypusology");
        assertThat(field(afterDelete.get("hits"), "iri")).doesNotContain(noteIri);
        assertThat(kindCounts(afterDelete)).doesNotContainKey("note");
    }

    @Test
    void another_learners_notes_are_found_only_with_that_learner() {
        JsonNode note = saveNote(Map.of("on", DDPM, "text", "Ocelotism in the noise schedule.", "learner", "other"));
        String noteIri = new Learner("other").recordPrefix() + "note/" + note.get("id").asText();

        JsonNode mine = search("q", "ocelotism");
        assertThat(field(mine.get("hits"), "iri")).doesNotContain(noteIri);
        assertThat(kindCounts(search("q", "noise schedule", "limit", "100"))).doesNotContainKey("note");
        assertThat(search("q", "ocelotism", "kind", "note").get("total").asInt()).isZero();

        JsonNode theirs = search("q", "ocelotism", "learner", "other");
        assertThat(field(theirs.get("hits"), "iri")).containsExactly(noteIri);
        assertThat(kindCounts(theirs)).containsEntry("note", 1);

        assertThat(problemDetail(server.getWith("/api/search", "q", "ocelotism", "learner", "Not A Name"), 400)).contains("'learner'");
    }

    @Test
    void autocomplete_and_sg_search_never_offer_a_note_and_an_unknown_kind_is_still_refused() {
        saveNote(Map.of("on", DDPM, "text", "Capybaration of denoising steps."));
        assertThat(search("q", "capybaration").get("total").asInt()).as("the note is searchable").isEqualTo(1);

        assertThat(server.getJson("/api/suggest", "q", "capybara")).isEmpty();
        assertThat(field(server.getJson("/api/suggest", "q", "denois", "limit", "100"), "kind")).isNotEmpty().doesNotContain("note");
        assertThat(field(server.getJson("/api/suggest", "q", "note on"), "kind")).doesNotContain("note");
        assertThat(server.studyGraph().search().top("capybaration", 10)).isEmpty();

        String unknown = problemDetail(server.getWith("/api/search", "q", "diffusion", "kind", "notes"), 400);
        assertThat(unknown).contains("'notes'", "paper", "note]");
        problemDetail(server.getWith("/api/suggest", "q", "diffusion", "kind", "note"), 400);
    }

    @Test
    void a_note_saved_before_a_restart_is_found_after_it_without_a_rebuild(@TempDir Path dir) {
        try (StudyGraph sg = StudyGraph.open(dir)) {
            sg.writeNote(Learner.DEFAULT, null, DDPM, null, null, "Marmosetry across restarts.");
        }
        forgetOpenDatabase(dir);

        var reopened = withLog(() -> StudyGraph.open(dir));
        try (StudyGraph sg = reopened.value()) {
            assertThat(reopened.log()).doesNotContain("rebuilding it from the store");
            assertThat(sg.search().search(new SearchRequest("marmosetry", null, null, null, 10, 0)).hits())
                    .extracting(SearchResult.Hit::kind, SearchResult.Hit::on).containsExactly(org.assertj.core.groups.Tuple.tuple("note", DDPM));
        }
    }

    @Test
    void re_importing_the_noted_entity_under_a_new_name_renames_its_notes(@TempDir Path dir) {
        String paper = iri("paper/test-lanterns");
        try (StudyGraph sg = StudyGraph.open(dir)) {
            sg.importTexts(Map.of("lanterns.ttl", lanterns("Lanterns for Sampling")));
            sg.writeNote(Learner.DEFAULT, null, paper, null, null, "Gibbonage of the lantern light.");
            assertThat(noteLabels(sg, "gibbonage")).containsExactly("Note on Lanterns for Sampling");

            sg.importTexts(Map.of("lanterns.ttl", lanterns("Lamps for Sampling")));

            assertThat(noteLabels(sg, "gibbonage")).containsExactly("Note on Lamps for Sampling");
        }
    }

    private static JsonNode saveNote(Map<String, String> body) {
        try {
            HttpResponse<String> created = server.writeJson("POST", "/api/study/notes", TestServer.JSON.writeValueAsString(body));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return TestServer.json(created);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode search(String... params) {
        return server.getJson("/api/search", params);
    }

    /** The kind facet as value → count. */
    private static Map<String, Integer> kindCounts(JsonNode result) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        result.get("facets").get("kind").forEach(v -> counts.put(v.get("value").asText(), v.get("count").asInt()));
        return counts;
    }

    private static String snippetText(JsonNode hit) {
        return String.join("", field(hit.get("snippet"), "text"));
    }

    private static List<String> noteLabels(StudyGraph sg, String q) {
        return sg.search().search(new SearchRequest(q, "note", null, null, 10, 0)).hits().stream().map(SearchResult.Hit::label).toList();
    }

    private static String lanterns(String name) {
        return """
                @prefix schema: <https://schema.org/> .
                @prefix id: <https://w3id.org/studygraph/id/> .
                id:paper\\/test-lanterns a schema:ScholarlyArticle ; schema:name "%s" .
                """.formatted(name);
    }
}
