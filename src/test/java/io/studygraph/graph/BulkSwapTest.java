package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk path of {@link TdbStore#replaceGraphs}: the same store as the difference path, swapped in safely. */
class BulkSwapTest {
    private static final String A = Vocab.SOURCE + "a.ttl";
    private static final String B = Vocab.SOURCE + "b.ttl";
    private static final String KEPT = Vocab.SOURCE + "kept.ttl";
    private static final Query COUNT = Sparql.parse(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://w3id.org/studygraph/state>) }");
    private static final Query NAMES = Sparql.parse("SELECT ?name WHERE { ?e schema:name ?name } ORDER BY ?name");

    private static Model turtle(String body) {
        return RDFParser.fromString("@prefix schema: <https://schema.org/> . " + body, Lang.TURTLE).toModel();
    }

    private static Model people(String prefix, int n) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < n; i++) body.append("<http://example.org/").append(prefix).append(i).append("> schema:name \"")
                .append(prefix).append(' ').append(i).append("\" .\n");
        return turtle(body.toString());
    }

    private static List<String> names(Store store) {
        return Sparql.select(store, NAMES, Map.of()).stream().map(r -> r.getLiteral("name").getString()).toList();
    }

    private static long counted(Store store) {
        return Sparql.select(store, COUNT, Map.of()).get(0).getLiteral("n").getLong();
    }

    /** A store holding a small graph that the replacements below leave alone, and an old A. */
    private static TdbStore filled(Path dir, long bulkMinimum) {
        TdbStore store = TdbStore.open(dir, bulkMinimum);
        store.replaceGraphs(Map.of(KEPT, turtle("<http://example.org/k> schema:name \"Kept\" ."),
                A, turtle("<http://example.org/old> schema:name \"Old\" .")));
        return store;
    }

    private static Map<String, Model> batch() {
        Map<String, Model> batch = new LinkedHashMap<>();
        batch.put(A, people("a", 30));
        batch.put(B, people("b", 20));
        return batch;
    }

    private static List<Path> areas(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void the_bulk_path_stores_what_the_difference_path_stores(@TempDir Path dir) throws Exception {
        try (TdbStore diff = filled(dir.resolve("diff"), Long.MAX_VALUE); TdbStore bulk = filled(dir.resolve("bulk"), 1)) {
            long generation = bulk.generation();
            diff.replaceGraphs(batch());
            bulk.replaceGraphs(batch());
            assertThat(areas(dir.resolve("bulk"))).as("the new area replaced the old").hasSize(1)
                    .allMatch(p -> !p.getFileName().toString().equals("Data-0001"));
            assertThat(bulk.graphNames()).containsExactlyInAnyOrderElementsOf(diff.graphNames()).contains(KEPT, A, B);
            for (String g : List.of(KEPT, A, B)) assertThat(bulk.graph(g).isIsomorphicWith(diff.graph(g))).as(g).isTrue();
            assertThat(bulk.size()).isEqualTo(diff.size()).isEqualTo(51).isEqualTo(counted(bulk));
            assertThat(bulk.generation()).isEqualTo(generation + 1).isEqualTo(diff.generation());
            assertThat(names(bulk)).contains("Kept", "a 0", "b 19").doesNotContain("Old");
        }
        try (TdbStore reopened = TdbStore.open(dir.resolve("bulk"))) {
            assertThat(reopened.size()).isEqualTo(51);
            assertThat(reopened.generation()).isEqualTo(2);
        }
    }

    @Test
    void a_bulk_import_again_changes_nothing_but_the_generation(@TempDir Path dir) throws Exception {
        // Nothing else in the store, so the second replacement outweighs it too and is bulk loaded again.
        try (TdbStore store = TdbStore.open(dir, 1)) {
            store.replaceGraphs(batch());
            List<Path> first = areas(dir);
            Model a = store.graph(A);
            long size = store.size(), generation = store.generation();
            store.replaceGraphs(batch());
            assertThat(store.size()).isEqualTo(size).isEqualTo(counted(store));
            assertThat(store.graph(A).isIsomorphicWith(a)).isTrue();
            assertThat(store.generation()).isEqualTo(generation + 1);
            assertThat(areas(dir)).as("swapped again").hasSize(1).doesNotContainAnyElementsOf(first);
        }
    }

    @Test
    void a_bulk_load_that_fails_before_the_swap_leaves_the_old_store(@TempDir Path dir) throws Exception {
        try (TdbStore store = filled(dir, 1)) {
            long generation = store.generation();
            List<Path> before = areas(dir);
            store.beforeSwap = () -> {
                throw new IllegalStateException("disk full, say");
            };
            assertThatThrownBy(() -> store.replaceGraphs(batch())).hasMessageContaining("disk full");
            assertThat(names(store)).containsExactly("Kept", "Old");
            assertThat(store.generation()).isEqualTo(generation);
            assertThat(store.size()).isEqualTo(2).isEqualTo(counted(store));
            assertThat(areas(dir)).as("the staging area is gone").isEqualTo(before);
        }
        try (TdbStore reopened = TdbStore.open(dir)) {
            assertThat(names(reopened)).containsExactly("Kept", "Old");
        }
    }

    @Test
    void a_half_built_area_left_by_a_crash_is_ignored_and_removed_on_open(@TempDir Path dir) throws Exception {
        filled(dir, 1).close();
        // What a process killed during the bulk load leaves: the next area, not yet renamed.
        Path staging = Files.createDirectories(dir.resolve("Data-0009-tmp"));
        Files.writeString(staging.resolve("nodes.dat"), "half");
        try (TdbStore store = TdbStore.open(dir, 1)) {
            assertThat(names(store)).containsExactly("Kept", "Old");
            assertThat(Files.exists(staging)).isFalse();
            store.replaceGraphs(batch());
            assertThat(names(store)).contains("Kept", "a 0").doesNotContain("Old");
        }
    }

    @Test
    void a_reader_inside_a_transaction_keeps_its_dataset_until_it_is_done(@TempDir Path dir) throws Exception {
        try (TdbStore store = filled(dir, 1)) {
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch swapWaiting = new CountDownLatch(1);
            CompletableFuture<List<List<String>>> reader = CompletableFuture.supplyAsync(() -> store.read(() -> {
                List<String> first = names(store);
                reading.countDown();
                await(swapWaiting);
                // The swap is queued behind this reader: the dataset is still open and unchanged.
                return List.of(first, names(store));
            }));
            await(reading);
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> store.replaceGraphs(batch()));
            while (!store.swapLock().hasQueuedThreads() && !load.isDone()) Thread.onSpinWait();
            swapWaiting.countDown();
            assertThat(reader.get()).containsExactly(List.of("Kept", "Old"), List.of("Kept", "Old"));
            load.get();
            assertThat(names(store)).contains("Kept", "a 0").doesNotContain("Old");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
