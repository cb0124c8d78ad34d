package io.studygraph.ingest;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-LD document loader of an import: it serves the contexts bundled under
 * {@code src/main/resources/studygraph/jsonld/} (see the README there for where each came from) and
 * refuses any other, so parsing a JSON-LD file never opens a connection. Titanium's default loader
 * would fetch every remote {@code @context} over HTTP.
 *
 * <p>One instance per parse: it remembers the first URL it refused, for the error message.
 */
final class JsonLdContexts implements DocumentLoader {
    private static final String SCHEMA_ORG = "schemaorg-context.jsonld";
    private static final String SCIGRAPH = "sgcontext.json";
    private static final Map<String, String> BUNDLED = bundled();

    private String refused;

    private static Map<String, String> bundled() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String scheme : new String[] {"https://", "http://"}) {
            for (String path : new String[] {"", "/", "/docs/jsonldcontext.jsonld", "/docs/jsonldcontext.json"}) {
                urls.put(scheme + "schema.org" + path, SCHEMA_ORG);
            }
            urls.put(scheme + "springernature.github.io/scigraph/jsonld/sgcontext.json", SCIGRAPH);
        }
        return Map.copyOf(urls);
    }

    /** The context URLs served from bundled copies. */
    static java.util.Set<String> urls() {
        return BUNDLED.keySet();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String file = BUNDLED.get(url.toString());
        if (file == null) {
            if (refused == null) refused = url.toString();
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD context " + url + " is not bundled; nothing was fetched");
        }
        try (InputStream in = JsonLdContexts.class.getClassLoader().getResourceAsStream("studygraph/jsonld/" + file)) {
            if (in == null) throw new IllegalStateException("missing bundled JSON-LD context " + file);
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled JSON-LD context " + file, e);
        }
    }

    /** The first remote context this loader refused, or null. */
    String refused() {
        return refused;
    }
}
