package io.studygraph.bench;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * A reading-list-shaped graph of any size for benchmarks: papers with titles, abstracts, ordered
 * authors ({@code schema:author} and {@code bibo:authorList}), arXiv ids, dates, concepts and
 * citations, in the project's vocabulary, valid against its shapes. Deterministic for a seed, so
 * runs compare like with like. Skewed as real bibliographies are: a few prolific authors write
 * much of the list and older papers collect most citations, so hubs exist as they would at scale.
 *
 * <p>Triples go to a consumer as they are made, so a file of millions of triples is written
 * without holding the graph: {@code SyntheticGraph.emit(50_000, 42, writer::triple)}.
 */
final class SyntheticGraph {
    /** About this many triples per paper, people and concepts included. */
    static final int TRIPLES_PER_PAPER = 20;
    static final String[] WORDS = {"diffusion", "score", "generative", "latent", "adversarial", "transformer",
            "attention", "denoising", "variational", "flow", "sampling", "guidance", "classifier", "image", "synthesis",
            "probabilistic", "graph", "neural", "learning", "representation", "contrastive", "energy", "model", "network",
            "inference", "bayesian", "robust", "efficient", "scalable", "hierarchical", "conditional", "implicit"};
    private static final String[] GIVEN = {"Alex", "Maria", "Wei", "Fatima", "Jonas", "Priya", "Kenji", "Olga", "Tomás",
            "Amara", "Lukas", "Sofia", "Ravi", "Elena", "Mateo", "Yuki", "Noah", "Aisha", "Erik", "Chen"};
    private static final String[] FAMILY = {"Nichol", "García", "Zhang", "Okafor", "Müller", "Sharma", "Tanaka", "Ivanova",
            "Silva", "Kim", "Rossi", "Novak", "Haddad", "Johansson", "Dubois", "Kowalski", "Gordić", "Moreau", "Park", "Singh"};
    private static final Node MENTIONS = Vocab.schema("mentions");
    /**
     * Words in a concept's label. Glossary linking finds every label in every abstract: two-word
     * labels over this 32-word vocabulary covered nearly every pair of words, so each abstract
     * named about 19 concepts (5.9 M mention triples at 50,000 papers); three-word labels cover
     * 3% of the triples of words, about one mention in two abstracts, as a real glossary would.
     */
    static final int CONCEPT_WORDS = 3;
    /**
     * Citations pick an earlier paper at {@code i * u^CITATION_SKEW} for uniform {@code u}: the
     * chance of citing the j-th oldest falls as {@code j^-(1 - 1/skew)}, so the first papers
     * become hubs with about a thousand citers at 50,000 papers, as classics do.
     */
    private static final double CITATION_SKEW = 2.0;

    private SyntheticGraph() {}

    /** About {@code triples} triples in memory, for the in-process benchmark and tests. */
    static Graph generate(int triples, long seed) {
        Graph g = GraphFactory.createDefaultGraph();
        emit(Math.max(10, triples / TRIPLES_PER_PAPER), seed, g::add);
        return g;
    }

    /** Emits the graph of {@code papers} papers, one triple at a time, in the same order for the same seed. */
    static void emit(int papers, long seed, Consumer<Triple> out) {
        Random random = new Random(seed);
        int people = Math.max(5, papers / 3);
        int concepts = Math.max(5, papers / 50);
        for (int c = 0; c < concepts; c++) {
            Node concept = Vocab.entity(Kind.CONCEPT, "c" + c);
            out.accept(Triple.create(concept, RDF.Nodes.type, Vocab.CONCEPT));
            out.accept(Triple.create(concept, Vocab.PREF_LABEL, NodeFactory.createLiteralString(phrase(random, CONCEPT_WORDS))));
        }
        for (int p = 0; p < people; p++) {
            out.accept(Triple.create(person(p), RDF.Nodes.type, Vocab.PERSON));
            out.accept(Triple.create(person(p), Vocab.NAME, NodeFactory.createLiteralString(
                    GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " " + p)));
        }
        ZipfSampler authorship = new ZipfSampler(people, 10);
        for (int i = 0; i < papers; i++) emitPaper(i, random, authorship, concepts, out);
    }

    private static void emitPaper(int i, Random random, ZipfSampler authorship, int concepts, Consumer<Triple> out) {
        Node paper = paper(i);
        out.accept(Triple.create(paper, RDF.Nodes.type, Vocab.SCHOLARLY_ARTICLE));
        out.accept(Triple.create(paper, Vocab.NAME, NodeFactory.createLiteralString(capitalise(phrase(random, 4 + random.nextInt(5))))));
        out.accept(Triple.create(paper, Vocab.DESCRIPTION, NodeFactory.createLiteralString(phrase(random, 20))));
        out.accept(Triple.create(paper, Vocab.ARXIV_ID, NodeFactory.createLiteralString(arxivId(i))));
        out.accept(Triple.create(paper, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT(
                (2010 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), XSDDatatype.XSDdate)));
        List<Node> authors = distinct(1 + random.nextInt(4), () -> authorship.next(random)).stream().map(SyntheticGraph::person).toList();
        authors.forEach(a -> out.accept(Triple.create(paper, Vocab.AUTHOR, a)));
        emitList(paper, "a" + i + "-", authors, out);
        for (int c : distinct(Math.min(2, concepts), () -> random.nextInt(concepts))) {
            out.accept(Triple.create(paper, MENTIONS, Vocab.entity(Kind.CONCEPT, "c" + c)));
        }
        for (int cited : distinct(Math.min(i, 1 + random.nextInt(6)), () -> (int) (i * Math.pow(random.nextDouble(), CITATION_SKEW)))) {
            out.accept(Triple.create(paper, Vocab.CITES, paper(cited)));
        }
    }

    /**
     * {@code count} different values of {@code pick}, in the order first drawn, so a file holds no
     * triple twice and its line count is its triple count. {@code pick} must have that many values.
     */
    private static List<Integer> distinct(int count, IntSupplier pick) {
        Set<Integer> values = new LinkedHashSet<>();
        while (values.size() < count) values.add(pick.getAsInt());
        return new ArrayList<>(values);
    }

    /**
     * The ordered author list as an RDF list of blank nodes, as BibTeX and RDF imports write it;
     * labelled from the paper's number so the same seed writes the same file.
     */
    private static void emitList(Node paper, String label, List<Node> members, Consumer<Triple> out) {
        Node cell = NodeFactory.createBlankNode(label + 0);
        out.accept(Triple.create(paper, Vocab.AUTHOR_LIST, cell));
        for (int k = 0; k < members.size(); k++) {
            Node next = k + 1 < members.size() ? NodeFactory.createBlankNode(label + (k + 1)) : RDF.Nodes.nil;
            out.accept(Triple.create(cell, RDF.Nodes.first, members.get(k)));
            out.accept(Triple.create(cell, RDF.Nodes.rest, next));
            cell = next;
        }
    }

    /** The IRI of the i-th paper; the harness picks papers by it. */
    static Node paper(int i) {
        return Vocab.entity(Kind.PAPER, "arxiv-" + arxivId(i));
    }

    private static String arxivId(int i) {
        return (2000 + i / 10000) + "." + String.format("%05d", i % 100000);
    }

    private static Node person(int p) {
        return Vocab.entity(Kind.PERSON, "p" + p);
    }

    static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return sb.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
