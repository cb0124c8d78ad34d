package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import tells its progress bar: each stage in order, counts that add up, fractions that end at 1. */
class ImportProgressTest {
    record Step(String stage, long count, String unit, double fraction) {}

    @Test
    void rdf_and_a_reading_list_report_parsing_checking_storing_and_indexing(@TempDir Path dir) throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            nt.append("<https://w3id.org/studygraph/id/paper/p").append(i).append("> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/ScholarlyArticle> .\n")
              .append("<https://w3id.org/studygraph/id/paper/p").append(i).append("> <https://schema.org/name> \"Paper ").append(i).append("\" .\n");
        }
        Path rdf = Files.writeString(dir.resolve("many.nt"), nt);
        Path list = Files.writeString(dir.resolve("list.md"), """
                # List

                - [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) - Ho et al. (2020)
                - [Score-Based Generative Modeling through SDEs](https://arxiv.org/abs/2011.13456) (2021)
                """);
        List<Step> steps = new ArrayList<>();
        try (StudyGraph sg = StudyGraph.open(dir.resolve("data"))) {
            sg.importFiles(List.of(rdf, list), Validation.LENIENT, (stage, count, unit, fraction) -> steps.add(new Step(stage, count, unit, fraction)));
        }
        Map<String, Step> last = new LinkedHashMap<>();
        steps.forEach(s -> last.put(s.stage(), s));
        assertThat(last.keySet()).containsExactly("parsing many.nt", "checking many.nt", "reading list.md", "checking list.md",
                "storing", "finding glossary terms", "reconciling", "ranking", "indexing");
        assertThat(last.get("parsing many.nt")).isEqualTo(new Step("parsing many.nt", 10_000, "triples", 1));
        assertThat(last.get("reading list.md")).isEqualTo(new Step("reading list.md", 2, "entries", 1));
        assertThat(last.get("storing").fraction()).isEqualTo(1);
        assertThat(last.get("storing").count()).as("every triple of both sources, their provenance and reports").isGreaterThan(15_000);
        assertThat(last.get("indexing").fraction()).isEqualTo(1);
        assertThat(steps.stream().filter(s -> s.stage().equals("parsing many.nt")).map(Step::fraction).toList())
                .as("parsing moves forward through the text").isSorted().hasSizeGreaterThan(1);
    }
}
