package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.iri;
import static io.studygraph.ingest.ImportHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Vocab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two SciGraph files of the shared corpus ({@code ../shared/corpus/}, third-party data read in
 * place, never copied) import through the real importer over TDB2 and show up as papers.
 */
class SciGraphCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final String SCIGRAPH = "http://www.springernature.com/scigraph/things/";
    private static final Node TTL_ARTICLE = iri(SCIGRAPH + "articles/787e60fcaf79211c91c6fb0b47c1d30b");
    private static final Node JSONLD_ARTICLE = iri("http://scigraph.springernature.com/pub.10.1038/164322a0");

    private final ImportHarness h = new ImportHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private List<ImportResult> importCorpus(String... names) {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus folder " + CORPUS.toAbsolutePath().normalize()
                + " is missing: these tests read third-party files there in place");
        return h.importer.importFiles(java.util.Arrays.stream(names).map(CORPUS::resolve).toList());
    }

    private List<String> authorNames(Node work) {
        return h.authorList(work).stream().map(p -> h.texts(p, Vocab.NAME).get(0)).toList();
    }

    @Test
    void scigraph_core_article_is_a_paper_with_title_doi_date_venue_and_ordered_authors() {
        importCorpus("scigraph-article.ttl");

        assertThat(h.objects(TTL_ARTICLE, RDF.Nodes.type)).contains(Kind.PAPER.mainClass());
        assertThat(h.texts(TTL_ARTICLE, Vocab.NAME)).containsExactly("A Palaeozoic shark with osteichthyan-like branchial arches");
        assertThat(h.texts(TTL_ARTICLE, Vocab.DOI)).containsExactly("10.1038/nature13195");
        assertThat(h.objects(TTL_ARTICLE, Vocab.DATE_PUBLISHED)).extracting(Node::getLiteralDatatypeURI, Node::getLiteralLexicalForm)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Vocab.XSD + "date", "2014-04-16"));
        assertThat(h.objects(TTL_ARTICLE, Vocab.VENUE)).containsExactlyInAnyOrder(
                iri(SCIGRAPH + "journals/723ba46cf7980ad6089b3da0ba4b0b47"), iri(SCIGRAPH + "journals/5ea8996a5bb089dd0562d3bfe24eaad9"));
        assertThat(authorNames(TTL_ARTICLE)).containsExactly("Alan Pradel", "John G. Maisey", "Paul Tafforeau", "Royal H. Mapes", "Jon Mallatt");
        assertThat(h.objects(TTL_ARTICLE, Vocab.AUTHOR)).hasSize(5).allSatisfy(p -> assertThat(h.has(p, RDF.Nodes.type, Vocab.PERSON)).isTrue());
    }

    @Test
    void what_the_alignment_adds_is_kept_in_a_derived_graph_beside_the_source() {
        importCorpus("scigraph-article.ttl");

        assertThat(h.store.graph(Vocab.sourceGraph("scigraph-article.ttl").getURI()).getGraph()
                .contains(TTL_ARTICLE, Vocab.NAME, Node.ANY)).as("the source graph holds what the file said").isFalse();
        assertThat(h.store.graph(Vocab.derivedGraph("scigraph-article.ttl").getURI()).getGraph()
                .contains(TTL_ARTICLE, Vocab.NAME, text("A Palaeozoic shark with osteichthyan-like branchial arches"))).isTrue();
    }

    @Test
    void scigraph_json_ld_with_its_remote_context_imports_from_the_bundled_copy() {
        importCorpus("scigraph-article.jsonld");

        assertThat(h.objects(JSONLD_ARTICLE, RDF.Nodes.type)).contains(Kind.PAPER.mainClass());
        assertThat(h.texts(JSONLD_ARTICLE, Vocab.NAME)).containsExactly("A New Type of Fossil Man");
        assertThat(h.texts(JSONLD_ARTICLE, Vocab.DOI)).containsExactly("10.1038/164322a0");
        assertThat(h.objects(JSONLD_ARTICLE, Vocab.DATE_PUBLISHED)).extracting(Node::getLiteralDatatypeURI)
                .containsExactly(Vocab.XSD + "gYearMonth");
        assertThat(h.objects(JSONLD_ARTICLE, Vocab.URL)).containsExactly(iri("http://www.nature.com/articles/164322a0"));
        List<Node> venues = h.objects(JSONLD_ARTICLE, Vocab.VENUE);
        assertThat(venues).hasSize(1);
        assertThat(h.texts(venues.get(0), Vocab.NAME)).containsExactly("Nature");
        assertThat(authorNames(JSONLD_ARTICLE)).containsExactly("R. BROOM", "J. T. ROBINSON");
    }

    @Test
    void both_scigraph_files_import_together_in_one_batch() {
        List<ImportResult> results = importCorpus("scigraph-article.ttl", "scigraph-article.jsonld");

        assertThat(results).hasSize(2);
        assertThat(h.entitiesOf("scigraph-article.ttl")).contains(TTL_ARTICLE);
        assertThat(h.entitiesOf("scigraph-article.jsonld")).contains(JSONLD_ARTICLE);
    }
}
