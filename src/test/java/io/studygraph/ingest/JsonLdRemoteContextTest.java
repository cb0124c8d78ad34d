package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A JSON-LD file whose remote @context is not bundled is refused, and no connection is opened. */
class JsonLdRemoteContextTest {
    private final ImportHarness h = new ImportHarness();
    private final AtomicInteger connections = new AtomicInteger();
    private ServerSocket server;
    private Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0);
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        acceptor.join(5_000);
        h.close();
    }

    @Test
    void unknown_remote_context_is_refused_without_a_connection() throws Exception {
        String url = "http://127.0.0.1:" + server.getLocalPort() + "/context.jsonld";
        String json = "{ \"@context\": \"" + url + "\", \"@id\": \"https://example.org/p\", \"name\": \"Fetched?\" }";

        assertThatThrownBy(() -> h.importText("remote.jsonld", json))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("nothing was fetched");
        // The accept loop counts any connection; closing the socket ends it, so the count is final.
        server.close();
        acceptor.join(5_000);
        assertThat(connections).hasValue(0);
        assertThat(h.store.graphNames()).noneMatch(g -> g.endsWith("remote.jsonld"));
    }

    @Test
    void bundled_context_urls_include_schema_org_and_scigraph() {
        assertThat(JsonLdContexts.urls()).contains("https://schema.org", "http://schema.org/", "https://schema.org/",
                "https://springernature.github.io/scigraph/jsonld/sgcontext.json");
    }

    @Test
    void json_ld_and_json_ld_dash_extensions_are_import_formats() {
        assertThat(ImportFormat.of("a.jsonld")).isEqualTo(ImportFormat.JSON_LD);
        assertThat(ImportFormat.of("a.JSON-LD")).isEqualTo(ImportFormat.JSON_LD);
        assertThatThrownBy(() -> ImportFormat.of("notes.docx")).hasMessageContaining(".jsonld / .json-ld (JSON-LD)");
    }
}
