package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * One value for the facts an entity has once, where its sources disagree: a work's author list
 * and date, and any entity's name (a work's title). Each source keeps what it said in its own
 * graph, but only the value of the source that comes first keeps the property; the others are
 * kept beside it as variants ({@code sg:variantAuthorList}, {@code sg:variantDate},
 * {@code sg:variantName}), so SPARQL and the pages see one author list, one date and one name, and
 * the entity page can still say what another source had.
 *
 * <p>Which source comes first: curated facts (RDF files) before bibliographic records (BibTeX,
 * RIS, CSL-JSON) before a list's own text (Markdown, pasted links); then the more complete value
 * (the longer author list, the more precise date, the longer title); then the graph's name. It is worked out from
 * every source's claims each time, so the order of imports does not matter, and a source removed
 * or replaced lets the next one's variant become the value again.
 *
 * <pre>{@code
 * Set<String> changed = new Precedence(store).settle(importedEntities); // after an import
 * }</pre>
 */
public final class Precedence {
    /** Where a source stands: what its file type says, unless its import said otherwise. */
    public enum Rank {
        CURATED, RECORDS, LIST;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The rank named {@code curated}, {@code records} or {@code list}. */
        public static java.util.Optional<Rank> named(String name) {
            return java.util.Arrays.stream(values()).filter(r -> r.slug().equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))).findFirst();
        }
    }

    /** A fact one value of which is the entity's, and where the others go. */
    record Fact(Node property, Node variant) {}

    static final List<Fact> FACTS = List.of(new Fact(Vocab.AUTHOR_LIST, Vocab.VARIANT_AUTHOR_LIST),
            new Fact(Vocab.DATE_PUBLISHED, Vocab.VARIANT_DATE), new Fact(Vocab.NAME, Vocab.VARIANT_NAME));

    private static final Node REST = NodeFactory.createURI(org.apache.jena.vocabulary.RDF.rest.getURI());
    private static final Node NIL = NodeFactory.createURI(org.apache.jena.vocabulary.RDF.nil.getURI());
    /** Past this many entities to settle, every claim of the store is read in one pass instead. */
    static final int WHOLE_AT = 2_000;
    /** Cells of an author list counted at most. */
    private static final int MAX_CELLS = 5_000;

    private final Store store;

    public Precedence(Store store) {
        this.store = store;
    }

    /** One source's statement of a fact; {@code length} is an author list's, counted only where disputed. */
    private record Claim(String entity, String graph, Node property, Node value, long length) {}

    /**
     * Moves each disputed fact of every entity to the value of the source that comes first, and the
     * others to variants, in one write; returns the entities whose facts moved. Reads every
     * author list, date and name of the store: for a bundle load or a source removed.
     */
    public Set<String> settle() {
        return settle(null);
    }

    /**
     * {@link #settle()} for these entities only (those an import wrote: only they can be newly
     * disputed), read with bound lookups on the store's index, so it costs what the import brought.
     */
    public Set<String> settle(java.util.Collection<String> entities) {
        return settle(entities, Map.of());
    }

    /**
     * {@link #settle(java.util.Collection)}, making the same moves in {@code copies} (graph name →
     * an in-memory copy of that stored graph, such as an import's), so they stay what the store holds.
     */
    public Set<String> settle(java.util.Collection<String> entities, Map<String, org.apache.jena.graph.Graph> copies) {
        return store.write(() -> {
            Map<String, Integer> ranks = new java.util.HashMap<>();
            Map<Fact, List<List<Claim>>> disputed = Lookup.read(store, lookup -> {
                // A source imported with a rank of its own says so in its import report.
                lookup.quads(Node.ANY, Vocab.PRECEDENCE, Node.ANY, Integer.MAX_VALUE, q -> {
                    if (q.getSubject().isURI() && q.getObject().isLiteral()) {
                        Rank.named(q.getObject().getLiteralLexicalForm()).ifPresent(r -> ranks.put(sourceOf(q.getSubject().getURI()), r.ordinal()));
                    }
                    return true;
                });
                return disputes(lookup, entities);
            });
            Set<String> changed = new HashSet<>();
            disputed.forEach((fact, claimsByEntity) -> {
                for (List<Claim> claims : claimsByEntity) if (settle(fact, claims, ranks, copies)) changed.add(claims.get(0).entity());
            });
            return changed;
        });
    }

    /** The property a source stated where the store keeps its value as a variant: {@code sg:variantDate} → {@code schema:datePublished}. */
    public static Node asSaid(Node property) {
        for (Fact fact : FACTS) if (fact.variant().equals(property)) return fact.property();
        return property;
    }

    /** The entities these graphs (an import's, in memory) state an author list, a date or a name of: those to settle after it. */
    public static Set<String> claimedIn(java.util.Collection<org.apache.jena.graph.Graph> graphs) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (org.apache.jena.graph.Graph g : graphs) {
            for (Fact fact : FACTS) g.find(Node.ANY, fact.property(), Node.ANY).forEach(t -> {
                if (t.getSubject().isURI()) out.add(t.getSubject().getURI());
            });
        }
        return out;
    }

    /** Per fact, the claims of each entity (of {@code entities}, or all when null) that two sources state, or that holds a variant. */
    private Map<Fact, List<List<Claim>>> disputes(Lookup lookup, java.util.Collection<String> entities) {
        Map<Fact, List<List<Claim>>> out = new LinkedHashMap<>();
        // Past a few thousand entities one pass over every author list, date and name (by predicate, on
        // the index) is cheaper than a lookup each: at a million triples 50,000 lookups took 11 s
        // on a busy machine, the whole pass 2.8 s.
        List<Node> subjects = entities == null || entities.size() > WHOLE_AT ? List.of(Node.ANY) : entities.stream().map(NodeFactory::createURI).toList();
        for (Fact fact : FACTS) {
            Map<Node, List<org.apache.jena.sparql.core.Quad>> byEntity = new LinkedHashMap<>();
            for (Node subject : subjects) {
                for (Node p : List.of(fact.property(), fact.variant())) {
                    lookup.quads(subject, p, Node.ANY, Integer.MAX_VALUE, q -> {
                        String g = q.getGraph().getURI();
                        if (q.getSubject().isURI() && (g.startsWith(Vocab.SOURCE) || g.startsWith(Vocab.DERIVED))) {
                            byEntity.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(2)).add(q);
                        }
                        return true;
                    });
                }
            }
            List<List<Claim>> disputed = new ArrayList<>();
            for (List<org.apache.jena.sparql.core.Quad> quads : byEntity.values()) {
                boolean variant = quads.stream().anyMatch(q -> q.getPredicate().equals(fact.variant()));
                if (quads.size() < 2 && !variant) continue;
                disputed.add(quads.stream().map(q -> new Claim(q.getSubject().getURI(), q.getGraph().getURI(), q.getPredicate(), q.getObject(),
                        fact.property().equals(Vocab.AUTHOR_LIST) ? cells(lookup, q.getObject()) : 0)).toList());
            }
            out.put(fact, disputed);
        }
        return out;
    }

    /** The length of an author list. */
    private static long cells(Lookup lookup, Node head) {
        Set<Node> seen = new HashSet<>();
        for (Node cell = head; !cell.equals(NIL) && (cell.isBlank() || cell.isURI()) && seen.size() < MAX_CELLS && seen.add(cell); ) {
            cell = lookup.first(cell, REST).orElse(NIL);
        }
        return seen.size();
    }

    /** Puts one entity's claims of a fact right; true when something moved. */
    private boolean settle(Fact fact, List<Claim> claims, Map<String, Integer> ranks, Map<String, org.apache.jena.graph.Graph> copies) {
        Claim first = claims.stream().min(order(fact, ranks)).orElseThrow();
        // An author list is one node per source: only the first keeps the property. Equal dates or
        // names from two sources are one statement in the union and may both stay.
        boolean moved = false;
        for (Claim c : claims) {
            boolean keeps = c == first || !fact.property().equals(Vocab.AUTHOR_LIST) && c.value().equals(first.value());
            Node wanted = keeps ? fact.property() : fact.variant();
            if (c.property().equals(wanted)) continue;
            Node e = NodeFactory.createURI(c.entity());
            Triple said = Triple.create(e, c.property(), c.value()), kept = Triple.create(e, wanted, c.value());
            store.update(c.graph(), List.of(said), List.of(kept));
            org.apache.jena.graph.Graph copy = copies.get(c.graph());
            if (copy != null) {
                copy.delete(said);
                copy.add(kept);
            }
            moved = true;
        }
        return moved;
    }

    private static Comparator<Claim> order(Fact fact, Map<String, Integer> ranks) {
        Comparator<Claim> complete = fact.property().equals(Vocab.AUTHOR_LIST)
                ? Comparator.comparingLong(Claim::length).reversed()
                : Comparator.comparingInt((Claim c) -> c.value().isLiteral() ? c.value().getLiteralLexicalForm().length() : 0).reversed();
        return Comparator.comparingInt((Claim c) -> ranks.getOrDefault(sourceOf(c.graph()), rank(c.graph()))).thenComparing(complete).thenComparing(Claim::graph)
                // Where nothing else decides (one file stating a value and its variant), what is the value stays.
                .thenComparing(c -> !c.property().equals(fact.property())).thenComparing(c -> c.value().toString());
    }

    /** The source name of a source graph, of what the alignment derived from it, or of its report. */
    static String sourceOf(String graph) {
        for (String prefix : List.of(Vocab.SOURCE, Vocab.DERIVED, Vocab.REPORT)) if (graph.startsWith(prefix)) return graph.substring(prefix.length());
        return graph;
    }

    /** 0 for curated facts, 1 for bibliographic records, 2 for a list's text, by the source's file type. */
    static int rank(String graph) {
        String name = graph.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "bib", "bibtex", "ris", "json", "csljson" -> 1;
            case "md", "markdown", "txt" -> 2;
            default -> 0;
        };
    }
}
