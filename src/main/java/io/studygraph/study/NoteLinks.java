package io.studygraph.study;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/**
 * The links of a note, as Obsidian writes them: {@code [[Title]]} or {@code [[Title|shown text]]}
 * names an entity by its display label or another name (case aside); a pasted entity IRI
 * ({@code https://w3id.org/studygraph/id/…}, or this server's {@code /id/…} path) links too.
 */
public final class NoteLinks {
    static final Pattern WIKI = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,300})(?:\\|([^\\[\\]\\n]{1,300}))?]]");
    static final Pattern IRI = Pattern.compile("(?:https://w3id\\.org/studygraph|(?<![\\w/]))/?id/([a-z]+/[A-Za-z0-9._~%-]+)");
    private static final Query BY_LABEL = Sparql.parse("""
            SELECT ?e WHERE {
              VALUES ?p { schema:name skos:prefLabel skos:altLabel rdfs:label }
              ?e ?p ?l . FILTER (isIRI(?e) && STRSTARTS(STR(?e), "https://w3id.org/studygraph/id/") && LCASE(STR(?l)) = ?want)
            } ORDER BY STRLEN(STR(?e)) ?e LIMIT 1""");
    private static final Query EXISTS = Sparql.parse("SELECT ?p WHERE { ?e ?p ?o } LIMIT 1");

    /** What a note's text links to: each {@code [[…]]} target (null when it names nothing) and each pasted IRI. */
    public record Resolved(Map<String, String> wiki, java.util.Set<String> iris) {}

    private final Store store;

    public NoteLinks(Store store) {
        this.store = store;
    }

    public Resolved resolve(String text) {
        Map<String, String> wiki = new LinkedHashMap<>();
        Matcher m = WIKI.matcher(text);
        while (m.find()) {
            String title = m.group(1).strip();
            // put, not computeIfAbsent: an unresolved title is kept, with null, so it can be said.
            if (!wiki.containsKey(title)) wiki.put(title, byLabel(title));
        }
        java.util.Set<String> iris = new java.util.LinkedHashSet<>();
        Matcher i = IRI.matcher(text);
        while (i.find()) {
            String iri = Vocab.ID + i.group(1);
            if (exists(iri)) iris.add(iri);
        }
        return new Resolved(wiki, iris);
    }

    private String byLabel(String title) {
        var rows = Sparql.select(store, BY_LABEL, Map.of("want", NodeFactory.createLiteralString(title.toLowerCase(Locale.ROOT))));
        return rows.isEmpty() ? null : rows.get(0).getResource("e").getURI();
    }

    boolean exists(String iri) {
        return !Sparql.select(store, EXISTS, Map.of("e", NodeFactory.createURI(iri))).isEmpty();
    }

    /** The local page of an entity IRI: {@code /id/kind/key}. */
    static String localPath(String iri) {
        return iri.startsWith(Vocab.ID) ? "/id/" + iri.substring(Vocab.ID.length()) : iri;
    }
}
