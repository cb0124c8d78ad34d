package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Vocab;
import io.studygraph.study.Prerequisites.Link;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadingPlansTest {
    private static final String DDPM = Vocab.ID + "paper/arxiv-2006.11239";
    private static final String IMPROVED = Vocab.ID + "paper/arxiv-2102.09672";
    private static final String DISCRIMINATOR_GUIDANCE = Vocab.ID + "paper/arxiv-2211.17091";

    private static StudyGraph sg;
    private static ReadingPlans plans;

    @BeforeAll
    static void open() {
        sg = StudyGraph.inMemory(true);
        plans = sg.plans();
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    private static ReadingPlan whole() {
        return plans.plan(Optional.empty(), List.of(), Map.of());
    }

    private static Map<String, Integer> positions(ReadingPlan plan) {
        Map<String, Integer> pos = new HashMap<>();
        plan.steps().forEach(s -> pos.put(s.iri(), s.position()));
        return pos;
    }

    private static List<Link> links(ReadingPlan plan) {
        Prerequisites p = new Prerequisites(sg.store());
        Map<String, Prerequisites.Item> items = new HashMap<>(p.onTheList());
        items.keySet().retainAll(positions(plan).keySet());
        return p.among(items);
    }

    /** Every prerequisite between two steps holds, except those the plan dropped to break a cycle. */
    static void assertRespectsPrerequisites(ReadingPlan plan, List<Link> links) {
        Map<String, Integer> pos = positions(plan);
        Set<List<String>> dropped = new HashSet<>();
        plan.cycles().forEach(c -> c.dropped().forEach(b -> dropped.add(List.of(b.before(), b.after(), b.relation()))));
        for (Link l : links) {
            if (!pos.containsKey(l.before()) || !pos.containsKey(l.after())) continue;
            if (dropped.contains(List.of(l.before(), l.after(), l.property()))) continue;
            assertThat(pos.get(l.before())).as("%s before %s (%s)", l.before(), l.after(), l.property())
                    .isLessThan(pos.get(l.after()));
        }
    }

    @Test
    void the_whole_plan_puts_ddpm_before_improved_ddpm_and_says_why_in_words() {
        ReadingPlan plan = whole();
        Map<String, Integer> pos = positions(plan);
        assertThat(pos.get(DDPM)).isLessThan(pos.get(IMPROVED));
        PlanStep improved = plan.steps().get(pos.get(IMPROVED) - 1);
        assertThat(improved.reasons()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(PlanReason.Type.AFTER);
            assertThat(r.other()).isEqualTo(DDPM);
            assertThat(r.sentence()).contains("*Denoising Diffusion Probabilistic Models*", "*" + improved.label() + "*")
                    .containsAnyOf("builds on it", "cites it", "extends it");
        });
        assertThat(plan.steps()).allSatisfy(s -> {
            assertThat(s.reasons()).isNotEmpty();
            assertThat(s.reasons()).allSatisfy(r -> assertThat(r.sentence()).doesNotContain(Vocab.ID));
            assertThat(s.kind()).isIn("paper", "book", "tutorial", "video", "repo", "question", "concept");
        });
        assertRespectsPrerequisites(plan, links(plan));
    }

    @Test
    void an_explainer_video_sits_right_before_what_it_explains() {
        ReadingPlan plan = whole();
        List<PlanStep> videos = plan.steps().stream().filter(s -> s.kind().equals("video"))
                .filter(s -> s.reasons().stream().anyMatch(r -> r.type() == PlanReason.Type.INTRODUCES)).toList();
        assertThat(videos).isNotEmpty();
        int beside = 0;
        for (PlanStep v : videos) {
            PlanReason first = v.reasons().stream().filter(r -> r.type() == PlanReason.Type.INTRODUCES).findFirst().orElseThrow();
            assertThat(first.sentence()).startsWith("Watch this first: it explains *");
            int explained = positions(plan).get(first.other());
            assertThat(v.position()).isLessThan(explained);
            // Right before it, or among the other introductions of it that sit right before it.
            List<PlanStep> between = plan.steps().subList(v.position(), explained - 1);
            if (between.stream().allMatch(s -> s.reasons().stream().anyMatch(r -> r.type() == PlanReason.Type.INTRODUCES
                    && r.other().equals(first.other())))) beside++;
        }
        assertThat(beside).as("videos right before what they explain").isEqualTo(videos.size());
    }

    @Test
    void a_targeted_plan_holds_the_target_its_prerequisites_and_nothing_unrelated() {
        ReadingPlan plan = plans.plan(Optional.of(DISCRIMINATOR_GUIDANCE), List.of(), Map.of());
        ReadingPlan all = whole();
        assertThat(plan.target()).isEqualTo(DISCRIMINATOR_GUIDANCE);
        List<Link> links = links(all);
        Set<String> needed = new HashSet<>(Set.of(DISCRIMINATOR_GUIDANCE));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Link l : links) if (needed.contains(l.after()) && needed.add(l.before())) grew = true;
        }
        for (Link l : links) if (l.relation() == Prerequisites.Relation.EXPLAINS && needed.contains(l.after())) needed.add(l.before());
        assertThat(positions(plan).keySet()).isEqualTo(needed).hasSizeLessThan(all.steps().size());
        assertThat(needed).hasSizeGreaterThan(1);
        assertRespectsPrerequisites(plan, links);
        assertThat(plan.steps().get(plan.steps().size() - 1).iri()).isIn(needed);
    }

    @Test
    void progress_marks_steps_and_next_up_lists_unread_steps_whose_prerequisites_are_done() {
        ReadingPlan before = whole();
        Map<String, Status> progress = new HashMap<>();
        before.steps().stream().filter(s -> s.position() <= 3).forEach(s -> progress.put(s.iri(), Status.DONE));
        ReadingPlan plan = plans.plan(Optional.empty(), List.of(), progress);
        assertThat(plan.done()).isEqualTo(3);
        assertThat(plan.total()).isEqualTo(before.total());
        assertThat(plan.steps().stream().filter(s -> s.kind().equals("concept") && progress.containsKey(s.iri())))
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.KNOWN));
        assertThat(plan.nextUp()).isNotEmpty().hasSizeLessThanOrEqualTo(ReadingPlans.NEXT_UP)
                .allSatisfy(s -> assertThat(s.status().started()).isFalse())
                .isSortedAccordingTo(java.util.Comparator.comparingInt(PlanStep::position));
        assertThat(plan.text()).contains("3 of " + plan.total() + " done", "[x]", "Next up:");
    }

    @Test
    void moving_an_item_first_reports_exactly_the_prerequisites_it_now_precedes() {
        ReadingPlan plan = plans.plan(Optional.empty(), List.of(new PlanMove(IMPROVED, 1)), Map.of());
        assertThat(plan.steps().get(0).iri()).isEqualTo(IMPROVED);
        assertThat(plan.steps().get(0).reasons().get(0).sentence()).isEqualTo("You moved it to position 1.");
        Set<List<String>> expected = new HashSet<>();
        Set<List<String>> dropped = new HashSet<>();
        plan.cycles().forEach(c -> c.dropped().forEach(b -> dropped.add(List.of(b.before(), b.after(), b.relation()))));
        for (Link l : links(plan)) {
            if (l.after().equals(IMPROVED) && !dropped.contains(List.of(l.before(), l.after(), l.property()))) {
                expected.add(List.of(l.before(), l.after(), l.property()));
            }
        }
        assertThat(expected).contains(List.of(DDPM, IMPROVED, Vocab.BUILDS_ON.getURI()));
        assertThat(plan.broken().stream().map(b -> List.of(b.before(), b.after(), b.relation())).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(plan.broken()).anySatisfy(b -> assertThat(b.sentence())
                .isEqualTo("*" + plan.steps().get(0).label() + "* now comes before *Denoising Diffusion Probabilistic Models*, which it builds on."));
    }

    @Test
    void a_target_that_is_unknown_or_not_something_to_study_is_a_clear_error() {
        assertThatThrownBy(() -> plans.plan(Optional.of(Vocab.ID + "paper/no-such-paper"), List.of(), Map.of()))
                .isInstanceOf(StudyException.class).hasMessageContaining("target").hasMessageContaining("no-such-paper")
                .satisfies(e -> assertThat(((StudyException) e).notFound()).isTrue());
        assertThatThrownBy(() -> plans.plan(Optional.of(Vocab.ID + "person/prafulla-dhariwal"), List.of(), Map.of()))
                .isInstanceOf(StudyException.class).hasMessageContaining("target must be a paper")
                .hasMessageContaining("Prafulla Dhariwal").hasMessageContaining("person");
    }

    @Test
    void the_most_central_items_are_key_readings_and_central_ones_come_first_where_nothing_else_orders_them() {
        ReadingPlan plan = whole();
        PlanStep ddpm = plan.steps().stream().filter(s -> s.iri().equals(DDPM)).findFirst().orElseThrow();
        assertThat(ddpm.centrality()).isEqualTo(1.0);
        assertThat(ddpm.reasons()).extracting(PlanReason::type).contains(PlanReason.Type.CENTRAL);
        List<PlanStep> key = plan.steps().stream().filter(s -> s.reasons().stream().anyMatch(r -> r.type() == PlanReason.Type.CENTRAL)).toList();
        assertThat(key).hasSizeBetween(1, 3).allSatisfy(s -> assertThat(s.centrality()).isGreaterThanOrEqualTo(0.5));

        // Concepts nothing comes before, as many steps relying on each: the more central first.
        List<PlanStep> starts = plan.steps().stream().filter(s -> s.kind().equals("concept"))
                .filter(s -> s.reasons().stream().anyMatch(r -> r.type() == PlanReason.Type.START)).toList();
        for (int i = 0; i < starts.size(); i++) {
            for (int j = i + 1; j < starts.size(); j++) {
                PlanStep a = starts.get(i), b = starts.get(j);
                if (a.importance() != b.importance()) continue;
                assertThat(Math.round(a.centrality() * 100)).as("%s (%s) before %s (%s)", a.label(), a.centrality(), b.label(), b.centrality())
                        .isGreaterThanOrEqualTo(Math.round(b.centrality() * 100));
            }
        }
        assertThat(starts).hasSizeGreaterThan(3);
    }

    @Test
    void the_plan_is_deterministic() {
        assertThat(whole()).isEqualTo(whole());
    }
}
