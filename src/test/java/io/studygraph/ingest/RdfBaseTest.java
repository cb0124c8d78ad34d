package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relative IRIs in an RDF source resolve against a fixed placeholder base, never against the
 * server's working directory (which would put a server path in the graph), and parsing opens no
 * connection, whatever the file asks for (an XML external entity, a remote base).
 */
class RdfBaseTest {
    private static final String PLACEHOLDER = "https://w3id.org/studygraph/source/";

    @TempDir Path dir;

    @Test
    void relative_iris_in_turtle_resolve_against_the_placeholder_not_a_file_path() {
        Graph graph = RdfSource.read("curated.ttl", """
                @prefix schema: <https://schema.org/> .
                <paper> a schema:ScholarlyArticle ; schema:url <../up/there> ; schema:sameAs <#frag> .
                """, Lang.TURTLE);

        assertThat(iris(graph)).isNotEmpty().allSatisfy(iri -> assertThat(iri).doesNotStartWith("file:")
                .doesNotContain(System.getProperty("user.dir")));
        assertThat(iris(graph)).contains(PLACEHOLDER + "paper", "https://w3id.org/studygraph/up/there", PLACEHOLDER + "curated.ttl#frag");
    }

    @Test
    void relative_iris_in_rdf_xml_and_json_ld_resolve_against_the_placeholder() {
        Graph xml = RdfSource.read("curated.rdf", """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:schema="https://schema.org/">
                  <schema:ScholarlyArticle rdf:about="paper"><schema:name>A</schema:name></schema:ScholarlyArticle>
                </rdf:RDF>""", Lang.RDFXML);
        Graph jsonld = RdfSource.read("curated.jsonld", """
                {"@id": "paper", "http://schema.org/name": "A"}""", Lang.JSONLD11);

        assertThat(iris(xml)).contains(PLACEHOLDER + "paper").noneMatch(iri -> iri.startsWith("file:"));
        assertThat(iris(jsonld)).contains(PLACEHOLDER + "paper").noneMatch(iri -> iri.startsWith("file:"));
    }

    @Test
    void a_file_name_that_is_no_iri_is_escaped_into_the_placeholder_base() {
        Graph graph = RdfSource.read("my list {1}.ttl", "<paper> <https://schema.org/name> \"A\" .\n<#x> <https://schema.org/name> \"B\" .", Lang.TURTLE);

        assertThat(iris(graph)).contains(PLACEHOLDER + "paper", PLACEHOLDER + "my%20list%20%7B1%7D.ttl#x");
    }

    @Test
    void an_xml_external_entity_is_never_fetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/secret";
            Path file = dir.resolve("entity.rdf");
            Files.writeString(file, """
                    <?xml version="1.0"?>
                    <!DOCTYPE rdf:RDF [ <!ENTITY remote SYSTEM "%s"> ]>
                    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:schema="https://schema.org/">
                      <schema:ScholarlyArticle rdf:about="https://example.org/p"><schema:name>&remote;</schema:name></schema:ScholarlyArticle>
                    </rdf:RDF>""".formatted(url));

            try (ImportHarness graph = new ImportHarness()) {
                Throwable thrown = catchThrowable(() -> graph.importer.importFiles(List.of(file)));
                if (thrown != null) assertThat(thrown).isInstanceOf(ImportException.class).hasMessageContaining("entity.rdf");
            }

            listener.setSoTimeout(200);
            assertThat(accepted(listener)).as("a connection to " + url).isFalse();
        }
    }

    private static boolean accepted(ServerSocket listener) throws IOException {
        try (var socket = listener.accept()) {
            return socket != null;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static List<String> iris(Graph graph) {
        return graph.find().toList().stream()
                .flatMap((Triple t) -> java.util.stream.Stream.of(t.getSubject(), t.getObject()))
                .filter(Node::isURI).map(Node::getURI).toList();
    }
}
