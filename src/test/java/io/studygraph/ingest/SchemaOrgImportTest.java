package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.EntityView;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Vocab;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A colleague's schema.org file (JSON-LD with the bundled {@code https://schema.org} context, JSON-LD
 * with an inline context, Turtle: the same four items each) imported into a store holding the seed:
 * each item gets its kind, schema.org's relations read as ours (citation → cites, a video about a
 * paper explains it, code based on a paper implements it), and where the file speaks of what the
 * seed has — a paper by its IRI, an author by name — it is the seed's node, with nothing doubled.
 */
class SchemaOrgImportTest {
    private static final String BEAT_GANS = Vocab.ID + "paper/arxiv-2105.05233";
    private static final String DHARIWAL = Vocab.ID + "person/prafulla-dhariwal";
    private static final String NOTES = "https://example.org/reading/guidance-notes";
    private static final String VIDEO = "https://example.org/reading/guidance-video";
    private static final String CODE = "https://example.org/reading/tiny-guided-diffusion";
    private static final Query OBJECTS = Sparql.parse("SELECT DISTINCT ?o WHERE { ?s ?p ?o }");
    private static final Query PEOPLE_NAMED = Sparql.parse("SELECT DISTINCT ?s WHERE { ?s a schema:Person ; schema:name ?name FILTER isIRI(?s) }");

    @ParameterizedTest
    @ValueSource(strings = {"colleague.jsonld", "colleague-inline.jsonld", "colleague.ttl"})
    void the_items_get_their_kinds_and_links_and_meet_the_seed_where_they_overlap(String file) {
        try (StudyGraph sg = StudyGraph.inMemory(true)) {
            List<String> peopleBefore = people(sg, "Prafulla Dhariwal");
            assertThat(peopleBefore).containsExactly(DHARIWAL);

            ImportResult result = sg.importTexts(Map.of(file, ImportHarness.resource("/rdf/" + file))).get(0);

            // The report counts the items the file describes; the author it names is derived, not described.
            assertThat(result.entities()).isEqualTo(4);
            assertThat(result.merged()).as("the seed's paper").isOne();
            assertThat(kind(sg, NOTES)).isEqualTo("paper");
            assertThat(kind(sg, VIDEO)).isEqualTo("video");
            assertThat(kind(sg, CODE)).isEqualTo("repo");
            assertThat(kind(sg, DHARIWAL)).isEqualTo("person");

            assertThat(objects(sg, NOTES, Vocab.CITES)).containsExactly(BEAT_GANS);
            assertThat(objects(sg, VIDEO, Vocab.EXPLAINS)).containsExactly(BEAT_GANS);
            assertThat(objects(sg, CODE, Vocab.IMPLEMENTS)).containsExactly(BEAT_GANS);
            // An author without an IRI is the person of that name (a file in schema.org's https namespace
            // keeps its blank node as written beside it; no entity, page or search hit comes of that).
            assertThat(objects(sg, NOTES, Vocab.AUTHOR)).as("an author without an IRI is the person of that name").contains(DHARIWAL);
            assertThat(sg.entities().describe(NOTES).orElseThrow().authors()).extracting(EntityView.Ref::iri).containsExactly(DHARIWAL);
            assertThat(people(sg, "Prafulla Dhariwal")).as("no second entity for the seed's author").isEqualTo(peopleBefore);

            EntityView seedPaper = sg.entities().describe(BEAT_GANS).orElseThrow();
            assertThat(seedPaper.label()).isEqualTo("Diffusion Models Beat GANs on Image Synthesis");
            assertThat(targets(seedPaper.incoming(), Vocab.CITES)).contains(NOTES);
            assertThat(targets(seedPaper.incoming(), Vocab.EXPLAINS)).contains(VIDEO);
            assertThat(targets(seedPaper.incoming(), Vocab.IMPLEMENTS)).contains(CODE);
            // The seed's facts stay, the file's are added: its authors and the keywords only the file gives.
            assertThat(seedPaper.authors()).extracting(EntityView.Ref::iri).startsWith(DHARIWAL);
            assertThat(objects(sg, BEAT_GANS, Vocab.schema("keywords"))).contains("classifier guidance");
            assertThat(seedPaper.provenance()).extracting(EntityView.Provenance::source).contains("enrichment.ttl", file);
            // JSON-LD with the schema.org context is in http://schema.org/: the page shows each fact once, in our terms.
            EntityView video = sg.entities().describe(VIDEO).orElseThrow();
            assertThat(video.literals()).extracting(EntityView.LiteralGroup::property).noneMatch(p -> p.startsWith("http://schema.org/"));
            assertThat(video.links()).extracting(EntityView.WebLink::url).containsExactly("https://www.youtube.com/watch?v=QmGuidance1");
            // Links our ontology has no words for, made ours ("citation of", "is based on of"), are not listed beside ours.
            assertThat(seedPaper.incoming()).extracting(EntityView.Relation::property)
                    .noneMatch(p -> p.startsWith("http://schema.org/") || p.endsWith("schema.org/citation") || p.endsWith("schema.org/isBasedOn"))
                    .contains(Vocab.CITES.getURI(), Vocab.EXPLAINS.getURI(), Vocab.IMPLEMENTS.getURI());
            assertThat(sg.search().search(new io.studygraph.search.SearchRequest("Explained Slowly", null, null, null, 10, 0)).hits())
                    .extracting(io.studygraph.search.SearchResult.Hit::iri).contains(NOTES);
        }
    }

    @org.junit.jupiter.api.Test
    void a_paper_the_file_names_by_its_own_iri_is_the_seeds_paper_with_that_arxiv_id_or_doi() {
        String ddpm = Vocab.ID + "paper/arxiv-2006.11239";
        try (StudyGraph sg = StudyGraph.inMemory(true)) {
            ImportResult result = sg.importTexts(Map.of("foreign.jsonld", """
                    { "@context": "https://schema.org",
                      "@graph": [
                        { "@id": "https://arxiv.org/abs/2105.05233", "@type": "ScholarlyArticle",
                          "name": "Diffusion Models Beat GANs on Image Synthesis", "keywords": "foreign keyword" },
                        { "@id": "https://example.org/pubs/ddpm", "@type": "ScholarlyArticle",
                          "name": "Denoising Diffusion Probabilistic Models", "sameAs": "https://arxiv.org/abs/2006.11239v2" },
                        { "@id": "https://example.org/pubs/new", "@type": "ScholarlyArticle", "name": "A New Paper Citing Both",
                          "citation": [ { "@id": "https://arxiv.org/abs/2105.05233" }, { "@id": "https://example.org/pubs/ddpm" } ] }
                      ] }
                    """)).get(0);

            assertThat(result.merged()).as("the two seed papers").isEqualTo(2);
            assertThat(sg.entities().describe("https://arxiv.org/abs/2105.05233")).as("no second node").isEmpty();
            assertThat(sg.entities().describe("https://example.org/pubs/ddpm")).isEmpty();
            assertThat(objects(sg, "https://example.org/pubs/new", Vocab.CITES)).containsExactlyInAnyOrder(BEAT_GANS, ddpm);
            assertThat(objects(sg, BEAT_GANS, Vocab.schema("keywords"))).contains("foreign keyword");
            // The file's own names for them stay, as the entity's sameAs.
            assertThat(objects(sg, BEAT_GANS, Vocab.SAME_AS)).contains("https://arxiv.org/abs/2105.05233");
            assertThat(objects(sg, ddpm, Vocab.SAME_AS)).contains("https://example.org/pubs/ddpm");
            assertThat(sg.entities().describe(ddpm).orElseThrow().provenance()).extracting(EntityView.Provenance::source).contains("foreign.jsonld");
        }
    }

    private static String kind(StudyGraph sg, String iri) {
        return sg.entities().describe(iri).orElseThrow(() -> new AssertionError("no entity " + iri)).kind();
    }

    private static List<String> objects(StudyGraph sg, String subject, Node property) {
        return Sparql.select(sg.store(), OBJECTS, Map.of("s", NodeFactory.createURI(subject), "p", property)).stream()
                .map(row -> row.get("o").isLiteral() ? row.getLiteral("o").getLexicalForm() : String.valueOf(row.getResource("o").getURI())).toList();
    }

    private static List<String> people(StudyGraph sg, String name) {
        return Sparql.select(sg.store(), PEOPLE_NAMED, Map.of("name", NodeFactory.createLiteralString(name))).stream()
                .map(row -> row.getResource("s").getURI()).toList();
    }

    private static List<String> targets(List<EntityView.Relation> relations, Node property) {
        return relations.stream().filter(r -> r.property().equals(property.getURI()))
                .flatMap(r -> r.targets().stream()).map(EntityView.Ref::iri).toList();
    }
}
