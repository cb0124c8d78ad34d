package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import io.studygraph.graph.PersonName;
import io.studygraph.graph.Slugs;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * Reconciliation: finds the entity a name or identifier already stands for, so the same paper,
 * person or repository reached from two sources is one node. Names match after folding case,
 * accents and punctuation ("Alexander Nichol" finds the person whose altLabel it is).
 *
 * <p>What other sources in the store say is looked up per name: {@link Candidates} proposes
 * entities, and one query bound to each candidate reads its names and identifiers from every
 * graph but the source being imported. What earlier sources of the same batch say is read from
 * their graphs, which are not stored yet. The store's answer comes first, as it did when this
 * read every name the store holds.
 */
final class Resolver {
    /** Schemes of the identifiers reconciliation compares, by property. */
    static final Map<String, String> SCHEMES = Map.of(
            Vocab.SG + "arxivId", "arxiv", Vocab.BIBO + "doi", "doi", Vocab.SG + "openReviewId", "openreview",
            Vocab.SG + "youtubeId", "youtube", Vocab.SG + "githubRepo", "github", Vocab.SG + "stackExchangeId", "question");
    private static final Query FACTS = Sparql.parse("""
            SELECT ?p ?v WHERE {
              VALUES ?p { schema:name skos:prefLabel skos:altLabel rdfs:label sg:variantName
                          sg:arxivId bibo:doi sg:openReviewId sg:youtubeId sg:githubRepo sg:stackExchangeId }
              GRAPH ?g { ?e ?p ?v }
              FILTER (?g != ?exclude && isLiteral(?v))
            }""");

    /** What the store says of one candidate: its names as written and as keys, identifiers and display name. */
    private record Facts(List<String> names, List<String> nameKeys, List<String> identifiers, String displayName) {}

    private final Store store;
    private final Candidates candidates;
    private final Node exclude;
    private final Map<Node, Facts> facts = new HashMap<>();
    private final Map<String, Node> pendingNames = new HashMap<>();
    private final Map<String, Node> pendingIdentifiers = new HashMap<>();
    private final Map<Node, String> pendingDisplayNames = new HashMap<>();
    /** The people earlier sources of the batch name, by {@link PersonName#matchKey}: entity → its names. */
    private final Map<String, Map<Node, List<String>>> pendingPeople = new HashMap<>();

    private Resolver(Store store, Candidates candidates, Node exclude) {
        this.store = store;
        this.candidates = candidates;
        this.exclude = exclude;
    }

    /** Knows nothing: every name mints a new key. */
    static Resolver empty() {
        return new Resolver(null, null, null);
    }

    /**
     * Resolves against what the store holds outside {@code source}'s own graph, and what the
     * {@code pending} graphs of the same batch say.
     */
    static Resolver over(Store store, Candidates candidates, Node source, Collection<Graph> pending) {
        Resolver resolver = new Resolver(store, candidates, source);
        for (Graph graph : pending) graph.find().forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getObject().isLiteral()) return;
            String p = t.getPredicate().getURI();
            String value = t.getObject().getLiteralLexicalForm();
            if (SCHEMES.containsKey(p)) resolver.pendingIdentifiers.putIfAbsent(identifierKey(SCHEMES.get(p), value), t.getSubject());
            else resolver.addName(t.getSubject(), t.getPredicate(), value);
        });
        return resolver;
    }

    private void addName(Node entity, Node property, String name) {
        boolean display = property.equals(Vocab.NAME) || property.equals(Vocab.PREF_LABEL);
        if (!display && !property.equals(Vocab.ALT_LABEL) && !property.equals(Vocab.RDFS_LABEL) && !property.equals(Vocab.VARIANT_NAME)) return;
        Optional<Kind> kind = Kind.of(entity.getURI(), List.of());
        kind.ifPresent(k -> pendingNames.putIfAbsent(nameKey(k, name), entity));
        if (kind.equals(Optional.of(Kind.PERSON))) PersonName.parse(name).matchKey().ifPresent(key ->
                pendingPeople.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>()).computeIfAbsent(entity, e -> new ArrayList<>()).add(name));
        if (display) pendingDisplayNames.putIfAbsent(entity, name);
    }

    Optional<Node> byName(Kind kind, String name) {
        String key = nameKey(kind, name);
        if (candidates != null) {
            for (String iri : candidates.named(Slugs.of(name))) {
                Node e = NodeFactory.createURI(iri);
                if (facts(e).nameKeys().contains(key)) return Optional.of(e);
            }
        }
        Optional<Node> pending = Optional.ofNullable(pendingNames.get(key));
        return pending.isPresent() || kind != Kind.PERSON ? pending : personLike(PersonName.parse(name));
    }

    /**
     * The one person another source names in a way this name may abbreviate or fill in ("J. Ho",
     * "Diederik P. Kingma" for "Diederik Kingma"). When two people could be meant, neither is.
     */
    private Optional<Node> personLike(PersonName name) {
        Optional<String> matchKey = name.matchKey();
        if (matchKey.isEmpty()) return Optional.empty();
        java.util.Set<Node> found = new java.util.LinkedHashSet<>();
        if (candidates != null) {
            for (String iri : candidates.named(matchKey.get())) {
                Node e = NodeFactory.createURI(iri);
                if (facts(e).names().stream().anyMatch(n -> name.sameAs(PersonName.parse(n)))) found.add(e);
            }
        }
        pendingPeople.getOrDefault(matchKey.get(), Map.of()).forEach((e, names) -> {
            if (names.stream().anyMatch(n -> name.sameAs(PersonName.parse(n)))) found.add(e);
        });
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    Optional<Node> byIdentifier(String scheme, String value) {
        String key = identifierKey(scheme, value);
        if (candidates != null) {
            for (String iri : candidates.identified(value.toLowerCase(Locale.ROOT))) {
                Node e = NodeFactory.createURI(iri);
                if (facts(e).identifiers().contains(key)) return Optional.of(e);
            }
        }
        return Optional.ofNullable(pendingIdentifiers.get(key));
    }

    /** The display name (schema:name or skos:prefLabel) another source gives an entity. */
    Optional<String> displayName(Node entity) {
        String stored = candidates == null ? null : facts(entity).displayName();
        return Optional.ofNullable(stored != null ? stored : pendingDisplayNames.get(entity));
    }

    private Facts facts(Node entity) {
        return facts.computeIfAbsent(entity, e -> {
            List<String> names = new ArrayList<>(), keys = new ArrayList<>(), ids = new ArrayList<>();
            String display = null;
            Optional<Kind> kind = Kind.of(e.getURI(), List.of());
            for (QuerySolution row : Sparql.select(store, FACTS, Map.of("e", e, "exclude", exclude))) {
                String p = row.getResource("p").getURI();
                String v = row.getLiteral("v").getLexicalForm();
                if (SCHEMES.containsKey(p)) ids.add(identifierKey(SCHEMES.get(p), v));
                else {
                    names.add(v);
                    kind.ifPresent(k -> keys.add(nameKey(k, v)));
                    boolean isDisplay = p.equals(Vocab.NAME.getURI()) || p.equals(Vocab.PREF_LABEL.getURI());
                    if (isDisplay && display == null) display = v;
                }
            }
            return new Facts(names, keys, ids, display);
        });
    }

    private static String identifierKey(String scheme, String value) {
        return scheme + " " + value.toLowerCase(Locale.ROOT);
    }

    private static String nameKey(Kind kind, String name) {
        // Works of every kind share one name space: a title names the same work wherever it is listed.
        String group = switch (kind) {
            case PAPER, BOOK, TUTORIAL, VIDEO, REPO, QUESTION -> "work";
            default -> kind.slug();
        };
        return group + " " + Slugs.of(name);
    }
}
