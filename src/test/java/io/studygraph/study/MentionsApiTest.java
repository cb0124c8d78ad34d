package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.web.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/study/mentions}: the concepts in an entity's texts at their offsets, and where a concept is named. */
class MentionsApiTest {
    private static final String BEAT_GANS = TestServer.ID + "paper/arxiv-2105.05233";
    private static final String U_NET = TestServer.ID + "concept/u-net";

    @Test
    void spans_point_at_the_words_in_the_text_and_a_concept_lists_where_it_is_named(@TempDir Path dir) {
        try (TestServer server = TestServer.start(dir)) {
            JsonNode answer = server.getJson("/api/study/mentions", "iri", BEAT_GANS);
            String summary = null;
            for (JsonNode group : server.entity(BEAT_GANS).get("literals")) {
                if (group.get("property").asText().equals("https://w3id.org/studygraph/ontology#summary")) summary = group.get("values").get(0).get("value").asText();
            }
            assertThat(summary).isNotNull();
            boolean sawUNet = false;
            for (JsonNode span : answer.get("spans")) {
                if (!span.get("field").asText().equals("summary")) continue;
                assertThat(summary.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
                if (span.get("concept").asText().equals(U_NET)) {
                    sawUNet = true;
                    assertThat(span.get("label").asText()).isEqualTo("U-Net");
                }
            }
            assertThat(sawUNet).isTrue();

            // A note naming the concept is the learner's, not the list's: the concept does not list it.
            server.writeJson("POST", "/api/study/notes", "{\"on\":\"" + BEAT_GANS + "\",\"text\":\"Look at the U-Net here\"}");
            JsonNode concept = server.getJson("/api/study/mentions", "iri", U_NET);
            assertThat(concept.get("total").asInt()).isEqualTo(concept.get("foundIn").size()).isPositive();
            assertThat(TestServer.field(concept.get("foundIn"), "iri")).contains(BEAT_GANS, TestServer.ID + "tutorial/the-annotated-diffusion-model")
                    .noneMatch(iri -> iri.contains("/study/"));
            for (JsonNode f : concept.get("foundIn")) assertThat(f.get("field").asText()).isIn("title", "abstract", "summary", "description");

            // The records about an entity (mentions found, notes, progress) are not shown as its links.
            server.writeJson("POST", "/api/study/notes", "{\"on\":\"" + U_NET + "\",\"text\":\"See [[Diffusion Models Beat GANs on Image Synthesis]]\"}");
            server.writeJson("POST", "/api/study/progress", "{\"iri\":\"" + BEAT_GANS + "\",\"status\":\"reading\"}");
            String incoming = server.entity(BEAT_GANS).get("incoming").toString();
            assertThat(incoming).doesNotContain("mentionIn").doesNotContain("noteOn").doesNotContain("noteLinksTo")
                    .doesNotContain("ontology#item").doesNotContain("/study/").contains("schema.org");

            assertThat(TestServer.problemDetail(server.getWith("/api/study/mentions", "iri", "no iri"), 400)).contains("'iri'");
            assertThat(TestServer.problemDetail(server.getWith("/api/study/mentions"), 400)).contains("'iri'");
        }
    }
}
