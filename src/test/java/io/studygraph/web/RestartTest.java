package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory is loaded from the bundle once; later starts use what is stored. */
class RestartTest {
    private static final String SOURCE = "https://w3id.org/studygraph/source/";
    private static final String EXTRA_PAPER = "https://w3id.org/studygraph/id/paper/test-restart";
    private static final String EXTRA = """
            @prefix schema: <https://schema.org/> .
            <https://w3id.org/studygraph/id/paper/test-restart> a schema:ScholarlyArticle ;
                schema:name "A Paper That Survives Restarts" .
            """;

    @Test
    void reopening_a_data_dir_keeps_what_is_stored_instead_of_reloading_the_bundle(@TempDir Path dataDir) {
        long size;
        Set<String> graphs;
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            assertThat(sg.store().size()).as("a fresh data dir is filled from the bundle").isGreaterThan(1000);
            sg.importer().importTexts(Map.of("extra.ttl", EXTRA));
            // A reload from the bundle would bring this graph back.
            sg.store().removeGraphs(Set.of(SOURCE + "reading-list.md"));
            size = sg.store().size();
            graphs = sg.store().graphNames();
        }
        forgetOpenDatabase(dataDir.resolve("tdb"));

        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            assertThat(sg.store().graphNames()).containsExactlyInAnyOrderElementsOf(graphs)
                    .contains(SOURCE + "extra.ttl", SOURCE + "enrichment.ttl").doesNotContain(SOURCE + "reading-list.md");
            assertThat(sg.store().size()).isEqualTo(size);
            assertThat(sg.entities().describe(EXTRA_PAPER)).hasValueSatisfying(view ->
                    assertThat(view.label()).isEqualTo("A Paper That Survives Restarts"));
        }
    }

    @Test
    void relation_labels_read_the_same_after_a_restart(@TempDir Path dataDir) {
        String paper = "https://w3id.org/studygraph/id/paper/arxiv-2105.05233";
        String first;
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            first = sg.entities().describe(paper).orElseThrow().incoming().toString();
        }
        forgetOpenDatabase(dataDir.resolve("tdb"));

        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            assertThat(sg.entities().describe(paper).orElseThrow().incoming().toString()).isEqualTo(first).contains("explained by");
        }
    }

    /**
     * TDB2 keeps databases open per JVM after close; dropping it makes the next open read the
     * files on disk, as a new process would.
     */
    private static void forgetOpenDatabase(Path tdb) {
        assertThat(Files.isDirectory(tdb)).as("the TDB2 database lives in %s", tdb).isTrue();
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(tdb.toString()));
    }
}
