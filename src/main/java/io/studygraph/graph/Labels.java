package io.studygraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * Display labels of classes and relations from the ontology graph: {@code rdfs:label} reads
 * forward ("cites"), {@code sg:inverseLabel} from the object's side ("cited by"). Small, so read
 * whole; {@link #reload()} after the ontology changes.
 */
public final class Labels {
    private static final Query LABELS = Sparql.parse("""
            SELECT ?x ?label ?inverse WHERE {
              GRAPH <https://w3id.org/studygraph/ontology> {
                ?x rdfs:label ?label .
                FILTER (lang(?label) = "" || langMatches(lang(?label), "en"))
                OPTIONAL { ?x sg:inverseLabel ?inverse }
              }
            }""");

    private final Store store;
    private volatile Map<String, String[]> labels = Map.of();

    public Labels(Store store) {
        this.store = store;
        reload();
    }

    public void reload() {
        Map<String, String[]> fresh = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, LABELS, Map.of())) {
            String inverse = row.contains("inverse") ? row.getLiteral("inverse").getLexicalForm() : null;
            fresh.put(row.getResource("x").getURI(), new String[] {row.getLiteral("label").getLexicalForm(), inverse});
        }
        labels = fresh;
    }

    /**
     * The relation a person names in words, as the UI shows it ("mentions", "cited by", "author"),
     * or by its local name ("buildsOn"); case is ignored. Empty when no relation reads so.
     */
    public java.util.Optional<String> relationNamed(String words) {
        String wanted = words.strip().toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, String[]> e : labels.entrySet()) {
            String[] l = e.getValue();
            String local = e.getKey().substring(Math.max(e.getKey().lastIndexOf('#'), e.getKey().lastIndexOf('/')) + 1);
            if (wanted.equalsIgnoreCase(l[0]) || wanted.equalsIgnoreCase(l[1]) || wanted.equalsIgnoreCase(local)) {
                return java.util.Optional.of(e.getKey());
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the ontology gives words for this term (else {@link #forward} makes some from its name). */
    public boolean has(String iri) {
        return labels.containsKey(iri);
    }

    /** The forward label, or a readable form of the IRI's local name. */
    public String forward(String iri) {
        String[] l = labels.get(iri);
        return l != null ? l[0] : humanise(iri);
    }

    /** How the relation reads from its object; "(forward) of" when the ontology gives no inverse. */
    public String inverse(String iri) {
        String[] l = labels.get(iri);
        if (l != null && l[1] != null) return l[1];
        return forward(iri) + " of";
    }

    /** Where an entity's display label comes from, in order of preference: the one label rule. */
    static final List<Node> PREFERENCE = List.of(Vocab.NAME, Vocab.PREF_LABEL, Vocab.RDFS_LABEL);
    private static final List<String> ROW_VARIABLES = List.of("nm", "pl", "rl");

    /**
     * The display label of {@code iri}: the first of {@link #PREFERENCE} that {@code valueOf}
     * finds (null when absent), else words from the IRI. Views that read by bound lookups and
     * views that read query rows both pick with this.
     */
    static String pick(Function<Node, String> valueOf, String iri) {
        String label = stated(valueOf);
        return label != null ? label : humanise(iri);
    }

    /** The label {@link #pick} would take from the graph, or null when the graph states none. */
    static String stated(Function<Node, String> valueOf) {
        for (Node property : PREFERENCE) {
            String value = valueOf.apply(property);
            if (value != null) return value;
        }
        return null;
    }

    /**
     * {@link #pick} from a query row that selected {@code ?nm} (schema:name), {@code ?pl}
     * (skos:prefLabel) and {@code ?rl} (rdfs:label).
     */
    static String pick(QuerySolution row, String iri) {
        return pick(property -> {
            String var = ROW_VARIABLES.get(PREFERENCE.indexOf(property));
            return row.contains(var) ? row.getLiteral(var).getLexicalForm() : null;
        }, iri);
    }

    static String humanise(String iri) {
        String local = iri.replaceFirst(".*[#/]", "");
        return local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
