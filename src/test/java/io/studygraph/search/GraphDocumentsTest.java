package io.studygraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Store;
import io.studygraph.study.Learner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Documents built from graphs in memory are the documents the store's queries give. */
class GraphDocumentsTest {
    private static final String PAPER = "https://w3id.org/studygraph/id/paper/arxiv-9999.00001";
    /** Facts spread over graphs: the paper's authors, concept and venue are described by the bundle. */
    private static final String EXTRA = """
            @prefix schema: <https://schema.org/> . @prefix sg: <https://w3id.org/studygraph/ontology#> .
            @prefix bibo: <http://purl.org/ontology/bibo/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix person: <https://w3id.org/studygraph/id/person/> . @prefix org: <https://w3id.org/studygraph/id/org/> .
            <%s> a schema:ScholarlyArticle ; schema:name "Forward processes, revisited" ;
                schema:abstract "On the forward process." ; schema:datePublished "2031-02-03" ; sg:arxivId "9999.00001" ;
                schema:author person:niels-rogge, person:kashif-rasul, person:new-author ;
                bibo:authorList ( person:kashif-rasul person:new-author person:niels-rogge ) ;
                schema:mentions <https://w3id.org/studygraph/id/concept/forward-process> ;
                sg:venue org:openai ; schema:contributor person:helper .
            person:new-author a schema:Person ; schema:name "New Author" ; skos:altLabel "N. Author" .
            person:niels-rogge skos:altLabel "N. Rogge" .
            person:helper schema:name "Helpful Person" .
            """.formatted(PAPER);

    @Test
    void documents_from_graphs_in_memory_equal_the_documents_the_queries_read() {
        try (StudyGraph sg = StudyGraph.inMemory(true)) {
            sg.importTexts(Map.of("extra.ttl", EXTRA));
            sg.writeNote(Learner.DEFAULT, null, PAPER, null, null, "Read the appendix first.");
            Store store = sg.store();
            Map<String, EntityDocument> queried = new TreeMap<>();
            new DocumentSource(store).all(d -> queried.put(d.iri(), normal(d)));
            GraphDocuments docs = new GraphDocuments();
            for (String g : store.graphNames()) docs.add(g, store.graph(g).getGraph());
            Map<String, EntityDocument> built = new TreeMap<>();
            docs.each(d -> built.put(d.iri(), normal(d)));

            assertThat(built).hasSizeGreaterThan(90).containsOnlyKeys(queried.keySet());
            queried.forEach((iri, doc) -> assertThat(built.get(iri)).as(iri).isEqualTo(doc));
            EntityDocument paper = built.get(PAPER);
            assertThat(paper.people()).containsExactly("Kashif Rasul", "New Author", "Niels Rogge");
            assertThat(paper.otherPeopleNames()).contains("N. Rogge", "Helpful Person");
            assertThat(paper.concepts()).isNotEmpty();
            assertThat(paper.related()).isNotEmpty();
            assertThat(built.values()).anyMatch(EntityDocument::isNote);
        }
    }

    /** Multi-valued fields compared as sets: their order follows the order facts were read in. */
    private static EntityDocument normal(EntityDocument d) {
        return new EntityDocument(d.iri(), d.kind(), d.label(), sorted(d.altLabels()), d.people(), sorted(d.otherPeopleNames()),
                sorted(d.texts()), sorted(d.concepts()), sorted(d.related()), sorted(d.identifiers()), d.year(), d.importance(), sorted(d.sources()),
                d.learner(), d.on());
    }

    private static List<String> sorted(List<String> values) {
        List<String> out = new ArrayList<>(values);
        out.sort(null);
        return out;
    }
}
