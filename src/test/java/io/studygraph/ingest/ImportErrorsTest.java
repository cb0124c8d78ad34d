package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources the importer must refuse: each refusal names the file (and the line and node when it
 * can), and leaves the store exactly as it was. Files that parse but break the shapes are refused
 * only under {@link Validation#STRICT}; leniently they import without the bad entity
 * ({@link LenientImportTest}). The store already holds the seed list, so "as it
 * was" is not simply "empty".
 */
class ImportErrorsTest {
    private static final String PREFIXES = """
            @prefix schema: <https://schema.org/> .
            @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
            @prefix paper:  <https://w3id.org/studygraph/id/paper/> .
            @prefix video:  <https://w3id.org/studygraph/id/video/> .
            """;

    @TempDir Path dir;
    private ImportHarness graph;
    private long sizeBefore;
    private Set<String> graphsBefore;

    @BeforeEach
    void storeHoldsTheSeed() {
        graph = new ImportHarness();
        graph.importText("reading-list.md", Bundle.data().get("reading-list.md"));
        sizeBefore = graph.store.size();
        graphsBefore = graph.store.graphNames();
        assertThat(sizeBefore).isPositive();
    }

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void bad_turtle_names_the_file_and_the_line_of_the_error() throws IOException {
        Path file = write("curated.ttl", PREFIXES + """

                paper:arxiv-1706.03762 a schema:ScholarlyArticle ;
                    schema:name "Attention Is All You Need" .
                nope:x a schema:ScholarlyArticle .
                """);

        ImportException e = importFailing(file);

        assertThat(e.source()).isEqualTo("curated.ttl");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.getMessage()).startsWith("curated.ttl line 8: ").containsIgnoringCase("prefix");
        assertStoreUnchanged();
    }

    @Test
    void a_paper_without_a_title_is_refused_when_strict_naming_the_paper_and_its_line() throws IOException {
        Path file = write("untitled.ttl", PREFIXES + """

                paper:arxiv-1706.03762 a schema:ScholarlyArticle ;
                    schema:datePublished "2017-06-12"^^xsd:date .
                """);

        ImportException e = strictFailing(file);

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).startsWith("untitled.ttl line 6: ")
                .contains("paper/arxiv-1706.03762").contains("needs a title");
        assertStoreUnchanged();
    }

    @Test
    void a_video_without_a_web_address_is_refused_when_strict_naming_the_video_and_its_line() throws IOException {
        Path file = write("videos.ttl", PREFIXES + """

                # Karpathy's GPT lecture, without its schema:url
                video:youtube-kCc8FmEb1nY a schema:VideoObject ;
                    schema:name "Let's build GPT: from scratch, in code, spelled out." .
                """);

        ImportException e = strictFailing(file);

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("video/youtube-kCc8FmEb1nY").contains("schema:url");
        assertStoreUnchanged();
    }

    @Test
    void a_date_written_as_plain_text_is_refused_when_strict() throws IOException {
        Path file = write("dates.ttl", PREFIXES + """

                paper:arxiv-1706.03762 a schema:ScholarlyArticle ;
                    schema:name "Attention Is All You Need" ;
                    schema:datePublished "12 June 2017" .
                """);

        ImportException e = strictFailing(file);

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("paper/arxiv-1706.03762").contains("xsd:date");
        assertStoreUnchanged();
    }

    @Test
    void an_impossible_typed_date_is_refused_when_strict() throws IOException {
        Path file = write("dates.ttl", PREFIXES + """

                paper:arxiv-1706.03762 a schema:ScholarlyArticle ;
                    schema:name "Attention Is All You Need" ;
                    schema:datePublished "2017-06-31"^^xsd:date .
                """);

        ImportException e = strictFailing(file);

        assertThat(e.getMessage()).contains("paper/arxiv-1706.03762").contains("publication date");
        assertStoreUnchanged();
    }

    @Test
    void a_missing_file_is_reported_as_no_such_file() {
        Path missing = dir.resolve("not-there.md");

        ImportException e = importFailing(missing);

        assertThat(e.getMessage()).contains("not-there.md").endsWith("no such file");
        assertThat(e.line()).isZero();
        assertStoreUnchanged();
    }

    @Test
    void an_unsupported_extension_is_refused_with_the_supported_ones_listed() throws IOException {
        Path file = write("notes.docx", "The Illustrated Transformer, Jay Alammar");

        ImportException e = importFailing(file);

        assertThat(e.getMessage()).startsWith("notes.docx: unsupported file type").contains(".md").contains(".ttl");
        assertStoreUnchanged();
    }

    @Test
    void markdown_without_entries_imports_with_a_warning_that_cannot_be_missed() throws IOException {
        Path file = write("prose.md", "# Transformers\n\nI should read the attention paper some day.\n");

        ImportResult result = graph.importer.importFiles(List.of(file)).get(0);

        assertThat(result.entries()).isZero();
        assertThat(result.warnings()).containsExactly(Importer.NO_ENTRIES);
        assertThat(graph.entitiesOf("prose.md")).allMatch(n -> n.getURI().contains("/list/"));
    }

    @Test
    void one_file_breaking_the_shapes_under_strict_keeps_the_good_files_of_its_batch_out_too() {
        Map<String, String> batch = new LinkedHashMap<>();
        batch.put("transformers.md", ImportHarness.resource("/lists/transformers.md"));
        batch.put("curated.ttl", PREFIXES + "paper:x a schema:ScholarlyArticle .\n");

        ImportException e = catchThrowableOfType(ImportException.class, () -> graph.importer.importTexts(batch, Validation.STRICT));

        assertThat(e.source()).isEqualTo("curated.ttl");
        assertStoreUnchanged();
    }

    @Test
    void checking_files_stores_nothing_even_when_they_are_valid() throws IOException {
        Path file = write("transformers.md", ImportHarness.resource("/lists/transformers.md"));

        List<ImportResult> results = graph.importer.checkFiles(List.of(file));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.triples()).isPositive());
        assertStoreUnchanged();
    }

    private ImportException importFailing(Path file) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> graph.importer.importFiles(List.of(file)));
        assertThat(e).as("import of %s should fail", file.getFileName()).isNotNull();
        return e;
    }

    private ImportException strictFailing(Path file) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> graph.importer.importFiles(List.of(file), Validation.STRICT));
        assertThat(e).as("strict import of %s should fail", file.getFileName()).isNotNull();
        return e;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private void assertStoreUnchanged() {
        assertThat(graph.store.size()).isEqualTo(sizeBefore);
        assertThat(graph.store.graphNames()).isEqualTo(graphsBefore);
    }
}
