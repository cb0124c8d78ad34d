package io.studygraph.bench;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * A reading-list-shaped graph of any size for benchmarks: papers with titles, ordered authors,
 * dates, concepts and citations, in the project's vocabulary. Deterministic for a seed, so runs
 * compare like with like.
 */
final class SyntheticGraph {
    private static final String[] WORDS = {"diffusion", "score", "generative", "latent", "adversarial", "transformer",
            "attention", "denoising", "variational", "flow", "sampling", "guidance", "classifier", "image", "synthesis",
            "probabilistic", "graph", "neural", "learning", "representation", "contrastive", "energy", "model", "network",
            "inference", "bayesian", "robust", "efficient", "scalable", "hierarchical", "conditional", "implicit"};
    private static final String[] GIVEN = {"Alex", "Maria", "Wei", "Fatima", "Jonas", "Priya", "Kenji", "Olga", "Tomás",
            "Amara", "Lukas", "Sofia", "Ravi", "Elena", "Mateo", "Yuki", "Noah", "Aisha", "Erik", "Chen"};
    private static final String[] FAMILY = {"Nichol", "García", "Zhang", "Okafor", "Müller", "Sharma", "Tanaka", "Ivanova",
            "Silva", "Kim", "Rossi", "Novak", "Haddad", "Johansson", "Dubois", "Kowalski", "Gordić", "Moreau", "Park", "Singh"};

    private SyntheticGraph() {}

    /** About {@code triples} triples; roughly 14 per paper. */
    static Graph generate(int triples, long seed) {
        Random random = new Random(seed);
        int papers = Math.max(10, triples / 14);
        int people = Math.max(5, papers / 3);
        int concepts = Math.max(5, papers / 50);
        Graph g = GraphFactory.createDefaultGraph();
        for (int c = 0; c < concepts; c++) {
            Node concept = Vocab.entity(Kind.CONCEPT, "c" + c);
            g.add(Triple.create(concept, RDF.Nodes.type, Vocab.CONCEPT));
            g.add(Triple.create(concept, Vocab.PREF_LABEL, NodeFactory.createLiteralString(phrase(random, 2))));
        }
        for (int p = 0; p < people; p++) {
            Node person = Vocab.entity(Kind.PERSON, "p" + p);
            g.add(Triple.create(person, RDF.Nodes.type, Vocab.PERSON));
            g.add(Triple.create(person, Vocab.NAME, NodeFactory.createLiteralString(
                    GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " " + p)));
        }
        for (int i = 0; i < papers; i++) {
            Node paper = Vocab.entity(Kind.PAPER, "arxiv-" + (2000 + i / 10000) + "." + String.format("%05d", i % 100000));
            g.add(Triple.create(paper, RDF.Nodes.type, Vocab.SCHOLARLY_ARTICLE));
            g.add(Triple.create(paper, Vocab.NAME, NodeFactory.createLiteralString(capitalise(phrase(random, 4 + random.nextInt(5))))));
            g.add(Triple.create(paper, Vocab.DESCRIPTION, NodeFactory.createLiteralString(phrase(random, 20))));
            g.add(Triple.create(paper, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT(
                    (2010 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), XSDDatatype.XSDdate)));
            List<Node> authors = new ArrayList<>();
            for (int a = 0; a < 1 + random.nextInt(4); a++) authors.add(Vocab.entity(Kind.PERSON, "p" + random.nextInt(people)));
            authors.forEach(a -> g.add(Triple.create(paper, Vocab.AUTHOR, a)));
            for (int m = 0; m < 2; m++) g.add(Triple.create(paper, Vocab.schema("mentions"), Vocab.entity(Kind.CONCEPT, "c" + random.nextInt(concepts))));
            for (int k = 0; k < 3 && i > 0; k++) {
                int cited = random.nextInt(i);
                g.add(Triple.create(paper, Vocab.CITES, Vocab.entity(Kind.PAPER, "arxiv-" + (2000 + cited / 10000) + "." + String.format("%05d", cited % 100000))));
            }
        }
        return g;
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
