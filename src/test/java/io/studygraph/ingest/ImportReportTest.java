package io.studygraph.ingest;

import static io.studygraph.ingest.ImportHarness.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report of each file: entries found, entities new or merged with another source's, skips and why. */
class ImportReportTest {
    private static final String BIB = resource("/reports/counts.bib");
    private static final String TTL = resource("/reports/gcn.ttl");

    private final ImportHarness graph = new ImportHarness();

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void a_bibliography_alone_counts_its_entries_new_entities_and_the_entry_it_skipped() {
        ImportResult result = graph.importText("counts.bib", BIB).get(0);

        assertThat(result.format()).isEqualTo("bibtex");
        assertThat(result.entries()).isEqualTo(3);
        // Two papers and four people, all new.
        assertThat(result.added()).isEqualTo(6);
        assertThat(result.merged()).isZero();
        assertThat(result.skipped()).containsExactly("line 15: entry untitled2020 has no title");
        assertThat(result.summary()).isEqualTo("counts.bib: 3 entries -> 6 entities (6 new, 0 merged), 1 skipped, 0 warnings");
    }

    @Test
    void a_paper_another_source_already_has_counts_as_merged() {
        Map<String, String> batch = new LinkedHashMap<>();
        batch.put("counts.bib", BIB);
        batch.put("gcn.ttl", TTL);

        List<ImportResult> results = graph.importer.importTexts(batch);

        ImportResult ttl = results.get(0);
        ImportResult bib = results.get(1);
        assertThat(ttl.source()).isEqualTo("gcn.ttl");
        assertThat(ttl.summary()).isEqualTo("gcn.ttl: 5 triples -> 1 entity (1 new, 0 merged), 0 skipped, 0 warnings");
        assertThat(bib.added()).isEqualTo(5);
        assertThat(bib.merged()).isEqualTo(1);
    }

    @Test
    void re_importing_alongside_the_stored_source_still_says_merged_not_new() {
        graph.importText("gcn.ttl", TTL);
        graph.importText("counts.bib", BIB);

        ImportResult again = graph.importText("counts.bib", BIB).get(0);
        ImportResult ttlAgain = graph.importText("gcn.ttl", TTL).get(0);

        assertThat(again.merged()).isEqualTo(1);
        assertThat(again.added()).isEqualTo(5);
        assertThat(ttlAgain.merged()).as("the bibliography now describes the paper too").isEqualTo(1);
    }
}
