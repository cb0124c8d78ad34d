package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The home page's overview stays the same size however large the graph grows. */
class OverviewTest {

    /** {@code papers} papers with a name, a date and two ordered authors, and one reading list holding them all. */
    private static Model graph(int papers) {
        Model m = ModelFactory.createDefaultModel();
        Property name = m.createProperty(Vocab.NAME.getURI());
        Property author = m.createProperty(Vocab.AUTHOR.getURI());
        Property authorList = m.createProperty(Vocab.AUTHOR_LIST.getURI());
        Property hasPart = m.createProperty(Vocab.HAS_PART.getURI());
        Property line = m.createProperty(Vocab.SOURCE_LINE.getURI());
        Resource list = m.createResource(Vocab.ID + "list/big").addProperty(RDF.type, m.createResource(Vocab.READING_LIST.getURI()));
        Resource section = m.createResource(Vocab.ID + "section/big-all").addProperty(RDF.type, m.createResource(Vocab.READING_LIST_SECTION.getURI()))
                .addProperty(name, "All").addLiteral(line, 1L);
        list.addProperty(hasPart, section).addProperty(name, "Big list");
        for (int i = 0; i < papers; i++) {
            Resource paper = m.createResource(Vocab.ID + "paper/t" + i).addProperty(RDF.type, m.createResource(Vocab.SCHOLARLY_ARTICLE.getURI()))
                    .addProperty(name, "Paper number " + i)
                    .addProperty(m.createProperty(Vocab.DATE_PUBLISHED.getURI()), m.createTypedLiteral((2000 + i % 20) + "-01-01", XSDDatatype.XSDdate))
                    .addLiteral(line, 2L + i);
            List<RDFNode> people = List.of(person(m, (2 * i) % 997), person(m, (2 * i + 1) % 997));
            people.forEach(p -> paper.addProperty(author, p));
            paper.addProperty(authorList, m.createList(people.iterator()));
            section.addProperty(hasPart, paper);
        }
        return m;
    }

    private static Resource person(Model m, int k) {
        return m.createResource(Vocab.ID + "person/p" + k).addProperty(RDF.type, m.createResource(Vocab.PERSON.getURI()))
                .addProperty(m.createProperty(Vocab.NAME.getURI()), "Person " + k);
    }

    private static Overview.Summary summary(int papers) {
        try (TdbStore store = TdbStore.inMemory()) {
            store.replaceGraphs(Map.of(Vocab.SOURCE + "big.ttl", graph(papers)));
            return new Overview(store).summary();
        }
    }

    @Test
    void the_overview_of_three_thousand_papers_is_no_larger_than_that_of_three_hundred() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Overview.Summary small = summary(300);
        Overview.Summary large = summary(3_000);
        int smallSize = json.writeValueAsBytes(small).length;
        int largeSize = json.writeValueAsBytes(large).length;
        assertThat(largeSize).isLessThan(smallSize * 11 / 10).isLessThan(100_000);
        assertThat(large.counts()).containsEntry("paper", 3_000).containsEntry("person", 997);
        Overview.KindGroup papers = large.kinds().get(0);
        assertThat(papers.total()).isEqualTo(3_000);
        assertThat(papers.items()).hasSize(Overview.MAX_PER_KIND);
        assertThat(papers.items().stream().map(Overview.ItemRef::year)).isSorted();
    }

    @Test
    void a_large_section_lists_its_first_items_in_the_lists_order_and_counts_them_all() {
        Overview.SectionSummary section = summary(300).lists().get(0).sections().get(0);
        assertThat(section.total()).isEqualTo(300);
        assertThat(section.items()).hasSize(Overview.MAX_PER_SECTION);
        assertThat(section.items().get(0).label()).isEqualTo("Paper number 0");
        assertThat(section.items().get(199).label()).isEqualTo("Paper number 199");
        assertThat(section.items().get(1).people()).containsExactly("Person 2", "Person 3");
    }
}
