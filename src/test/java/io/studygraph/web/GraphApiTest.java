package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.json;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/graph} and {@code /api/path} on the bundled list, through a real HTTP client. */
class GraphApiTest {
    private static final String ID = TestServer.ID;
    private static final String BEAT_GANS = ID + "paper/arxiv-2105.05233";

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

    private static List<String> values(JsonNode elements, String field) {
        List<String> out = new ArrayList<>();
        elements.forEach(e -> out.add(e.get("data").get(field).asText()));
        return out;
    }

    @Test
    void the_neighbourhood_of_a_paper_holds_its_authors_code_and_explainers() {
        JsonNode g = json(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&limit=200"));
        assertThat(values(g.get("nodes"), "id")).contains(BEAT_GANS, ID + "person/prafulla-dhariwal",
                ID + "repo/github-openai-guided-diffusion", ID + "video/youtube-W-O7AZNzbzQ");
        assertThat(values(g.get("nodes"), "label")).contains("Alex Nichol");
        assertThat(values(g.get("edges"), "label")).contains("author", "implements", "explains");
        assertThat(g.get("more").size()).isZero();
        java.util.Map<String, Double> importance = new java.util.HashMap<>();
        g.get("nodes").forEach(n -> importance.put(n.get("data").get("id").asText(), n.get("data").get("importance").asDouble()));
        assertThat(importance.get(BEAT_GANS)).as("nodes carry the importance graphs size them by")
                .isGreaterThan(importance.get(ID + "repo/github-openai-guided-diffusion"));
    }

    @Test
    void a_limit_caps_the_relations_shown_and_says_how_many_are_left() {
        JsonNode g = json(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&limit=3"));
        assertThat(g.get("edges").size()).isEqualTo(3);
        assertThat(g.get("more").get(BEAT_GANS).asInt()).isGreaterThan(5);
    }

    @Test
    void a_budget_caps_the_entities_shown_and_the_rest_are_counted_as_more() {
        JsonNode all = json(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&limit=200&depth=2"));
        JsonNode four = json(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&limit=200&depth=2&budget=4"));
        assertThat(all.get("nodes").size()).isGreaterThan(4);
        assertThat(four.get("nodes").size()).isEqualTo(4);
        assertThat(four.get("more").get(BEAT_GANS).asInt()).isPositive();
    }

    @Test
    void filters_keep_only_the_kinds_and_relations_asked_for() {
        JsonNode people = json(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&limit=200&kinds=paper,person"));
        assertThat(values(people.get("nodes"), "kind")).containsOnly("paper", "person");
        JsonNode cites = json(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&limit=200&relations=cito:cites"));
        assertThat(values(cites.get("edges"), "property")).containsOnly("http://purl.org/spar/cito/cites");
    }

    @Test
    void depth_two_reaches_the_neighbours_of_neighbours() {
        JsonNode one = json(server.get("/api/graph?iri=" + encode(ID + "person/yannic-kilcher") + "&depth=1&limit=200"));
        JsonNode two = json(server.get("/api/graph?iri=" + encode(ID + "person/yannic-kilcher") + "&depth=2&limit=200"));
        assertThat(values(one.get("nodes"), "id")).doesNotContain(BEAT_GANS);
        assertThat(values(two.get("nodes"), "id")).contains(BEAT_GANS);
    }

    @Test
    void a_path_explains_how_the_computerphile_video_relates_to_discriminator_guidance() {
        JsonNode r = json(server.get("/api/path?from=" + encode(ID + "video/youtube-1CIpzeNxIhU")
                + "&to=" + encode(ID + "paper/arxiv-2211.17091") + "&k=3"));
        assertThat(r.get("connected").asBoolean()).isTrue();
        assertThat(r.get("paths").size()).isBetween(1, 3);
        JsonNode first = r.get("paths").get(0);
        assertThat(first.get("nodes").get(0).get("iri").asText()).isEqualTo(ID + "video/youtube-1CIpzeNxIhU");
        assertThat(first.get("sentence").asText()).startsWith("How AI Image Generators Work").contains(" → ")
                .endsWith("Refining Generative Process with Discriminator Guidance in Score-based Diffusion Models");
    }

    @Test
    void a_path_from_kilcher_to_improved_ddpm_goes_through_his_video() {
        JsonNode r = json(server.get("/api/path?from=" + encode(ID + "person/yannic-kilcher") + "&to=" + encode(ID + "paper/arxiv-2102.09672")));
        assertThat(r.get("paths").get(0).get("sentence").asText())
                .startsWith("Yannic Kilcher — presents → DDPM - Diffusion Models Beat GANs")
                .endsWith("— explains → Improved Denoising Diffusion Probabilistic Models");
    }

    @Test
    void excluding_a_relation_changes_the_route_or_disconnects() {
        String base = "/api/path?from=" + encode(ID + "person/yannic-kilcher") + "&to=" + encode(ID + "paper/arxiv-2102.09672");
        JsonNode r = json(server.get(base + "&max=2&excludeRelations=" + encode("sg:explains")));
        assertThat(r.get("connected").asBoolean()).isFalse();
        assertThat(r.get("maxHops").asInt()).isEqualTo(2);
    }

    @Test
    void between_a_video_and_a_person_the_first_path_goes_through_papers_or_people_when_one_exists() {
        // Both explain or present something by way of a glossary term in two hops; through papers it takes more.
        JsonNode r = json(server.get("/api/path?from=" + encode(ID + "video/youtube-W-O7AZNzbzQ")
                + "&to=" + encode(ID + "person/aleksa-gordic") + "&k=3"));

        JsonNode first = r.get("paths").get(0);
        List<String> kinds = new ArrayList<>();
        first.get("nodes").forEach(n -> kinds.add(n.get("kind").asText()));
        assertThat(kinds.subList(1, kinds.size() - 1)).isNotEmpty().doesNotContain("concept")
                .allSatisfy(kind -> assertThat(kind).isIn("paper", "person", "video", "tutorial", "repo", "book"));
        assertThat(first.get("sentence").asText()).doesNotContain("— mentions →");
        assertThat(r.get("paths").size()).isBetween(1, 3);
    }

    @Test
    void relations_to_avoid_may_be_named_as_the_pages_name_them() {
        String base = "/api/path?from=" + encode(ID + "video/youtube-1CIpzeNxIhU") + "&to=" + encode(ID + "person/alex-nichol");

        JsonNode r = json(server.get(base + "&excludeRelations=" + encode("mentions, mentions (found in text)")));
        r.get("paths").forEach(p -> assertThat(p.get("sentence").asText()).doesNotContain("— mentions"));
        assertThat(problemDetail(server.get(base + "&excludeRelations=" + encode("nonsense")), 400))
                .contains("'excludeRelations'", "'nonsense'");
    }

    @Test
    void a_path_may_be_asked_to_pass_people_only_or_papers_only() {
        // Kilcher's video explains two papers by Dhariwal: through papers it reaches him, through people
        // (the video's presenter knows nobody on the list) it does not, and says so.
        String base = "/api/path?from=" + encode(ID + "video/youtube-W-O7AZNzbzQ") + "&to=" + encode(ID + "person/prafulla-dhariwal") + "&k=3";
        JsonNode papers = json(server.get(base + "&through=" + encode("paper,book")));
        assertThat(papers.get("paths")).hasSize(3).allSatisfy(p -> {
            List<String> kinds = new ArrayList<>();
            p.get("nodes").forEach(n -> kinds.add(n.get("kind").asText()));
            assertThat(kinds.get(0)).isEqualTo("video");
            assertThat(kinds.get(kinds.size() - 1)).isEqualTo("person");
            assertThat(kinds.subList(1, kinds.size() - 1)).isNotEmpty().allSatisfy(kind -> assertThat(kind).isIn("paper", "book"));
        });
        JsonNode people = json(server.get(base + "&through=person"));
        assertThat(people.get("connected").asBoolean()).isFalse();
        assertThat(people.get("message").asText()).isEqualTo("No path of at most 6 hops passing only people");
        // The Computerphile video only mentions glossary terms: no path through papers alone.
        assertThat(json(server.get("/api/path?from=" + encode(ID + "video/youtube-1CIpzeNxIhU") + "&to=" + encode(ID + "person/alex-nichol")
                + "&through=paper")).get("connected").asBoolean()).isFalse();
        assertThat(problemDetail(server.get(base + "&through=people"), 400)).contains("'through'", "'people'");
    }

    @Test
    void an_author_has_works_in_date_order_and_coauthors_by_shared_works() {
        JsonNode c = json(server.get("/api/connections?iri=" + encode(ID + "person/alex-nichol")));
        assertThat(c.get("works").get(0).get("label").asText()).isEqualTo("Improved Denoising Diffusion Probabilistic Models");
        assertThat(c.get("works").get(1).get("label").asText()).isEqualTo("Diffusion Models Beat GANs on Image Synthesis");
        assertThat(c.get("works").get(1).get("date").asText()).isEqualTo("2021-05-11");
        assertThat(c.get("coauthors").get(0).get("label").asText()).isEqualTo("Prafulla Dhariwal");
        assertThat(c.get("coauthors").get(0).get("sharedWorks").asInt()).isEqualTo(2);
    }

    @Test
    void a_paper_has_its_citations_on_a_timeline_and_what_builds_on_it() {
        JsonNode c = json(server.get("/api/connections?iri=" + encode(ID + "paper/arxiv-2006.11239")));
        List<String> cited = new ArrayList<>();
        c.get("citations").forEach(x -> cited.add(x.get("relation").asText() + ": " + x.get("label").asText()));
        assertThat(cited).contains("cited by: Improved Denoising Diffusion Probabilistic Models",
                "cited by: Diffusion Models Beat GANs on Image Synthesis");
        List<String> dates = new ArrayList<>();
        c.get("citations").forEach(x -> dates.add(x.get("date").asText()));
        assertThat(dates).isSorted();
        List<String> descendants = new ArrayList<>();
        c.get("lineage").get("descendants").forEach(x -> descendants.add(x.get("label").asText()));
        assertThat(descendants).contains("Improved Denoising Diffusion Probabilistic Models",
                "Refining Generative Process with Discriminator Guidance in Score-based Diffusion Models");
    }

    @Test
    void bad_parameters_are_400_and_unknown_entities_404() {
        assertThat(problemDetail(server.get("/api/graph"), 400)).contains("'iri'");
        assertThat(problemDetail(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&depth=9"), 400)).contains("'depth'");
        assertThat(problemDetail(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&kinds=spaceship"), 400)).contains("spaceship");
        for (String budget : List.of("0", "1001", "many", "-5")) {
            assertThat(problemDetail(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&budget=" + budget), 400)).contains("'budget'", "1 to 1000");
        }
        assertThat(problemDetail(server.get("/api/graph?iri=" + encode(BEAT_GANS) + "&relations=nope:x"), 400)).contains("nope:x");
        assertThat(problemDetail(server.get("/api/graph?iri=" + encode(ID + "paper/unknown")), 404)).contains("paper/unknown");
        assertThat(problemDetail(server.get("/api/path?from=" + encode(BEAT_GANS)), 400)).contains("'to'");
        assertThat(problemDetail(server.get("/api/path?from=" + encode(BEAT_GANS) + "&to=" + encode(BEAT_GANS) + "&k=99"), 400)).contains("'k'");
    }
}
