package io.studygraph.ingest;

import io.studygraph.graph.Vocab;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The declared alignment of other vocabularies (DCTERMS, DC, BIBO, FaBiO, FOAF, SciGraph core,
 * http://schema.org/) with StudyGraph's model, read from {@code ontology/alignment.ttl}. It derives
 * what a foreign RDF source needs to show up with kinds, titles, dates, DOIs, venues and ordered
 * authors; the source itself is left as written.
 *
 * <pre>{@code
 * Alignment alignment = Alignment.parse(rulesGraph);
 * Graph derived = alignment.derive(source, node -> positionInText(node));
 * }</pre>
 */
public final class Alignment {
    static final String AL = "https://w3id.org/studygraph/alignment#";
    private static final Node SAME_TERMS_AS = NodeFactory.createURI(AL + "sameTermsAs");
    private static final Node VALUE = NodeFactory.createURI(AL + "value");
    private static final Node ONE_VALUED = NodeFactory.createURI(AL + "OneValued");
    private static final Node ORDER_BY = NodeFactory.createURI(AL + "orderBy");
    private static final Node JOIN_OF = NodeFactory.createURI(AL + "joinOf");
    private static final Node FROM = NodeFactory.createURI(AL + "from");
    private static final Node OBJECT_CLASS = NodeFactory.createURI(AL + "objectClass");
    private static final Node SUBJECT_CLASS = NodeFactory.createURI(AL + "subjectClass");
    private static final Node TO = NodeFactory.createURI(AL + "to");
    // Longest first: a date with a day beats one with a month; for names the choice only needs to be stable.
    private static final Comparator<Node> PREFERRED = Comparator.comparingInt((Node n) -> -lexical(n).length())
            .thenComparing(Alignment::lexical);

    private final Map<String, String> namespaces;
    private final Map<Node, Set<Node>> classes;
    private final Map<Node, Set<Node>> properties;
    private final Map<Node, AlignedValue> values;
    private final Set<Node> oneValued;
    private final Map<Node, List<Node>> joins;
    private final List<Qualified> qualified;
    final Map<Node, Node> orderBy;

    /** "x from y" gives "x to y" only when y is an objectClass (and x a subjectClass, when one is given). */
    private record Qualified(Node from, Node subjectClass, Node objectClass, Node to) {}

    private Alignment(Graph rules) {
        namespaces = new LinkedHashMap<>();
        rules.find(Node.ANY, SAME_TERMS_AS, Node.ANY).forEach(t -> namespaces.put(t.getSubject().getURI(), t.getObject().getURI()));
        classes = mappings(rules, RDFS.Nodes.subClassOf, OWL.equivalentClass.asNode());
        properties = mappings(rules, RDFS.Nodes.subPropertyOf, OWL.equivalentProperty.asNode());
        values = new HashMap<>();
        rules.find(Node.ANY, VALUE, Node.ANY).forEach(t -> values.put(t.getSubject(),
                AlignedValue.ofLocalName(t.getObject().getURI().substring(AL.length()))));
        oneValued = new LinkedHashSet<>();
        rules.find(Node.ANY, RDF.Nodes.type, ONE_VALUED).forEach(t -> oneValued.add(t.getSubject()));
        orderBy = new HashMap<>();
        rules.find(Node.ANY, ORDER_BY, Node.ANY).forEach(t -> orderBy.put(t.getSubject(), t.getObject()));
        joins = new LinkedHashMap<>();
        rules.find(Node.ANY, JOIN_OF, Node.ANY).forEach(t -> joins.put(t.getSubject(), RdfLists.members(rules, t.getObject())));
        qualified = new ArrayList<>();
        rules.find(Node.ANY, FROM, Node.ANY).forEach(t -> qualified.add(new Qualified(t.getObject(),
                rules.find(t.getSubject(), SUBJECT_CLASS, Node.ANY).nextOptional().map(Triple::getObject).orElse(null),
                single(rules, t.getSubject(), OBJECT_CLASS), single(rules, t.getSubject(), TO))));
    }

    /** Reads the rules; a malformed rule fails here, at start-up, not during an import. */
    public static Alignment parse(Graph rules) {
        return new Alignment(rules);
    }

    /**
     * The triples the alignment adds to the source: none that the source already states. Authors
     * without an explicit order are ordered by {@code writtenAt} (where the file first mentions them).
     */
    public Graph derive(Graph source, ToLongFunction<Node> writtenAt) {
        Derivation d = new Derivation(source);
        source.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEach(t ->
                closure(t.getObject(), classes).forEach(c -> d.add(t.getSubject(), RDF.Nodes.type, c)));
        AlignedAuthors authors = new AlignedAuthors(this, d, writtenAt);
        source.find().forEach(t -> {
            if (!t.getPredicate().equals(RDF.Nodes.type)) alignProperty(t, d, authors);
        });
        offerAuthorsWithoutIris(source, authors);
        d.settle(oneValued);
        authors.write();
        d.listSubjects(RDF.Nodes.type, Vocab.PERSON).forEach(person -> joinName(d, person));
        d.dropUnnamedKinds();
        return d.derived;
    }

    /**
     * Our own schema:author is taken as written, but for a work with an author that has no IRI
     * ({@code schema:author [ schema:name "Jonathan Ho" ]}): all its authors are offered, so that one
     * is the person of its name, in the author list with the others, as a text author would be.
     */
    private static void offerAuthorsWithoutIris(Graph source, AlignedAuthors authors) {
        Set<Node> works = new LinkedHashSet<>();
        source.find(Node.ANY, Vocab.AUTHOR, Node.ANY).forEach(t -> {
            if (t.getObject().isBlank() && !RdfLists.isList(source, t.getObject())) works.add(t.getSubject());
        });
        for (Node work : works) source.find(work, Vocab.AUTHOR, Node.ANY).forEach(t -> authors.offer(work, Vocab.AUTHOR, t.getObject()));
    }

    private void alignProperty(Triple t, Derivation d, AlignedAuthors authors) {
        Node p = t.getPredicate();
        Node value = rewrite(t.getObject());
        for (Node target : closure(p, properties)) {
            if (target.equals(Vocab.AUTHOR)) authors.offer(t.getSubject(), p, value);
            else values.getOrDefault(target, AlignedValue.ANY).convert(value).ifPresent(v -> d.offer(t.getSubject(), target, v));
        }
        for (Qualified q : qualified) {
            if ((q.from.equals(p) || q.from.equals(rewrite(p))) && d.isA(value, q.objectClass)
                    && (q.subjectClass == null || d.isA(t.getSubject(), q.subjectClass))) d.offer(t.getSubject(), q.to, value);
        }
    }

    /** A name from its parts ("Alan" "Pradel" → "Alan Pradel") for a subject that has none. */
    boolean joinName(Derivation d, Node subject) {
        for (Map.Entry<Node, List<Node>> join : joins.entrySet()) {
            if (d.has(subject, join.getKey())) continue;
            List<String> parts = new ArrayList<>();
            for (Node part : join.getValue()) d.valueOf(subject, part).ifPresent(v -> parts.add(lexical(v).trim()));
            if (!parts.isEmpty()) d.add(subject, join.getKey(), NodeFactory.createLiteralString(String.join(" ", parts)));
        }
        return d.has(subject, Vocab.NAME);
    }

    /** The term itself read in our namespace when it is in one declared {@code al:sameTermsAs}. */
    Node rewrite(Node term) {
        if (!term.isURI()) return term;
        for (Map.Entry<String, String> ns : namespaces.entrySet()) {
            if (term.getURI().startsWith(ns.getKey())) return NodeFactory.createURI(ns.getValue() + term.getURI().substring(ns.getKey().length()));
        }
        return term;
    }

    /** Every term the given one is aligned with, following declarations transitively; not the term itself. */
    Set<Node> closure(Node term, Map<Node, Set<Node>> declared) {
        Set<Node> out = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(term));
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            Node rewritten = rewrite(next);
            Set<Node> step = new LinkedHashSet<>(List.of(rewritten));
            step.addAll(declared.getOrDefault(next, Set.of()));
            step.addAll(declared.getOrDefault(rewritten, Set.of()));
            for (Node n : step) if (!n.equals(term) && out.add(n)) todo.push(n);
        }
        return out;
    }

    private static Map<Node, Set<Node>> mappings(Graph rules, Node sub, Node equivalent) {
        Map<Node, Set<Node>> out = new HashMap<>();
        for (Node p : List.of(sub, equivalent)) {
            rules.find(Node.ANY, p, Node.ANY).forEach(t -> out.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        }
        return out;
    }

    private static Node single(Graph rules, Node subject, Node property) {
        List<Triple> found = rules.find(subject, property, Node.ANY).toList();
        if (found.size() != 1) throw new IllegalStateException("alignment rule " + subject + " needs exactly one " + property);
        return found.get(0).getObject();
    }

    static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The source, the triples derived so far, and the candidates for one-valued properties. */
    static final class Derivation {
        final Graph source;
        final Graph derived = GraphFactory.createDefaultGraph();
        private final Map<Node, Map<Node, TreeSet<Node>>> candidates = new LinkedHashMap<>();

        Derivation(Graph source) {
            this.source = source;
        }

        void add(Node s, Node p, Node o) {
            if (!source.contains(s, p, o)) derived.add(Triple.create(s, p, o));
        }

        /** A value that may have to compete with others for a one-valued property. */
        void offer(Node s, Node p, Node o) {
            candidates.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new TreeSet<>(PREFERRED)).add(o);
        }

        /** Adds the offered values; a one-valued property gets one, and none when the source gives one. */
        void settle(Set<Node> oneValued) {
            candidates.forEach((s, byProperty) -> byProperty.forEach((p, offered) -> {
                if (!oneValued.contains(p)) offered.forEach(o -> add(s, p, o));
                else if (!source.contains(s, p, Node.ANY)) add(s, p, offered.first());
            }));
            candidates.clear();
        }

        boolean has(Node s, Node p) {
            return source.contains(s, p, Node.ANY) || derived.contains(s, p, Node.ANY);
        }

        /** Typed so in the file (or by the alignment), or one of our IRIs whose kind it is ({@code …/id/paper/…}): another source describes it. */
        boolean isA(Node s, Node type) {
            if (source.contains(s, RDF.Nodes.type, type) || derived.contains(s, RDF.Nodes.type, type)) return true;
            io.studygraph.graph.Kind kind = s.isURI() ? io.studygraph.graph.Kind.ofIri(s.getURI()) : null;
            return kind != null && kind.classes().contains(type);
        }

        java.util.Optional<Node> valueOf(Node s, Node p) {
            var it = source.find(s, p, Node.ANY);
            if (it.hasNext()) return java.util.Optional.of(it.next().getObject());
            var derivedIt = derived.find(s, p, Node.ANY);
            return derivedIt.hasNext() ? java.util.Optional.of(derivedIt.next().getObject()) : java.util.Optional.empty();
        }

        /**
         * Takes back a derived kind from a subject that has no label: the shapes require one, and a
         * foreign file should still import, its unnamed node simply not shown as an entity.
         */
        void dropUnnamedKinds() {
            Set<Node> kindClasses = new java.util.HashSet<>();
            for (io.studygraph.graph.Kind k : io.studygraph.graph.Kind.values()) kindClasses.addAll(k.classes());
            for (Triple t : derived.find(Node.ANY, RDF.Nodes.type, Node.ANY).toList()) {
                Node s = t.getSubject();
                if (kindClasses.contains(t.getObject()) && !has(s, Vocab.NAME) && !has(s, Vocab.RDFS_LABEL) && !has(s, Vocab.PREF_LABEL)) {
                    derived.delete(t);
                }
            }
        }

        List<Node> listSubjects(Node p, Node o) {
            Set<Node> out = new LinkedHashSet<>();
            source.find(Node.ANY, p, o).forEach(t -> out.add(t.getSubject()));
            derived.find(Node.ANY, p, o).forEach(t -> out.add(t.getSubject()));
            return new ArrayList<>(out);
        }
    }
}
