package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.StudyGraph;
import io.studygraph.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flashcards: one per concept of the plan, in plan order, with progress, and an Anki file Anki can read. */
class FlashcardsApiTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";
    private static final String FORWARD = TestServer.ID + "concept/forward-process";

    @Test
    void the_deck_follows_the_plan_and_the_learners_progress(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            JsonNode plan = server.getJson("/api/study/plan");
            List<String> planConcepts = new java.util.ArrayList<>();
            plan.get("steps").forEach(s -> { if (s.get("kind").asText().equals("concept")) planConcepts.add(s.get("iri").asText()); });

            JsonNode deck = server.getJson("/api/study/cards");
            assertThat(TestServer.field(deck.get("cards"), "iri")).isEqualTo(planConcepts);
            assertThat(deck.get("total").asInt()).isEqualTo(planConcepts.size()).isPositive();
            JsonNode forward = card(deck, FORWARD);
            assertThat(forward.get("label").asText()).isEqualTo("Forward process");
            assertThat(forward.get("definition").asText()).contains("Gaussian noise");
            assertThat(TestServer.field(forward.get("otherNames"), "").isEmpty() || forward.get("otherNames").size() > 0).isTrue();
            // Nothing on the bundled list explains the forward process; the card says where it is used instead.
            assertThat(forward.get("explainedBy")).isEmpty();
            assertThat(forward.get("mentionedIn")).isNotEmpty();

            server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + FORWARD + "\",\"status\":\"known\"}");
            JsonNode after = server.getJson("/api/study/cards");
            assertThat(after.get("known").asInt()).isEqualTo(1);
            assertThat(card(after, FORWARD).get("status").asText()).isEqualTo("known");

            // For one paper: only the ideas it needs, a subset of the whole deck.
            JsonNode forDdpm = server.getJson("/api/study/cards", "target", DDPM);
            assertThat(forDdpm.get("target").asText()).isEqualTo(DDPM);
            assertThat(TestServer.field(forDdpm.get("cards"), "iri")).isSubsetOf(planConcepts).hasSizeLessThan(planConcepts.size());

            assertThat(TestServer.problemDetail(server.getWith("/api/study/cards", "format", "pdf"), 400)).contains("'format'").contains("anki");
            assertThat(TestServer.problemDetail(server.getWith("/api/study/cards", "target", "not an iri"), 400)).contains("'target'");
            assertThat(TestServer.problemDetail(server.getWith("/api/study/cards", "target", TestServer.ID + "paper/nothing"), 404)).contains("paper/nothing");
        }
    }

    @Test
    void the_anki_file_has_anki_headers_one_row_per_card_and_stable_guids(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            HttpResponse<String> file = server.getWith("/api/study/cards", "format", "anki");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/tab-separated-values");
            assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            List<String> lines = file.body().lines().toList();
            assertThat(lines).startsWith("#separator:tab", "#html:true", "#notetype:Basic", "#deck:StudyGraph", "#guid column:1", "#tags column:4");
            List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
            assertThat(rows).hasSize(server.getJson("/api/study/cards").get("total").asInt());
            for (String row : rows) assertThat(row.split("\t", -1)).as(row).hasSize(4);
            String forward = rows.stream().filter(r -> r.split("\t")[1].equals("Forward process")).findFirst().orElseThrow();
            assertThat(forward.split("\t")[2]).contains("Gaussian noise").contains("Used in: <a href=\"https://w3id.org/studygraph/id/");
            assertThat(forward.split("\t")[3]).isEqualTo("studygraph unknown");
            // The same concept is the same Anki note in the next export: a re-import updates it.
            assertThat(server.getWith("/api/study/cards", "format", "anki").body()).contains(forward.split("\t")[0] + "\tForward process\t");
        }
    }

    @Test
    void text_from_the_graph_cannot_break_a_row_or_inject_markup() {
        String glossary = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/studygraph/id/concept/odd> a skos:Concept ; skos:prefLabel "#Odd <b>idea</b>" ;
                    skos:definition "Line one\\tand a tab\\nline two with \\"quotes\\" & <script>alert(1)</script>" .
                """;
        try (StudyGraph sg = StudyGraph.inMemory(false)) {
            sg.importTexts(Map.of("glossary.ttl", glossary));
            Flashcards.Deck deck = sg.cards(Learner.DEFAULT, Optional.empty());
            assertThat(deck.cards()).hasSize(1);
            assertThat(deck.cards().get(0).definition()).contains("<script>");
            String anki = Flashcards.anki(deck, "My\ndeck");
            assertThat(anki).contains("#deck:My deck\n");
            String row = anki.lines().filter(l -> l.startsWith("sg-")).findFirst().orElseThrow();
            String[] fields = row.split("\t", -1);
            assertThat(fields).hasSize(4);
            assertThat(fields[1]).isEqualTo("&#35;Odd &lt;b&gt;idea&lt;/b&gt;");
            assertThat(fields[2]).isEqualTo("Line one and a tab<br>line two with &quot;quotes&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script");
            assertThat(anki.lines().filter(l -> !l.startsWith("#"))).hasSize(1);
        }
    }

    private static JsonNode card(JsonNode deck, String iri) {
        for (JsonNode c : deck.get("cards")) if (c.get("iri").asText().equals(iri)) return c;
        throw new AssertionError("no card for " + iri + " in " + deck);
    }
}
