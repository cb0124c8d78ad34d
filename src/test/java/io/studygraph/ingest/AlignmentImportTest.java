package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.iri;
import static io.studygraph.ingest.ImportHarness.resource;
import static io.studygraph.ingest.ImportHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Vocab;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files in DCTERMS, DC, BIBO, FaBiO, FOAF and http://schema.org show up through the alignment. */
class AlignmentImportTest {
    private final ImportHarness h = new ImportHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private void importFixture(String name) {
        h.importText(name, resource("/rdf/" + name));
    }

    private List<String> authorNames(Node work) {
        return h.authorList(work).stream().map(p -> h.texts(p, Vocab.NAME).get(0)).toList();
    }

    private String datatypeOf(Node work) {
        return h.objects(work, Vocab.DATE_PUBLISHED).get(0).getLiteralDatatypeURI().replace(Vocab.XSD, "xsd:");
    }

    @Test
    void dcterms_paper_gets_title_date_doi_and_authors_from_a_seq_of_names() {
        importFixture("dcterms-article.ttl");
        Node paper = iri("https://example.org/dc/paper");

        assertThat(h.has(paper, RDF.Nodes.type, Vocab.SCHOLARLY_ARTICLE)).isTrue();
        assertThat(h.texts(paper, Vocab.NAME)).containsExactly("Denoising Diffusion in Dublin Core");
        assertThat(h.texts(paper, Vocab.DATE_PUBLISHED)).containsExactly("2020-06");
        assertThat(datatypeOf(paper)).isEqualTo("xsd:gYearMonth");
        assertThat(h.texts(paper, Vocab.DOI)).as("the identifier that is not a DOI is left out").containsExactly("10.5555/dc.2020.1");
        assertThat(h.texts(paper, Vocab.schema("abstract"))).containsExactly("How a DC record becomes a paper.");
        // Authors given as "Family, Given" text become StudyGraph's people of that name.
        assertThat(h.authorList(paper)).containsExactly(id("person/jonathan-ho"), id("person/ajay-jain"), id("person/pieter-abbeel"));
        assertThat(authorNames(paper)).containsExactly("Jonathan Ho", "Ajay Jain", "Pieter Abbeel");
    }

    @Test
    void dc_elements_authors_keep_the_order_they_are_written_in() {
        importFixture("dcterms-article.ttl");
        Node note = iri("https://example.org/dc/note");

        assertThat(h.texts(note, Vocab.NAME)).containsExactly("An elements-only record");
        assertThat(datatypeOf(note)).isEqualTo("xsd:gYear");
        assertThat(h.has(note, RDF.Nodes.type, Vocab.SCHOLARLY_ARTICLE)).as("bibo:Document is read as a paper").isTrue();
        assertThat(h.objects(note, Vocab.AUTHOR)).containsExactlyInAnyOrder(id("person/zed-writer"), id("person/ann-author"));
    }

    @Test
    void bibo_author_list_order_wins_and_foaf_people_get_a_name_from_given_and_family_name() {
        importFixture("bibo-article.ttl");
        Node article = iri("https://example.org/bibo/article");

        assertThat(h.has(article, RDF.Nodes.type, Vocab.SCHOLARLY_ARTICLE)).isTrue();
        assertThat(h.texts(article, Vocab.DOI)).containsExactly("10.5555/bibo.7");
        assertThat(h.objects(article, Vocab.DATE_PUBLISHED)).extracting(Node::getLiteralLexicalForm).containsExactly("2021-03-04");
        assertThat(authorNames(article)).containsExactly("Alan Turing", "Ada Lovelace");
        assertThat(h.objects(article, Vocab.AUTHOR)).containsExactlyInAnyOrder(iri("https://example.org/bibo/first"), iri("https://example.org/bibo/second"));
        assertThat(h.objects(article, Vocab.VENUE)).as("a journal it is part of is its venue").containsExactly(iri("https://example.org/bibo/journal"));
        assertThat(h.has(iri("https://example.org/bibo/journal"), RDF.Nodes.type, Vocab.ORGANIZATION)).isTrue();
        assertThat(h.has(iri("https://example.org/bibo/book"), RDF.Nodes.type, Vocab.BOOK)).isTrue();
    }

    @Test
    void fabio_article_with_foaf_makers_in_written_order_and_an_unnamed_person_stays_kindless() {
        importFixture("fabio-article.ttl");
        Node article = iri("https://example.org/fabio/expression");

        assertThat(h.has(article, RDF.Nodes.type, Vocab.SCHOLARLY_ARTICLE)).isTrue();
        assertThat(h.texts(article, Vocab.NAME)).containsExactly("FaBiO Says Journal Article");
        assertThat(h.texts(article, Vocab.DOI)).containsExactly("10.5555/FABIO.3");
        assertThat(authorNames(article)).containsExactly("Grace Hopper", "Barbara Liskov");
        assertThat(h.has(iri("https://example.org/fabio/unnamed"), RDF.Nodes.type, Vocab.PERSON))
                .as("a person without a name would fail the shapes; the import still succeeds").isFalse();
    }

    @Test
    void http_schema_org_turtle_is_read_as_https_schema_org() {
        importFixture("http-schema.ttl");
        Node paper = iri("https://example.org/schema/paper-2");

        assertThat(h.has(paper, RDF.Nodes.type, Vocab.SCHOLARLY_ARTICLE)).isTrue();
        assertThat(h.texts(paper, Vocab.NAME)).containsExactly("Old Namespace, Same Paper");
        assertThat(authorNames(paper)).containsExactly("Lee Sedol");
        assertThat(h.objects(paper, Vocab.VENUE)).containsExactly(iri("https://example.org/schema/venue"));
    }

    @Test
    void json_ld_with_the_schema_org_context_is_read_from_the_bundled_context() {
        importFixture("http-schema.jsonld");
        Node paper = iri("https://example.org/schema/paper-1");

        assertThat(h.texts(paper, Vocab.NAME)).containsExactly("Schema Over Plain HTTP");
        assertThat(h.objects(paper, Vocab.URL)).containsExactly(iri("https://example.org/papers/1"));
        assertThat(datatypeOf(paper)).isEqualTo("xsd:date");
        // The second author is a blank node (no @id) with a name: it is the person of that name, as a text author is.
        assertThat(authorNames(paper)).containsExactly("Yoon Kim", "Noam Without Id");
        assertThat(h.authorList(paper)).containsExactly(iri("https://example.org/schema/kim"), id("person/noam-without-id"));
    }

    @Test
    void reimporting_replaces_the_derived_graph_with_the_source() {
        h.importText("swap.ttl", "<https://example.org/x> a <http://purl.org/ontology/bibo/Article> ; <http://purl.org/dc/terms/title> \"Old Title\" .");
        h.importText("swap.ttl", "<https://example.org/x> a <http://purl.org/ontology/bibo/Article> ; <http://purl.org/dc/terms/title> \"New Title\" .");

        assertThat(h.texts(iri("https://example.org/x"), Vocab.NAME)).containsExactly("New Title");
        assertThat(h.store.graphNames()).contains(Vocab.derivedGraph("swap.ttl").getURI());
    }

    @Test
    void a_reading_list_entry_with_the_same_doi_reconciles_with_the_aligned_paper() {
        importFixture("bibo-article.ttl");
        h.importText("more.bib", """
                @article{turing2021,
                  title  = {Ordered Authors in BIBO},
                  author = {Turing, Alan and Lovelace, Ada},
                  doi    = {10.5555/bibo.7},
                  year   = {2021}
                }
                """);

        assertThat(h.subjects(Vocab.DOI, text("10.5555/bibo.7"))).containsExactly(iri("https://example.org/bibo/article"));
    }

    @Test
    void our_own_vocabulary_derives_nothing() {
        h.importText("own.ttl", """
                @prefix schema: <https://schema.org/> .
                <https://w3id.org/studygraph/id/paper/own> a schema:ScholarlyArticle ; schema:name "Own" ;
                    schema:url <https://example.org/own> .
                """);

        assertThat(h.store.graph(Vocab.derivedGraph("own.ttl").getURI()).isEmpty()).isTrue();
    }
}
