package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.id;
import static io.studygraph.ingest.ImportHarness.iri;
import static io.studygraph.ingest.ImportHarness.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.studygraph.graph.Vocab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One bad entry never loses a list: what the shapes reject is repaired or left out, with a warning. */
class LenientImportTest {
    private static final String LIST = resource("/reports/one-bad-entry.md");
    private static final String PREFIXES = """
            @prefix schema: <https://schema.org/> . @prefix sg: <https://w3id.org/studygraph/ontology#> .
            @prefix bibo: <http://purl.org/ontology/bibo/> . @prefix id: <https://w3id.org/studygraph/id/> .
            """;

    /** Line 5 holds a paper without a title: the shapes reject it. */
    private static final String TWO_PAPERS = PREFIXES
            + "<https://w3id.org/studygraph/id/paper/good> a schema:ScholarlyArticle ;\n"
            + "    schema:name \"A paper with a title\" .\n"
            + "<https://w3id.org/studygraph/id/paper/untitled> a schema:ScholarlyArticle .\n";

    private final ImportHarness graph = new ImportHarness();

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void a_list_with_one_entry_that_names_no_work_imports_the_rest_and_says_which_line_it_skipped() {
        ImportResult result = graph.importText("one-bad-entry.md", LIST).get(0);

        assertThat(result.skipped()).singleElement().asString()
                .startsWith("line " + ImportHarness.lineOf(LIST, "GraphToolkit") + ": ").contains("GraphToolkit", "no link");
        assertThat(result.entries()).isEqualTo(3);
        assertThat(graph.entitiesOf("one-bad-entry.md")).contains(id("paper/arxiv-1609.02907"), id("paper/arxiv-1710.10903"),
                id("repo/github-pyg-team-pytorch-geometric")).noneMatch(n -> n.getURI().contains("graphtoolkit"));
        assertThat(graph.literalsContaining("GraphToolkit")).isEmpty();
    }

    @Test
    void an_entity_the_shapes_reject_is_left_out_with_its_line_and_the_rest_imports() {
        ImportResult result = graph.importText("papers.ttl", TWO_PAPERS).get(0);

        assertThat(result.warnings()).singleElement().asString()
                .startsWith("line 5: paper/untitled").contains("title", "Left it out", "kept the rest of the file");
        assertThat(graph.texts(id("paper/good"), Vocab.NAME)).containsExactly("A paper with a title");
        assertThat(graph.entitiesOf("papers.ttl")).noneMatch(n -> n.getURI().contains("untitled"));
    }

    @Test
    void strict_refuses_the_same_source_and_changes_nothing() {
        long before = graph.store.size();

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> graph.importer.importTexts(Map.of("papers.ttl", TWO_PAPERS), Validation.STRICT));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("papers.ttl line 5: ").contains("paper/untitled");
        assertThat(graph.store.size()).isEqualTo(before);
    }

    @Test
    void a_repository_with_its_github_name_but_no_address_is_given_one_and_a_name() {
        String repo = PREFIXES + "<https://w3id.org/studygraph/id/repo/github-pyg-team-pytorch-geometric> a schema:SoftwareSourceCode ;\n"
                + "    sg:githubRepo \"pyg-team/pytorch_geometric\" .\n";

        ImportResult result = graph.importText("repos.ttl", repo).get(0);

        assertThat(graph.objects(id("repo/github-pyg-team-pytorch-geometric"), Vocab.URL))
                .containsExactly(iri("https://github.com/pyg-team/pytorch_geometric"));
        assertThat(graph.texts(id("repo/github-pyg-team-pytorch-geometric"), Vocab.NAME)).containsExactly("pyg-team/pytorch_geometric");
        assertThat(result.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("line 3: ").contains("Repaired"));
    }

    @Test
    void a_second_title_becomes_an_alternative_label() {
        String paper = PREFIXES + "id:paper\\/two-titles a schema:ScholarlyArticle ; schema:name \"Attention\" , \"Attention Is All You Need\" .\n";

        ImportResult result = graph.importText("titles.ttl", paper).get(0);

        assertThat(graph.texts(id("paper/two-titles"), Vocab.NAME)).containsExactly("Attention");
        assertThat(graph.texts(id("paper/two-titles"), Vocab.ALT_LABEL)).containsExactly("Attention Is All You Need");
        assertThat(result.warnings()).singleElement().asString().contains("skos:altLabel");
    }

    @Test
    void leaving_out_an_author_keeps_the_author_list_well_formed_with_the_others_in_order() {
        String paper = PREFIXES + """
                id:paper\\/three a schema:ScholarlyArticle ; schema:name "Three Authors" ;
                    schema:author id:person\\/ann , id:person\\/bob , id:person\\/cy ;
                    bibo:authorList ( id:person\\/ann id:person\\/bob id:person\\/cy ) .
                id:person\\/ann a schema:Person ; schema:name "Ann" .
                <https://w3id.org/studygraph/id/person/bob> a schema:Person .
                id:person\\/cy a schema:Person ; schema:name "Cy" .
                """;

        ImportResult result = graph.importText("authors.ttl", paper).get(0);

        assertThat(graph.authorList(id("paper/three"))).containsExactly(id("person/ann"), id("person/cy"));
        assertThat(graph.objects(id("paper/three"), Vocab.AUTHOR)).containsExactlyInAnyOrder(id("person/ann"), id("person/cy"));
        assertThat(graph.entitiesOf("authors.ttl")).doesNotContain(id("person/bob"));
        assertThat(result.warnings()).singleElement().asString().startsWith("line 7: person/bob: ").contains("needs a name");
    }

    @Test
    void an_author_list_left_with_no_one_goes() {
        String paper = PREFIXES + """
                id:paper\\/alone a schema:ScholarlyArticle ; schema:name "Nobody Named" ;
                    schema:author id:person\\/x ; bibo:authorList ( id:person\\/x ) .
                id:person\\/x a schema:Person .
                """;

        graph.importText("alone.ttl", paper);

        assertThat(graph.objects(id("paper/alone"), Vocab.AUTHOR_LIST)).isEmpty();
        assertThat(graph.texts(id("paper/alone"), Vocab.NAME)).containsExactly("Nobody Named");
    }

    @Test
    void a_parse_error_still_fails_the_file_and_its_batch() {
        Map<String, String> batch = new LinkedHashMap<>();
        batch.put("one-bad-entry.md", LIST);
        batch.put("broken.ttl", PREFIXES + "id:paper\\/x schema:name \"x\" , .\n");

        ImportException e = catchThrowableOfType(ImportException.class, () -> graph.importer.importTexts(batch));

        assertThat(e.getMessage()).startsWith("broken.ttl line 3");
        assertThat(graph.store.graphNames()).doesNotContain(Vocab.sourceGraph("one-bad-entry.md").getURI());
    }

    @Test
    void a_file_of_badges_alone_warns_that_no_entries_were_found() {
        String badges = "# Notes\n\n* ![build](https://img.shields.io/badge/build-passing-green.svg)\n";

        List<ImportResult> results = graph.importText("badges.md", badges);

        assertThat(results.get(0).warnings()).containsExactly(Importer.NO_ENTRIES);
    }
}
