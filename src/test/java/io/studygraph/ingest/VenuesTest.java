package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.ingest.Venues.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VenuesTest {

    @Test
    void an_edition_of_a_book_is_not_a_venue() {
        assertThat(Venues.parse("1st Edition, 1998")).map(Venues.Mention::venue).isEmpty();
        assertThat(Venues.parse("(2nd Edition, in progress, 2018)")).map(Venues.Mention::venue).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "NIPS | NeurIPS",
            "NeurIPS | NeurIPS",
            "Advances in Neural Information Processing Systems | NeurIPS",
            "Advances in Neural Information Processing Systems (NeurIPS) | NeurIPS",
            "Proceedings of the 25th International Conference on Neural Information Processing Systems, Volume 1 | NeurIPS",
            "International Conference on Machine Learning | ICML",
            "35th International Conference on Machine Learning | ICML",
            "Proc. of ICML 2019 | ICML",
            "In Proceedings of the International Conference on Machine Learning | ICML",
            "International Conference on Learning Representations (ICLR) | ICLR",
            "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) | CVPR",
            "2005 IEEE Computer Society Conference on Computer Vision and Pattern Recognition (CVPR'05) | CVPR",
            "The European Conference on Computer Vision (ECCV) | ECCV",
            "Proceedings of the IEEE International Conference on Computer Vision | ICCV",
            "Findings of EMNLP | Findings of EMNLP",
            "Findings of the Association for Computational Linguistics: EMNLP 2020 | Findings of EMNLP",
            "Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing | EMNLP",
            "Transactions of the Association for Computational Linguistics | TACL",
            "COLING Budapest 1988 Volume 1: International Conference on Computational Linguistics | COLING",
            "12th USENIX Symposium on Operating Systems Design and Implementation (OSDI 16) | OSDI",
            "22nd Annual International ACM Conference on Research and Development in Information Retrieval, SIGIR 1999 | SIGIR",
            "Proceedings of the Fifth ACM International Conference on Web Search and Data Mining | WSDM",
            "2008 8th IEEE International Conference on Data Mining | ICDM",
            "Proceedings of the 23rd International Conference on World Wide Web | WWW",
            "The Web Conference | WWW",
            "IEEE Transactions on Pattern Analysis and Machine Intelligence | TPAMI",
            "IEEE Transactions on Neural Networks | TNN",
            "J. Mach. Learn. Res. | JMLR",
            "Journal of Machine Learning Research | JMLR",
            "Communications of the ACM | Communications of the ACM",
            "Robotics: Science and Systems | RSS",
            "SIGGRAPH Asia 2021 | SIGGRAPH Asia",
            "ACM SIGGRAPH | SIGGRAPH",
            "neural computation | Neural Computation",
            "arxiv | arXiv",
            "arXiv preprint arXiv:2012.09790 | arXiv",
            "ArXiv:2010.02178 | arXiv",
            "CoRR abs/1412.6980 | arXiv",
    })
    void known_venues_get_their_short_name(String raw, String expected) {
        assertThat(Venues.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void unknown_venues_are_kept_as_written_only_tidied() {
        assertThat(Venues.normalise("  Computer Graphics   Forum (EG STAR 2020). ")).isEqualTo("Computer Graphics Forum (EG STAR 2020)");
        assertThat(Venues.normalise("ACM Trans. Graph.")).isEqualTo("ACM Trans. Graph");
        // A workshop at ICML is not ICML, and TACL-like journals are not the conference.
        assertThat(Venues.normalise("ICML Workshop on Invertible Networks")).isEqualTo("ICML Workshop on Invertible Networks");
        assertThat(Venues.normalise("SIGKDD Explor. Newsl.")).isEqualTo("SIGKDD Explor. Newsl");
        assertThat(Venues.normalise(null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ICML 2011. | ICML | 2011",
            "arxiv 2022 | arXiv | 2022",
            "Neural Computation 2011 | Neural Computation | 2011",
            "IEEE SPM 2017 | IEEE SPM | 2017",
            "ICLR'22 | ICLR | 2022",
            "NeurIPS, 2021 | NeurIPS | 2021",
            "'Findings of EMNLP, 2020' | Findings of EMNLP | 2020",
            "(ICML 2019) | ICML | 2019",
            "Communications of the ACM 2018 | Communications of the ACM | 2018",
            "J. Mach. Learn. Res. 2019 | JMLR | 2019",
            "SSPR/SPR 2004 | SSPR/SPR | 2004",
            "'Synthesis Lectures on Artificial Intelligence and Machine Learning, Morgan & Claypool Publishers, 2020' | Synthesis Lectures on Artificial Intelligence and Machine Learning | 2020",
            "2016. | - | 2016",
            "Communications of the ACM | Communications of the ACM | -",
    })
    void venue_statements_give_venue_and_year(String text, String venue, String year) {
        assertThat(Venues.parse(text)).get().satisfies(m -> {
            assertThat(m.venue()).isEqualTo(venue);
            assertThat(m.year()).isEqualTo(year);
        });
    }

    @Test
    void a_statement_spans_the_venue_and_year_without_brackets_or_full_stop() {
        Mention m = Venues.parse("(ICML 2019).").orElseThrow();
        assertThat("(ICML 2019).".substring(m.start(), m.end())).isEqualTo("ICML 2019");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We train the model for three days on eight GPUs in 2020.",
            "Jonathan Ho, Ajay Jain, Pieter Abbeel, 2020",
            "Jonathan Ho and Ajay Jain 2020",
            "Ho et al. 2020",
            "Some Unknown Phrase",
            "",
    })
    void prose_and_lists_of_names_are_not_venue_statements(String text) {
        assertThat(Venues.parse(text)).isEmpty();
    }

    @Test
    void find_picks_a_known_venue_and_its_year_out_of_running_text() {
        String text = "Kaelbling et al. survey (JAIR 1996) is still the best start.";
        Mention jair = Venues.find(text).orElseThrow();
        assertThat(jair.venue()).isEqualTo("JAIR");
        assertThat(jair.year()).isEqualTo("1996");
        assertThat(text.substring(jair.start(), jair.end())).isEqualTo("JAIR 1996");

        assertThat(Venues.find("The IROS 2017 paper on grasping").orElseThrow()).extracting(Mention::venue, Mention::year)
                .containsExactly("IROS", "2017");
        assertThat(Venues.find("ICLR'22").orElseThrow()).extracting(Mention::venue, Mention::year).containsExactly("ICLR", "2022");
        assertThat(Venues.find("presented at NeurIPS (2019) by").orElseThrow()).extracting(Mention::venue, Mention::year)
                .containsExactly("NeurIPS", "2019");
    }

    @Test
    void find_never_invents_a_venue_from_an_unknown_or_ordinary_word() {
        assertThat(Venues.find("Published by Foobar 2019 in the Gazette")).isEmpty();
        assertThat(Venues.find("a degree in Computer Science 2019")).isEmpty();
        assertThat(Venues.find("by nature 2020 this is hard")).isEmpty();
        assertThat(Venues.find("ICML is a conference")).isEmpty();
    }
}
