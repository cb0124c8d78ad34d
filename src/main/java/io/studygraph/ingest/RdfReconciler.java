package io.studygraph.ingest;

import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * An RDF source names things by IRIs of its own: a paper as {@code <https://arxiv.org/abs/2105.05233>}
 * or {@code <https://doi.org/10.1/x>}, or as a node of its publisher's with the paper's DOI. Where
 * another source already holds an entity with the same identifier (arXiv id, DOI, OpenReview id,
 * GitHub repository, YouTube video, question), the source's IRI is renamed to that entity's, in
 * what the source said and in what was derived from it, so both sources speak of one node; the
 * source's own IRI stays as the entity's {@code schema:sameAs}.
 *
 * <p>The identifiers of a subject are its identifier properties (what the alignment derived from
 * {@code bibo:doi}, {@code schema:identifier}…) and the identifier links among its own IRI, its
 * {@code schema:url} and its {@code sameAs}. Our own IRIs are never renamed.
 */
final class RdfReconciler {
    private static final Map<Link.Type, String> SCHEMES = Map.of(Link.Type.ARXIV, "arxiv", Link.Type.DOI, "doi",
            Link.Type.OPENREVIEW, "openreview", Link.Type.GITHUB_REPO, "github", Link.Type.YOUTUBE_VIDEO, "youtube",
            Link.Type.QUESTION, "question");
    private static final List<Node> ADDRESSES = List.of(Vocab.URL, Vocab.SAME_AS, org.apache.jena.graph.NodeFactory.createURI(Vocab.OWL + "sameAs"));

    private RdfReconciler() {}

    /** Renames, in both graphs, each subject that is another source's entity by identifier; returns what became what. */
    static Map<Node, Node> reconcile(Graph source, Graph derived, Resolver resolver) {
        Map<Node, Node> renamed = new LinkedHashMap<>();
        for (Node subject : subjects(source, derived)) {
            for (Identifier id : identifiers(subject, source, derived)) {
                Optional<Node> known = resolver.byIdentifier(id.scheme(), id.value()).filter(n -> !n.equals(subject));
                if (known.isPresent()) {
                    renamed.put(subject, known.get());
                    break;
                }
            }
        }
        renamed.forEach((from, to) -> {
            rename(source, from, to);
            rename(derived, from, to);
            source.add(Triple.create(to, Vocab.SAME_AS, from));
        });
        return renamed;
    }

    private record Identifier(String scheme, String value) {}

    private static Set<Node> subjects(Graph source, Graph derived) {
        Set<Node> subjects = new LinkedHashSet<>();
        for (Graph g : List.of(source, derived)) {
            g.find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.isURI() && !s.getURI().startsWith(Vocab.ID)) subjects.add(s);
            });
        }
        return subjects;
    }

    private static List<Identifier> identifiers(Node subject, Graph source, Graph derived) {
        List<Identifier> ids = new ArrayList<>();
        link(subject.getURI()).ifPresent(ids::add);
        for (Graph g : List.of(source, derived)) {
            g.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                String scheme = Resolver.SCHEMES.get(t.getPredicate().getURI());
                if (scheme != null && o.isLiteral()) ids.add(new Identifier(scheme, o.getLiteralLexicalForm().strip()));
                else if (ADDRESSES.contains(t.getPredicate()) && (o.isURI() || o.isLiteral())) {
                    link(o.isURI() ? o.getURI() : o.getLiteralLexicalForm()).ifPresent(ids::add);
                }
            });
        }
        return ids;
    }

    /** The identifier an address stands for: arxiv.org/abs/X is arXiv X, doi.org/X is DOI X… */
    private static Optional<Identifier> link(String address) {
        return LinkClassifier.classify(address).filter(l -> SCHEMES.containsKey(l.type()) && l.id() != null)
                .map(l -> new Identifier(SCHEMES.get(l.type()), l.id()));
    }

    private static void rename(Graph graph, Node from, Node to) {
        List<Triple> touched = new ArrayList<>(graph.find(from, Node.ANY, Node.ANY).toList());
        touched.addAll(graph.find(Node.ANY, Node.ANY, from).toList());
        for (Triple t : touched) {
            graph.delete(t);
            graph.add(Triple.create(t.getSubject().equals(from) ? to : t.getSubject(), t.getPredicate(),
                    t.getObject().equals(from) ? to : t.getObject()));
        }
    }
}
