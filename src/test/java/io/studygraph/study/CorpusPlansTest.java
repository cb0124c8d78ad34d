package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.study.Prerequisites.Link;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The plan on reading lists that other people wrote: it covers each list and keeps its prerequisites. */
class CorpusPlansTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @TestFactory
    Stream<DynamicTest> every_corpus_file_gets_a_plan_over_its_items_that_respects_its_prerequisites() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "skipped: no corpus of reading lists at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) {
        try (StudyGraph sg = StudyGraph.inMemory(false)) {
            sg.importFiles(List.of(file));
            Prerequisites prerequisites = new Prerequisites(sg.store());
            Map<String, Prerequisites.Item> items = prerequisites.onTheList();
            List<Link> links = prerequisites.among(new HashMap<>(items));
            ReadingPlan plan = sg.plans().plan(Optional.empty(), List.of(), Map.of());

            assertThat(items).as("%s has items", file).isNotEmpty();
            assertThat(plan.steps()).extracting(PlanStep::iri).containsExactlyInAnyOrderElementsOf(items.keySet());
            assertThat(plan.steps()).extracting(PlanStep::position)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, items.size()).boxed().toList());
            ReadingPlansTest.assertRespectsPrerequisites(plan, links);
            assertThat(plan.steps()).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
            assertThat(sg.plans().plan(Optional.empty(), List.of(), Map.of())).isEqualTo(plan);
        }
    }
}
