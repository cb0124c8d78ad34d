package io.studygraph.web;

import io.studygraph.graph.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * A fingerprint of everything the store holds: SHA-256 over its quads as sorted N-Quads lines,
 * read in one query, so one read transaction. Equal before and after a batch of requests means
 * none of them wrote anything, not even the bookkeeping graph.
 */
public final class StoreDump {
    /**
     * Every named graph: all the store writes (Store.replaceGraphs and removeGraphs take named
     * graphs only; sources and the generation counter live in named graphs). Store.query reads
     * the union as its default graph, so the real default graph is not reachable here.
     */
    private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    private StoreDump() {}

    public static String sha256(Store store) {
        List<String> lines = store.query(QueryFactory.create(ALL_QUADS), Map.of(), qe -> {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> out.add(line(row)));
            return out;
        });
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
            return lines.size() + " quads, sha256 " + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String line(QuerySolution row) {
        return NodeFmtLib.str(Quad.create(row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(),
                row.get("o").asNode())) + "\n";
    }
}
