package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Independent clients accept the endpoint and the linked-data IRIs: Python's SPARQLWrapper (in
 * its default mode too), rdflib (its own content negotiation too) and pyld (Debian packages
 * python3-sparqlwrapper, python3-rdflib, python3-pyld, python3-requests, installed by .ci/run).
 * Skipped with a message where they are not installed.
 */
class ThirdPartyClientsTest {
    private static final String PYTHON = "/usr/bin/python3";

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

    private static boolean pythonHas(String... modules) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) return false;
        Process p = new ProcessBuilder(PYTHON, "-c", "import " + String.join(", ", modules)).redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void sparqlwrapper_and_rdflib_query_the_endpoint_and_read_entity_iris() throws Exception {
        assumeTrue(pythonHas("SPARQLWrapper", "rdflib", "pyld", "requests"),
                "python3-sparqlwrapper, python3-rdflib, python3-pyld and python3-requests are not all installed (.ci/run installs them): skipping");
        Path script = dir.resolve("third_party_clients.py");
        try (var in = getClass().getClassLoader().getResourceAsStream("clients/third_party_clients.py")) {
            Files.copy(in, script);
        }
        Process p = new ProcessBuilder(PYTHON, script.toString(), server.uri("/").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the clients finish").isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("ok SPARQLWrapper SELECT as JSON", "ok SPARQLWrapper SELECT as XML",
                "ok SPARQLWrapper default CONSTRUCT", "ok SPARQLWrapper default DESCRIBE",
                "ok rdflib SPARQLStore SELECT", "ok rdflib reads the entity IRI as turtle", "ok rdflib reads the entity IRI as json-ld",
                "ok rdflib parses the entity IRI by its own content negotiation", "ok pyld expands the entity IRI",
                "all third-party client checks passed");
    }
}
