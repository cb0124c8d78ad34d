package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.iri;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Slugs;
import io.studygraph.graph.Vocab;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hand-written RDF with dates as plain strings, and a text of pasted links, with the seed in the store. */
class PlainDatesAndLinksTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private final ImportHarness harness = new ImportHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private String typedDate(String subject) {
        List<Node> dates = harness.objects(iri("https://example.org/reading/" + subject), Vocab.DATE_PUBLISHED);
        assertThat(dates).as(subject + " dates").hasSize(1);
        return dates.get(0).getLiteralLexicalForm() + "^^" + dates.get(0).getLiteralDatatypeURI().replace(XSD, "xsd:");
    }

    @Test
    void unambiguous_plain_string_dates_are_typed_with_a_warning_naming_the_line() {
        String ttl = ImportHarness.resource("/formats/plain-dates.ttl");
        ImportResult r = harness.importText("plain-dates.ttl", ttl).get(0);

        assertThat(typedDate("flow-matching")).isEqualTo("2022-10-06^^xsd:date");
        assertThat(typedDate("consistency")).isEqualTo("2023-03^^xsd:gYearMonth");
        assertThat(typedDate("edm")).isEqualTo("2022^^xsd:gYear");
        assertThat(r.warnings()).contains("line " + ImportHarness.lineOf(ttl, "ex:flow-matching a")
                + ": <https://example.org/reading/flow-matching>: schema:datePublished \"2022-10-06\" is a plain string; typed it xsd:date.");
        // "03/02/2023" is the 3rd of February or the 2nd of March: not typed, left out as before, and said.
        assertThat(harness.objects(iri("https://example.org/reading/ambiguous"), Vocab.DATE_PUBLISHED)).isEmpty();
        assertThat(harness.entitiesOf("plain-dates.ttl")).contains(iri("https://example.org/reading/ambiguous"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("line " + ImportHarness.lineOf(ttl, "ex:ambiguous a"))
                .contains("\"03/02/2023\""));
    }

    @Test
    void plain_string_dates_are_typed_in_strict_mode_too() {
        String ttl = """
                @prefix schema: <https://schema.org/> .
                <https://example.org/p> a schema:ScholarlyArticle ; schema:name "P" ; schema:datePublished "2021-05" .
                """;
        harness.importer.importTexts(Map.of("strict.ttl", ttl), Validation.STRICT);

        assertThat(harness.objects(iri("https://example.org/p"), Vocab.DATE_PUBLISHED))
                .singleElement().satisfies(d -> assertThat(d.getLiteralDatatypeURI()).isEqualTo(XSD + "gYearMonth"));
    }

    @Test
    void pasted_links_become_the_nodes_their_addresses_say_and_merge_with_the_seed() {
        harness.importer.importTexts(Bundle.data());
        String links = ImportHarness.resource("/formats/pasted-links.txt");
        ImportResult r = harness.importText("pasted-links.txt", links).get(0);

        assertThat(r.format()).isEqualTo("links");
        assertThat(r.entries()).isEqualTo(8);
        assertThat(harness.entitiesOf("pasted-links.txt")).contains(
                id("paper/arxiv-2006.11239"), id("paper/arxiv-2102.09672"), id("video/youtube-1CIpzeNxIhU"),
                id("repo/github-openai-guided-diffusion"), id("paper/openreview-" + Slugs.ofIdentifier("PxTIG12RRHS")),
                id("paper/doi-10.1109-cvpr.2016.90"));
        assertThat(harness.texts(id("paper/doi-10.1109-cvpr.2016.90"), Vocab.RDFS_LABEL)).contains("doi:10.1109/CVPR.2016.90");
        assertThat(harness.texts(id("paper/doi-10.1109-cvpr.2016.90"), Vocab.DOI)).contains("10.1109/CVPR.2016.90");
        // The seed's names stay the names: a pasted link labels, it does not rename.
        assertThat(harness.texts(id("paper/arxiv-2006.11239"), Vocab.NAME)).containsExactly("Denoising Diffusion Probabilistic Models");
        assertThat(harness.objects(iri("https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf"),
                Vocab.TYPE)).isEmpty();
        assertThat(harness.subjects(Vocab.URL,
                iri("https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf")))
                .singleElement().satisfies(n -> assertThat(n.getURI()).startsWith(Vocab.ID + "paper/"));
        assertThat(r.skipped()).containsExactly("line " + ImportHarness.lineOf(links, "see you tomorrow")
                + ": not a web address or an identifier (arXiv id, DOI): see you tomorrow");
    }
}
