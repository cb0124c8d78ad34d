package io.studygraph.export;

import static io.studygraph.export.RdfExportTest.export;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studygraph.StudyGraph;
import io.studygraph.graph.EntityView;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The works of the seeded graph as BibTeX, RIS and CSL-JSON, read back by what reads those formats. */
class WorkExportTest {
    private static final String DDPM = Vocab.ID + "paper/arxiv-2006.11239";
    private static final List<String> DDPM_AUTHORS = List.of("Jonathan Ho", "Ajay Jain", "Pieter Abbeel");
    private static StudyGraph sg;
    /** The works of the seed, as the export reads them: what each format must carry. */
    private static List<CitedWork> works;

    @BeforeAll
    static void seed() {
        sg = StudyGraph.inMemory(true);
        works = sg.store().read(() -> new Exporter(sg.store(), sg.entities(), sg.importance())
                .works(sg.export("bibtex", null, io.studygraph.study.Learner.DEFAULT).scope()));
    }

    @AfterAll
    static void close() {
        sg.close();
    }

    @Test
    void the_seed_has_works_of_every_kind_to_export() {
        assertThat(works).extracting(CitedWork::kind).contains("paper", "tutorial", "video", "repo");
        assertThat(works).filteredOn(w -> w.title().equals("Denoising Diffusion Probabilistic Models"))
                .singleElement().satisfies(w -> assertThat(w.authors()).containsExactlyElementsOf(DDPM_AUTHORS));
    }

    @Test
    void bibtex_reimported_by_our_own_importer_gives_each_arxiv_paper_its_authors_in_order() {
        String bib = export(sg, "bibtex", null);
        assertThat(bib.split("\n@", -1)).hasSize(works.size());
        try (StudyGraph empty = StudyGraph.inMemory(false)) {
            empty.importTexts(Map.of("works.bib", bib));
            int checked = 0;
            for (CitedWork work : works) {
                if (work.arxivId() == null || work.authors().isEmpty()) continue;
                EntityView back = empty.entities().describe(Vocab.ID + "paper/arxiv-" + work.arxivId()).orElseThrow(() -> new AssertionError(work.title()));
                assertThat(back.authors()).extracting(EntityView.Ref::label).as(work.title()).containsExactlyElementsOf(work.authors());
                assertThat(back.label()).isEqualTo(work.title());
                checked++;
            }
            assertThat(checked).as("arXiv papers with authors in the seed").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void ris_has_one_record_per_work_with_the_authors_in_order() {
        List<Map<String, List<String>>> records = ris(export(sg, "ris", null));
        assertThat(records).hasSize(works.size());
        Map<String, List<String>> ddpm = records.stream().filter(r -> r.get("TI").contains("Denoising Diffusion Probabilistic Models"))
                .findFirst().orElseThrow();
        assertThat(ddpm.get("TY")).containsExactly("CPAPER");
        assertThat(ddpm.get("AU")).containsExactly("Ho, Jonathan", "Jain, Ajay", "Abbeel, Pieter");
        assertThat(ddpm.get("PY")).containsExactly("2020");
        assertThat(ddpm.get("DA")).containsExactly("2020/06/19/");
        assertThat(ddpm.get("T2")).containsExactly("NeurIPS");
        assertThat(ddpm.get("UR")).containsExactly("https://arxiv.org/abs/2006.11239");
    }

    /** RIS as reference managers read it: {@code TAG  - value} lines, a record ending at {@code ER}. */
    private static List<Map<String, List<String>>> ris(String text) {
        List<Map<String, List<String>>> records = new ArrayList<>();
        Map<String, List<String>> current = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            String tag = line.substring(0, 2);
            if (tag.equals("ER")) {
                records.add(current);
                current = new LinkedHashMap<>();
            } else current.computeIfAbsent(tag, t -> new ArrayList<>()).add(line.substring(6));
        }
        assertThat(current).as("a record without ER").isEmpty();
        return records;
    }

    @Test
    void csl_json_reads_as_zotero_reads_it() throws Exception {
        JsonNode items = new ObjectMapper().readTree(export(sg, "csl-json", null));
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(works.size());
        assertThat(StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asText()).distinct().count()).as("unique ids").isEqualTo(works.size());
        JsonNode ddpm = StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("title").asText().equals("Denoising Diffusion Probabilistic Models")).findFirst().orElseThrow();
        assertThat(ddpm.get("id").asText()).isEqualTo("ho2020denoising");
        assertThat(ddpm.get("type").asText()).isEqualTo("paper-conference");
        List<String> authors = new ArrayList<>();
        ddpm.get("author").forEach(a -> authors.add(a.get("given").asText() + " " + a.get("family").asText()));
        assertThat(authors).containsExactlyElementsOf(DDPM_AUTHORS);
        assertThat(ddpm.at("/issued/date-parts/0").toString()).isEqualTo("[2020,6,19]");
        assertThat(ddpm.get("container-title").asText()).isEqualTo("NeurIPS");
        assertThat(ddpm.get("URL").asText()).isEqualTo("https://arxiv.org/abs/2006.11239");
        assertThat(items).allSatisfy(i -> assertThat(i.get("type").asText()).isIn("paper-conference", "article-journal", "article", "book",
                "motion_picture", "software", "post-weblog", "webpage"));
    }

    @Test
    void a_line_break_cannot_end_a_ris_field_and_a_one_word_author_is_a_csl_literal() throws Exception {
        CitedWork work = new CitedWork("paper", "Two\nlines\r\nER  - injected", List.of("OpenAI", "Hans van den Berg"), "2021-03",
                "Medical Image Analysis", null, null, "10.1016/j.media.2023.102846", null);
        String record = Ris.record(work);
        assertThat(record.lines().filter(l -> l.startsWith("ER  - "))).hasSize(1);
        assertThat(record).contains("TY  - JOUR", "TI  - Two lines ER  - injected", "AU  - OpenAI", "AU  - van den Berg, Hans",
                "DA  - 2021/03//", "DO  - 10.1016/j.media.2023.102846", "UR  - https://doi.org/10.1016/j.media.2023.102846");

        java.io.StringWriter text = new java.io.StringWriter();
        try (var json = new com.fasterxml.jackson.core.JsonFactory().createGenerator(text)) {
            CslJson.write(work, "openai2021two", json);
        }
        JsonNode item = new ObjectMapper().readTree(text.toString());
        assertThat(item.get("type").asText()).isEqualTo("article-journal");
        assertThat(item.at("/author/0/literal").asText()).isEqualTo("OpenAI");
        assertThat(item.at("/author/1/family").asText()).isEqualTo("van den Berg");
        assertThat(item.at("/issued/date-parts/0").toString()).isEqualTo("[2021,3]");
        assertThat(item.get("DOI").asText()).isEqualTo("10.1016/j.media.2023.102846");
    }

    @Test
    void one_source_exports_the_works_it_types() {
        String bib = export(sg, "bibtex", "enrichment.ttl");
        assertThat(bib).contains("@inproceedings{ho2020denoising,");
        assertThat(sg.export("ris", "enrichment.ttl", io.studygraph.study.Learner.DEFAULT).fileName()).isEqualTo("studygraph-enrichment.ris");
    }
}
