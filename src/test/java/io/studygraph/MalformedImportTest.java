package io.studygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.studygraph.cli.CliRun;
import io.studygraph.graph.TdbStore;
import io.studygraph.search.IndexDump;
import io.studygraph.web.StoreDump;
import io.studygraph.web.TestServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files an import must refuse, fed to one store holding the seed (its index on disk beside it),
 * first through the command line, then over HTTP: each is refused with the file, the line of the
 * fault (and its column where the parser knows it), no stack trace, and the store and the index
 * exactly as they were.
 *
 * <p>The index is compared twice: by {@link IndexDump#documents} (every committed document's
 * stored fields and the store generation the commit records: what search and a restart see) and
 * by {@link IndexDump#files} (the bytes of its files): a refused import must neither commit nor
 * flush, so both stay equal, and the live writer's document count too. The CLI cases run first,
 * as the command line opens the data directory itself; the server is started on the same
 * directory after them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedImportTest {
    @TempDir static Path dataDir;
    @TempDir static Path files;
    private static Fingerprint before;
    private static TestServer server;

    /** A file and where its fault is: the line (and column, 0 when the parser gives none) the message must name. */
    record Malformed(String name, byte[] bytes, int line, int column, String says, boolean strict) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Everything a refused import must leave as it was. */
    private record Fingerprint(String store, String documents, String indexFiles) {
        static Fingerprint of(io.studygraph.graph.Store store) {
            return new Fingerprint(StoreDump.sha256(store), IndexDump.documents(dataDir.resolve("index")), IndexDump.files(dataDir.resolve("index")));
        }
    }

    static Stream<Malformed> malformed() {
        return Stream.of(
                text("cut.bib", """
                        % Copied from a reference manager; the copy stopped half-way through the second entry.
                        @article{ho2020,
                          title  = {Denoising Diffusion Probabilistic Models},
                          author = {Ho, Jonathan and Jain, Ajay and Abbeel, Pieter},
                          year   = {2020}
                        }

                        @inproceedings{song2021,
                          title     = {Score-Based Generative Modeling through Stochastic Differential Equations},
                          author    = {Song, Yang and Sohl-Dickstein, Jascha and Kingma, Diederik""", "@inproceedings", -1, "song2021"),
                text("bad.ttl", """
                        @prefix schema: <https://schema.org/> .

                        <https://example.org/papers/latent> a schema:ScholarlyArticle ;
                            schema:name "High-Resolution Image Synthesis with Latent Diffusion Models" ;
                            schema:url <https://example.org/papers/latent diffusion> .
                        """, " diffusion>", 1, "IRI"),
                strict("untitled.ttl", """
                        @prefix schema: <https://schema.org/> .

                        <https://w3id.org/studygraph/id/paper/test-titled> a schema:ScholarlyArticle ;
                            schema:name "A Paper That Has Its Title" .

                        <https://w3id.org/studygraph/id/paper/test-untitled> a schema:ScholarlyArticle ;
                            schema:datePublished "2021-05-11"^^<http://www.w3.org/2001/XMLSchema#date> .
                        """, "test-untitled>", "needs a title"),
                bytes("paper.bib", concat("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF,
                        (byte) 0xD3, '\n', '1', ' ', '0', ' ', 'o', 'b', 'j', '\n'}), 2, 2, "UTF-8"),
                text("cut.ris", """
                        TY  - JOUR
                        TI  - Denoising Diffusion Probabilistic Models
                        AU  - Ho, Jonathan
                        PY  - 2020
                        ER  -\s

                        TY  - CONF
                        TI  - Improved Denoising Diffusion Probabilistic Models
                        AU  - Nichol, Alex""", "TY  - CONF", -1, "ER line"),
                text("cut.json", """
                        [
                          {"id": "ho2020", "type": "article-journal", "title": "Denoising Diffusion Probabilistic Models",
                           "issued": {"date-parts": [[2020]]}},
                          {"id": "nichol2021", "type": "paper-conference", "title": "Improved Denoising Diff""",
                        "Improved Denoising Diff", "Improved Denoising Diff".length(), "JSON"),
                text("broken.jsonld", """
                        {
                          "@context": "https://schema.org",
                          "@id": "https://example.org/papers/ddim",
                          "@type": "ScholarlyArticle"
                          "name": "Denoising Diffusion Implicit Models"
                        }
                        """, "\"name\"", 5, "JSON"),
                bytes("empty.md", new byte[0], 1, 0, "empty"),
                bytes("notepad.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "# Diffusion\n\n* Denoising Diffusion Probabilistic Models\n"
                        .getBytes(StandardCharsets.UTF_16LE)), 1, 1, "UTF-16"),
                text("nul.ttl", """
                        @prefix schema: <https://schema.org/> .

                        <https://example.org/papers/nul> a schema:ScholarlyArticle ;
                            schema:name "Half a Title\0 and the rest" .
                        """, "\0", 0, "NUL"));
    }

    /**
     * A UTF-8 file whose fault is at {@code fault}; the message names its line and, when the
     * parser gives one, a column {@code columnAfter} characters on from where {@code fault}
     * starts (parsers stop past what they refuse: Jena after the bad character, JSON parsers
     * after the token or the end of the file), or no column when {@code columnAfter} is negative.
     */
    private static Malformed text(String name, String text, String fault, int columnAfter, String says) {
        int at = text.indexOf(fault);
        assertThat(at).as("the fault %s is in the file", fault).isNotNegative();
        int column = columnAfter < 0 ? 0 : at - (text.lastIndexOf('\n', at - 1) + 1) + 1 + columnAfter;
        return new Malformed(name, text.getBytes(StandardCharsets.UTF_8), lineOf(text, fault), column, says, false);
    }

    private static Malformed strict(String name, String text, String fault, String says) {
        return new Malformed(name, text.getBytes(StandardCharsets.UTF_8), lineOf(text, fault), 0, says, true);
    }

    private static Malformed bytes(String name, byte[] bytes, int line, int column, String says) {
        return new Malformed(name, bytes, line, column, says, false);
    }

    private static int lineOf(String text, String fault) {
        int at = text.indexOf(fault);
        assertThat(at).as("the fault %s is in the file", fault).isNotNegative();
        return (int) text.substring(0, at).lines().count() + (text.substring(0, at).endsWith("\n") || at == 0 ? 1 : 0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @BeforeAll
    static void storeHoldsTheSeedWithItsIndexOnDisk() {
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            assertThat(sg.index().size()).isPositive();
        }
        before = fingerprint();
        assertThat(before.store()).doesNotStartWith("0 quads");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static Fingerprint fingerprint() {
        try (TdbStore store = TdbStore.open(dataDir.resolve("tdb"))) {
            return Fingerprint.of(store);
        }
    }

    @Order(1)
    @ParameterizedTest(name = "import {0}")
    @MethodSource("malformed")
    void the_command_line_refuses_it_naming_file_and_line_and_changes_nothing(Malformed bad) throws IOException {
        Path file = Files.write(files.resolve(bad.name()), bad.bytes());
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "import"));
        if (bad.strict()) args.add("--strict");
        args.add(file.toString());

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        String message = run.err().strip();
        assertThat(message).startsWith("error: ").contains(bad.name() + " line " + bad.line() + ": ");
        assertPlace(bad, message.substring(message.indexOf(bad.name()) + bad.name().length()));
        assertNoStackTrace(run.out() + run.err());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Order(2)
    @ParameterizedTest(name = "POST {0}")
    @MethodSource("malformed")
    void the_import_endpoint_refuses_it_with_a_400_naming_file_and_line_and_changes_nothing(Malformed bad) {
        if (server == null) server = TestServer.start(dataDir);
        int documents = server.studyGraph().index().size();

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/import?name=" + bad.name() + (bad.strict() ? "&strict=true" : "")))
                .header("Content-Type", "application/octet-stream").header("Authorization", "Bearer " + server.writeToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bad.bytes())).build());

        String detail = TestServer.problemDetail(response, 400);
        assertThat(detail).startsWith(bad.name() + " line " + bad.line() + ": ");
        assertPlace(bad, detail.substring(bad.name().length()));
        assertThat(Fingerprint.of(server.studyGraph().store())).isEqualTo(before);
        assertThat(server.studyGraph().index().size()).isEqualTo(documents);
    }

    @Order(3)
    @Test
    void leniently_the_paper_breaking_the_shapes_is_left_out_with_a_warning_naming_its_line_and_the_good_one_imports() {
        if (server == null) server = TestServer.start(dataDir);
        Malformed untitled = malformed().filter(Malformed::strict).findFirst().orElseThrow();

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/import?name=" + untitled.name()))
                .header("Content-Type", "text/turtle").header("Authorization", "Bearer " + server.writeToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(untitled.bytes())).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = TestServer.json(response);
        assertThat(result.get("entities").asInt()).isEqualTo(1);
        assertThat(result.get("warnings")).singleElement().satisfies(w -> assertThat(w.asText())
                .startsWith("line " + untitled.line() + ": paper/test-untitled: ").contains("needs a title", "Left it out"));
        assertThat(server.entity(TestServer.ID + "paper/test-titled").get("label").asText()).isEqualTo("A Paper That Has Its Title");
        TestServer.problemDetail(server.getWith("/api/entity", "iri", TestServer.ID + "paper/test-untitled"), 404);
        assertThat(TestServer.json(server.getWith("/api/search", "q", "\"Has Its Title\"")).get("total").asInt()).isOne();
    }

    /** What follows the file name: the problem, and the column after it as "(column 31)" where there is one. */
    private static void assertPlace(Malformed bad, String afterName) {
        assertThat(afterName).containsIgnoringCase(bad.says());
        if (bad.column() > 0) assertThat(afterName).contains("(column " + bad.column() + ")");
        else assertThat(afterName).doesNotContain("column");
    }

    private static void assertNoStackTrace(String output) {
        assertThat(output).doesNotContain("\tat ", "Exception", ".java:");
    }
}
