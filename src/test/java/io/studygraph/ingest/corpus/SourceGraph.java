package io.studygraph.ingest.corpus;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Read-only look-ups over the named graph one list was imported into: what the graph says of an entity,
 * in the terms the corpus test measures (names, authors in order, year, venue, identifiers, code).
 * Works on a copy of the graph, so no store transaction stays open while the test compares.
 */
final class SourceGraph {
    private static final Node FIRST = NodeFactory.createURI(Vocab.RDF + "first");
    private static final Node REST = NodeFactory.createURI(Vocab.RDF + "rest");
    private static final Node NIL = NodeFactory.createURI(Vocab.RDF + "nil");
    private static final List<Node> LABELS = List.of(Vocab.NAME, Vocab.RDFS_LABEL, Vocab.ALT_LABEL, Vocab.PREF_LABEL);

    private final Graph graph;

    SourceGraph(Graph graph) {
        this.graph = graph;
    }

    /** Every IRI with an rdf:type: the entities the source speaks of. */
    List<Node> entities() {
        Set<Node> found = new LinkedHashSet<>();
        graph.find(Node.ANY, Vocab.TYPE, Node.ANY).forEach(t -> { if (t.getSubject().isURI()) found.add(t.getSubject()); });
        return List.copyOf(found);
    }

    Optional<Kind> kind(Node entity) {
        return Kind.of(entity.getURI(), objects(entity, Vocab.TYPE));
    }

    List<Node> objects(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** Lexical forms of the literal values (IRIs as their text). */
    List<String> texts(Node subject, Node property) {
        return objects(subject, property).stream().map(SourceGraph::text).toList();
    }

    /** schema:name first; the other label properties only when there is no name. */
    List<String> names(Node entity) {
        for (Node property : LABELS) {
            List<String> values = texts(entity, property);
            if (!values.isEmpty()) return values;
        }
        return List.of();
    }

    /** Every label of any kind, for finding an entity by title. */
    List<String> allLabels(Node entity) {
        List<String> all = new ArrayList<>();
        LABELS.forEach(p -> all.addAll(texts(entity, p)));
        return all;
    }

    List<Integer> sourceLines(Node entity) {
        return texts(entity, Vocab.SOURCE_LINE).stream().map(Integer::valueOf).sorted().toList();
    }

    /**
     * The authors in order from bibo:authorList; without a list, the schema:author and sg:presenter
     * values (order unknown), flagged by {@link Authors#ordered()}.
     */
    Authors authors(Node work) {
        List<Node> heads = objects(work, Vocab.AUTHOR_LIST);
        if (!heads.isEmpty()) {
            List<String> names = new ArrayList<>();
            Node cell = heads.get(0);
            Set<Node> seen = new LinkedHashSet<>();
            while (cell != null && !cell.equals(NIL) && seen.add(cell)) {
                objects(cell, FIRST).stream().findFirst().ifPresent(person -> names.add(personName(person)));
                cell = objects(cell, REST).stream().findFirst().orElse(null);
            }
            return new Authors(names, true);
        }
        List<String> names = new ArrayList<>();
        objects(work, Vocab.AUTHOR).forEach(p -> names.add(personName(p)));
        objects(work, Vocab.PRESENTER).forEach(p -> names.add(personName(p)));
        return new Authors(names, names.size() <= 1);
    }

    record Authors(List<String> names, boolean ordered) {}

    List<String> years(Node work) {
        return texts(work, Vocab.DATE_PUBLISHED).stream().map(d -> d.length() >= 4 ? d.substring(0, 4) : d).toList();
    }

    List<String> venues(Node work) {
        return objects(work, Vocab.VENUE).stream()
                .map(v -> v.isLiteral() ? v.getLiteralLexicalForm() : names(v).stream().findFirst().orElse(v.toString()))
                .toList();
    }

    /**
     * The GitHub repositories linked with the entity in either direction (sg:implements, cito:linksTo,
     * anything): their sg:githubRepo, or a marker for a repository node without one.
     */
    List<String> linkedRepos(Node entity) {
        Set<String> repos = new LinkedHashSet<>();
        graph.find(entity, Node.ANY, Node.ANY).forEach(t -> addRepo(t.getObject(), entity, repos));
        graph.find(Node.ANY, Node.ANY, entity).forEach(t -> addRepo(t.getSubject(), entity, repos));
        return List.copyOf(repos);
    }

    private void addRepo(Node other, Node entity, Set<String> repos) {
        if (!other.isURI() || other.equals(entity)) return;
        List<String> ids = texts(other, Vocab.GITHUB_REPO);
        if (!ids.isEmpty()) repos.addAll(ids);
        else if (kind(other).filter(k -> k == Kind.REPO).isPresent()) repos.add("<repo without sg:githubRepo: " + other.getURI() + ">");
    }

    /** Every IRI the entity points to (url, sameAs, ...), for spotting badges and the list's own repository. */
    List<String> iriValues(Node entity) {
        return graph.find(entity, Node.ANY, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).mapWith(Node::getURI).toList();
    }

    private String personName(Node person) {
        if (person.isLiteral()) return person.getLiteralLexicalForm();
        return names(person).stream().findFirst().orElse("<unnamed " + person + ">");
    }

    private static String text(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
    }
}
