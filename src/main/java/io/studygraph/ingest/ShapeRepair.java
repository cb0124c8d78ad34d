package io.studygraph.ingest;

import io.studygraph.graph.Vocab;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;

/**
 * Brings a source the shapes reject into line, so one bad entry never loses a list: what can be
 * repaired with certainty is repaired (a repository's address from its owner/name, a second title
 * made an alternative label), a bad value is left out of its entity, and an entity that cannot be
 * mended is left out whole. Each change is a warning with the line, what was wrong and what was
 * kept. Validation repeats until the graph conforms, a bounded number of rounds.
 */
final class ShapeRepair {
    /** Each round mends at least one problem of every failing entity; real files need two or three. */
    private static final int MAX_ROUNDS = 8;
    private static final String GITHUB_NAME = "[\\w.-]+/[\\w.-]+";
    private static final String YOUTUBE_ID = "[\\w-]{11}";

    private static final PrefixMapping PREFIXES = Vocab.prefixes();

    private final Validator validator;

    ShapeRepair(Validator validator) {
        this.validator = validator;
    }

    /**
     * Mends {@code graph} in place until {@code withContext} of it conforms. Throws the strict
     * refusal only for what leaving out cannot fix (a problem of another source's entity).
     */
    void conform(String source, Graph graph, UnaryOperator<Graph> withContext, Validator.LineLocator lines, ImportReport report) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<ReportEntry> violations = validator.violations(withContext.apply(graph));
            if (violations.isEmpty()) return;
            // A repair can settle several problems of one entity: look again before touching it twice.
            Set<Node> touched = new HashSet<>();
            for (ReportEntry v : violations) {
                if (touched.add(v.focusNode()) && !mend(graph, v, lines, report)) touched.remove(v.focusNode());
            }
            if (touched.isEmpty()) break;
        }
        // Past the bound, whatever still fails is left out whole rather than mended step by step.
        for (ReportEntry v : validator.violations(withContext.apply(graph))) {
            if (mentions(graph, v.focusNode())) leaveOut(graph, v, lines.lineOf(v.focusNode()), report);
        }
        validator.check(source, withContext.apply(graph), lines);
    }

    /** One problem: repaired, its value left out, or its entity left out; false when nothing here can change it. */
    private boolean mend(Graph graph, ReportEntry v, Validator.LineLocator lines, ImportReport report) {
        int line = lines.lineOf(v.focusNode());
        Optional<String> done = repair(graph, v).or(() -> removeValue(graph, v));
        if (done.isPresent()) {
            report.warn(line, problem(v) + " " + done.get() + ".");
            return true;
        }
        if (!mentions(graph, v.focusNode())) return false;
        leaveOut(graph, v, line, report);
        return true;
    }

    private void leaveOut(Graph graph, ReportEntry v, int line, ImportReport report) {
        GraphPruner.leaveOut(graph, v.focusNode());
        report.forget(v.focusNode());
        report.warn(line, problem(v) + " Left it out, with every statement about it; kept the rest of the file.");
    }

    private static Optional<String> repair(Graph graph, ReportEntry v) {
        Node focus = v.focusNode();
        Node component = v.sourceConstraintComponent();
        Node property = v.resultPath() instanceof P_Link link ? link.getNode() : null;
        if (SHACL.MinCountConstraintComponent.equals(component) && Vocab.URL.equals(property)) return address(graph, focus);
        if (SHACL.MaxCountConstraintComponent.equals(component) && (Vocab.NAME.equals(property) || Vocab.PREF_LABEL.equals(property))) {
            return oneName(graph, focus, property);
        }
        if (SHACL.MaxCountConstraintComponent.equals(component) && Vocab.AUTHOR_LIST.equals(property)) {
            // Two orders of the authors and no way to tell the right one: keep the authors, unordered.
            GraphPruner.removeLists(graph, focus, property);
            return Optional.of("Left out its author lists, which disagree; kept the work and its schema:author statements");
        }
        if (SHACL.OrConstraintComponent.equals(component) && property == null) return repositoryName(graph, focus);
        return Optional.empty();
    }

    /** A repository's or video's address follows from its identifier. */
    private static Optional<String> address(Graph graph, Node focus) {
        if (graph.contains(focus, Vocab.URL, Node.ANY)) return Optional.empty();
        Optional<String> url = literal(graph, focus, Vocab.GITHUB_REPO).filter(id -> id.matches(GITHUB_NAME))
                .map(id -> "https://github.com/" + id)
                .or(() -> literal(graph, focus, Vocab.YOUTUBE_ID).filter(id -> id.matches(YOUTUBE_ID))
                        .map(id -> "https://www.youtube.com/watch?v=" + id));
        url.ifPresent(u -> graph.add(Triple.create(focus, Vocab.URL, NodeFactory.createURI(u))));
        return url.map(u -> "Repaired: gave it the address " + u + " from its identifier");
    }

    /** A repository without a name is called by its owner/name, as GitHub shows it. */
    private static Optional<String> repositoryName(Graph graph, Node focus) {
        if (!graph.contains(focus, RDF.Nodes.type, Vocab.SOFTWARE_SOURCE_CODE) || graph.contains(focus, Vocab.NAME, Node.ANY)
                || graph.contains(focus, Vocab.RDFS_LABEL, Node.ANY)) return Optional.empty();
        Optional<String> name = literal(graph, focus, Vocab.GITHUB_REPO).filter(id -> id.matches(GITHUB_NAME));
        name.ifPresent(n -> graph.add(Triple.create(focus, Vocab.NAME, NodeFactory.createLiteralString(n))));
        return name.map(n -> "Repaired: named it \"" + n + "\" after its GitHub repository");
    }

    /** One display name stays; the others become alternative labels, so no spelling is lost. */
    private static Optional<String> oneName(Graph graph, Node focus, Node property) {
        List<Triple> names = graph.find(focus, property, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral())
                .sorted(Comparator.comparing(t -> t.getObject().getLiteralLexicalForm())).toList();
        if (names.size() < 2) return Optional.empty();
        for (Triple extra : names.subList(1, names.size())) {
            graph.delete(extra);
            graph.add(Triple.create(focus, Vocab.ALT_LABEL, extra.getObject()));
        }
        return Optional.of("Repaired: kept " + Validator.describe(names.get(0).getObject()) + " as its name and the other "
                + (names.size() - 1 == 1 ? "one" : (names.size() - 1) + "") + " as skos:altLabel");
    }

    /** A bad value of a simple property, or a bad member of a list, goes; its entity stays. */
    private static Optional<String> removeValue(Graph graph, ReportEntry v) {
        Node focus = v.focusNode();
        Node value = v.value();
        Path path = v.resultPath();
        if (value == null || path == null) return Optional.empty();
        if (path instanceof P_Link link) {
            Triple statement = Triple.create(focus, link.getNode(), value);
            if (!graph.contains(statement)) return Optional.empty();
            GraphPruner.removeStatement(graph, statement);
            // An author that is not a person leaves the ordered list too, so the two still agree.
            if (link.getNode().equals(Vocab.AUTHOR)) GraphPruner.removeFromList(graph, focus, Vocab.AUTHOR_LIST, value);
            return Optional.of("Left out its " + shortName(link.getNode()) + " " + Validator.describe(value) + "; kept the rest of it");
        }
        Node list = firstStep(path);
        if (list == null || !graph.contains(focus, list, Node.ANY)) return Optional.empty();
        if (path instanceof P_Seq seq && seq.getRight() instanceof P_Link last && last.getNode().equals(RDF.Nodes.first)) {
            GraphPruner.removeFromList(graph, focus, list, value);
            graph.delete(focus, Vocab.AUTHOR, value);
            return Optional.of("Left " + Validator.describe(value) + " out of its " + shortName(list) + "; kept the other members in order");
        }
        GraphPruner.removeLists(graph, focus, list);
        return Optional.of("Left out its malformed " + shortName(list) + "; kept the rest of it");
    }

    private static Node firstStep(Path path) {
        Path p = path;
        while (p instanceof P_Seq seq) p = seq.getLeft();
        return p instanceof P_Link link ? link.getNode() : null;
    }

    private static Optional<String> literal(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static boolean mentions(Graph graph, Node node) {
        return graph.contains(node, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, node);
    }

    private static String problem(ReportEntry v) {
        return Validator.describe(v.focusNode()) + ": " + v.message();
    }

    /** The project's prefixes, not the file's: a warning reads the same whatever a file declares. */
    private static String shortName(Node property) {
        String uri = property.getURI();
        String prefixed = PREFIXES.shortForm(uri);
        return prefixed.equals(uri) ? "<" + uri + ">" : prefixed;
    }
}
