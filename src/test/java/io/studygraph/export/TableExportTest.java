package io.studygraph.export;

import static io.studygraph.export.RdfExportTest.export;
import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Entities as CSV and the network as GraphML, read back by a CSV reader and an XML parser; hostile labels stay inert. */
class TableExportTest {
    private static final String HOSTILE_PAPER = Vocab.ID + "paper/hostile";
    private static final String HOSTILE_TITLE = "=HYPERLINK(\"https://evil.example\",\"Q&A\") <b>bold</b>, {braces}";
    private static final String HOSTILE_PERSON = "@SUM(A1) \"Bobby\" <Tables> & Co";
    private static StudyGraph sg;

    @BeforeAll
    static void seed() {
        sg = StudyGraph.inMemory(true);
        sg.importTexts(Map.of("hostile.ttl", """
                @prefix schema: <https://schema.org/> .
                @prefix bibo: <http://purl.org/ontology/bibo/> .
                @prefix cito: <http://purl.org/spar/cito/> .
                <%s> a schema:ScholarlyArticle ; schema:name "%s" ;
                    schema:author <https://w3id.org/studygraph/id/person/hostile> ;
                    bibo:authorList ( <https://w3id.org/studygraph/id/person/hostile> ) ;
                    schema:datePublished "2024" ;
                    cito:cites <https://w3id.org/studygraph/id/paper/arxiv-2006.11239> .
                <https://w3id.org/studygraph/id/person/hostile> a schema:Person ; schema:name "%s" .
                """.formatted(HOSTILE_PAPER, HOSTILE_TITLE.replace("\"", "\\\""), HOSTILE_PERSON.replace("\"", "\\\""))));
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    private static Set<String> entityIris(String source) {
        return sg.store().read(() -> ScopeEntities.of(sg.store(), sg.export("csv", source, io.studygraph.study.Learner.DEFAULT).scope().graphs()).keySet());
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text)).getRecords();
    }

    @Test
    void csv_has_a_row_per_entity_with_kind_year_authors_and_identifiers() throws Exception {
        String text = export(sg, "csv", null);
        assertThat(text).startsWith("iri,kind,label,year,authors,identifiers\r\n");
        List<CSVRecord> rows = csv(text);
        assertThat(rows).extracting(r -> r.get("iri")).containsExactlyInAnyOrderElementsOf(entityIris(null));
        CSVRecord ddpm = rows.stream().filter(r -> r.get("iri").equals(Vocab.ID + "paper/arxiv-2006.11239")).findFirst().orElseThrow();
        assertThat(ddpm.get("kind")).isEqualTo("paper");
        assertThat(ddpm.get("label")).isEqualTo("Denoising Diffusion Probabilistic Models");
        assertThat(ddpm.get("year")).isEqualTo("2020");
        assertThat(ddpm.get("authors")).isEqualTo("Jonathan Ho; Ajay Jain; Pieter Abbeel");
        assertThat(ddpm.get("identifiers")).contains("arxiv:2006.11239");
        assertThat(rows).extracting(r -> r.get("kind")).contains("paper", "person", "concept", "video", "repo");
    }

    @Test
    void csv_cells_a_spreadsheet_would_run_are_defused_and_quotes_and_commas_survive() throws Exception {
        List<CSVRecord> rows = csv(export(sg, "csv", "hostile.ttl"));
        assertThat(rows).hasSize(2);
        CSVRecord paper = rows.stream().filter(r -> r.get("iri").equals(HOSTILE_PAPER)).findFirst().orElseThrow();
        assertThat(paper.get("label")).isEqualTo("'" + HOSTILE_TITLE);
        assertThat(paper.get("authors")).as("a cell starting with the name").isEqualTo("'" + HOSTILE_PERSON);
        CSVRecord person = rows.stream().filter(r -> r.get("kind").equals("person")).findFirst().orElseThrow();
        assertThat(person.get("label")).isEqualTo("'" + HOSTILE_PERSON);
        assertThat(EntityTable.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(EntityTable.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(EntityTable.cell("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void graphml_parses_with_a_node_per_entity_and_edges_between_them() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(export(sg, "graphml", null).getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getElementsByTagName("node");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) ids.add(((Element) nodes.item(i)).getAttribute("id"));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(entityIris(null));
        NodeList edges = doc.getElementsByTagName("edge");
        assertThat(edges.getLength()).isGreaterThan(nodes.getLength());
        Set<String> relations = new HashSet<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertThat(ids).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            relations.add(data(edge, "relation"));
        }
        assertThat(relations).contains("cites", "author");
        Element hostile = element(nodes, HOSTILE_PAPER);
        assertThat(data(hostile, "label")).isEqualTo(HOSTILE_TITLE);
        assertThat(data(hostile, "kind")).isEqualTo("paper");
        assertThat(Double.parseDouble(data(element(nodes, Vocab.ID + "paper/arxiv-2006.11239"), "importance"))).isGreaterThan(0);
    }

    @Test
    void bibtex_escapes_what_latex_would_read_as_markup() {
        String bib = export(sg, "bibtex", "hostile.ttl");
        assertThat(bib).contains("\\&").contains("\\{braces\\}").doesNotContain(" & ");
        try (StudyGraph empty = StudyGraph.inMemory(false)) {
            empty.importTexts(Map.of("hostile.bib", bib));
            Set<String> names = new HashSet<>();
            empty.store().graph(Vocab.sourceGraph("hostile.bib").getURI()).listObjectsOfProperty(
                    empty.store().graph(Vocab.sourceGraph("hostile.bib").getURI()).createProperty(Vocab.NAME.getURI()))
                    .forEach(o -> names.add(o.asLiteral().getLexicalForm()));
            assertThat(names).as("read back by our BibTeX importer").contains(HOSTILE_TITLE, HOSTILE_PERSON);
        }
    }

    private static Element element(NodeList nodes, String id) {
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("id").equals(id)) return (Element) nodes.item(i);
        }
        throw new AssertionError("no node " + id);
    }

    private static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) return d.getTextContent();
        }
        return null;
    }
}
