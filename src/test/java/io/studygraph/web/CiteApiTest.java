package io.studygraph.web;

import static io.studygraph.web.TestServer.encode;
import static io.studygraph.web.TestServer.problemDetail;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/cite} on the bundled list, through a real HTTP client. */
class CiteApiTest {
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

    @Test
    void a_paper_is_cited_in_bibtex_from_its_ordered_authors_venue_and_arxiv_id() {
        HttpResponse<String> response = server.get("/api/cite?style=bibtex&iri=" + encode(DDPM));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body()).startsWith("@inproceedings{ho2020denoising,\n")
                .contains("author = {Ho, Jonathan and Jain, Ajay and Abbeel, Pieter}", "booktitle = {NeurIPS}",
                        "year = {2020}", "eprint = {2006.11239}");
    }

    @Test
    void a_paper_is_cited_in_apa_with_its_link() {
        HttpResponse<String> response = server.get("/api/cite?style=apa&iri=" + encode(DDPM));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Ho, J., Jain, A., & Abbeel, P. (2020). Denoising Diffusion Probabilistic Models. "
                + "NeurIPS, 33. https://arxiv.org/abs/2006.11239");
    }

    @Test
    void a_video_is_cited_with_its_presenter_as_a_video() {
        HttpResponse<String> response = server.get("/api/cite?style=apa&iri=" + encode(TestServer.ID + "video/youtube-W-O7AZNzbzQ"));
        assertThat(response.body()).startsWith("Kilcher, Y. (2021). DDPM - Diffusion Models Beat GANs")
                .contains("[Video].", "https://www.youtube.com/watch?v=W-O7AZNzbzQ");
        assertThat(server.get("/api/cite?iri=" + encode(TestServer.ID + "video/youtube-W-O7AZNzbzQ")).body())
                .as("BibTeX by default").startsWith("@misc{kilcher2021ddpm,");
    }

    @Test
    void a_bad_style_or_address_is_a_400_naming_the_parameter() {
        assertThat(problemDetail(server.get("/api/cite?style=mla&iri=" + encode(DDPM)), 400)).contains("'style'", "bibtex, apa", "mla");
        assertThat(problemDetail(server.get("/api/cite?style=apa&iri=not%20an%20iri"), 400)).contains("'iri'");
        assertThat(problemDetail(server.get("/api/cite?style=apa"), 400)).contains("'iri'");
    }

    @Test
    void an_unknown_entity_or_one_that_is_no_work_is_a_404() {
        assertThat(problemDetail(server.get("/api/cite?style=apa&iri=" + encode(TestServer.ID + "paper/none")), 404)).contains("nothing in the graph");
        assertThat(problemDetail(server.get("/api/cite?style=bibtex&iri=" + encode(TestServer.ID + "person/alex-nichol")), 404))
                .contains("not a work");
    }
}
