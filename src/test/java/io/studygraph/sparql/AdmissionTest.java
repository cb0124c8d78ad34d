package io.studygraph.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The time limit runs from admission: what a query spent waiting for a slot is not given back. */
@Tag("security")
class AdmissionTest {
    private static final QueryShape HEAVY = new QueryShape(3, false);
    private static final QueryShape CHEAP = new QueryShape(1, true);

    @Test
    void time_spent_waiting_for_a_slot_counts_against_the_limit() throws Exception {
        Admission admission = new Admission(1, Duration.ofSeconds(2)); // waits at most 500 ms
        Admission.Slot holder = admission.admit(HEAVY);
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
            sleep(300);
            holder.close();
        });

        try (Admission.Slot waiter = admission.admit(HEAVY)) {
            assertThat(waiter.remaining()).isLessThanOrEqualTo(Duration.ofMillis(1700));
        }
        release.join();
    }

    @Test
    void a_full_lane_turns_queries_away_after_the_short_wait_but_the_other_lane_is_free() {
        Admission admission = new Admission(1, Duration.ofSeconds(2));
        try (Admission.Slot heavy = admission.admit(HEAVY); Admission.Slot cheap = admission.admit(CHEAP)) {
            assertThatThrownBy(() -> admission.admit(HEAVY)).isInstanceOf(SparqlBusyException.class).hasMessageContaining("waited 500 ms");
            assertThatThrownBy(() -> admission.admit(CHEAP)).isInstanceOf(SparqlBusyException.class);
        }
        try (Admission.Slot again = admission.admit(HEAVY)) {
            assertThat(again.remaining()).isPositive();
        }
    }

    @Test
    void lookups_by_an_iri_are_cheap_and_scans_are_not() {
        SparqlService sparql = new SparqlService(io.studygraph.graph.TdbStore.inMemory(), SparqlService.Limits.DEFAULT);

        assertThat(QueryShape.of(sparql.parse("ASK {}")).cheap()).isTrue();
        assertThat(QueryShape.of(sparql.parse("SELECT ?p ?o WHERE { id:paper\\/x ?p ?o } LIMIT 5")).cheap()).isTrue();
        assertThat(QueryShape.of(sparql.parse("SELECT * WHERE { ?s ?p ?o }")).cheap()).isFalse();
        assertThat(QueryShape.of(sparql.parse("SELECT * WHERE { id:paper\\/x ?p ?o FILTER EXISTS { ?o ?q ?r } }")).cheap()).isFalse();
        assertThat(QueryShape.of(sparql.parse("SELECT (COUNT(*) AS ?n) WHERE { id:paper\\/x ?p ?o }")).cheap()).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
