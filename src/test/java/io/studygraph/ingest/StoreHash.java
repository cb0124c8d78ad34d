package io.studygraph.ingest;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/** SHA-256 over every quad of the store's named graphs as sorted N-Quads lines: equal means unchanged. */
final class StoreHash {
    private static final Query ALL_QUADS = Sparql.parse("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");

    private StoreHash() {}

    static String of(Store store) {
        List<String> lines = store.query(ALL_QUADS, Map.of(), qe -> {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> out.add(NodeFmtLib.str(Quad.create(row.get("g").asNode(),
                    row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()))));
            return out;
        });
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + " quads, sha256 " + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
