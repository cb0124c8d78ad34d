package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Slugs;
import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void the_seeds_mla_citation_gives_authors_title_venue_volume_year_and_pages() {
        Citation c = parse("Dhariwal, Prafulla, and Alexander Nichol. \"Diffusion models beat gans on image synthesis.\" "
                + "Advances in Neural Information Processing Systems 34 (2021): 8780-8794.");

        assertThat(c.authors()).containsExactly("Prafulla Dhariwal", "Alexander Nichol");
        assertThat(c.title()).isEqualTo("Diffusion models beat gans on image synthesis");
        assertThat(c.venue()).isEqualTo("Advances in Neural Information Processing Systems");
        assertThat(c.volume()).isEqualTo("34");
        assertThat(c.year()).isEqualTo("2021");
        assertThat(c.pages()).isEqualTo("8780-8794");
        assertThat(c.arxivId()).isNull();
    }

    @Test
    void the_seeds_arxiv_preprint_citation_gives_four_authors_and_the_arxiv_id_not_a_volume() {
        Citation c = parse("Kim, Dongjun, Yeongmin Kim, Wanmo Kang, and Il-Chul Moon. \"Refining Generative Process with "
                + "Discriminator Guidance in Score-based Diffusion Models.\" arXiv preprint arXiv:2211.17091 (2022).");

        assertThat(c.authors()).containsExactly("Dongjun Kim", "Yeongmin Kim", "Wanmo Kang", "Il-Chul Moon");
        assertThat(c.title()).isEqualTo("Refining Generative Process with Discriminator Guidance in Score-based Diffusion Models");
        assertThat(c.arxivId()).isEqualTo("2211.17091");
        assertThat(c.venue()).isEqualTo("arXiv");
        assertThat(c.volume()).isNull();
        assertThat(c.year()).isEqualTo("2022");
        assertThat(c.pages()).isNull();
    }

    @Test
    void a_single_author_mla_citation_puts_the_given_name_first() {
        Citation c = parse("Tomczak, Jakub M. \"Latent variable models.\" Deep Generative Modeling. "
                + "Cham: Springer International Publishing, 2022. 57-127.");

        assertThat(c.authors()).singleElement().asString().startsWith("Jakub M").endsWith("Tomczak");
        assertThat(Slugs.of(c.authors().get(0))).isEqualTo("jakub-m-tomczak");
        assertThat(c.title()).isEqualTo("Latent variable models");
    }

    @Test
    void et_al_is_dropped_from_an_mla_author_list() {
        Citation c = parse("Vaswani, Ashish, et al. \"Attention is all you need.\" Advances in neural information processing systems 30 (2017).");

        assertThat(c.authors()).containsExactly("Ashish Vaswani");
        assertThat(c.title()).isEqualTo("Attention is all you need");
        assertThat(c.venue()).isEqualTo("Advances in neural information processing systems");
        assertThat(c.volume()).isEqualTo("30");
        assertThat(c.year()).isEqualTo("2017");
        assertThat(c.pages()).isNull();
    }

    @Test
    void mla_accepts_curly_quotes_and_a_venue_without_volume() {
        Citation c = parse("Devlin, Jacob, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. “BERT: Pre-training of deep "
                + "bidirectional transformers for language understanding.” Proceedings of NAACL-HLT (2019): 4171-4186.");

        assertThat(c.authors()).containsExactly("Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova");
        assertThat(c.title()).isEqualTo("BERT: Pre-training of deep bidirectional transformers for language understanding");
        assertThat(c.venue()).isEqualTo("Proceedings of NAACL-HLT");
        assertThat(c.volume()).isNull();
        assertThat(c.year()).isEqualTo("2019");
        assertThat(c.pages()).isEqualTo("4171-4186");
    }

    @Test
    void an_apa_citation_gives_initials_first_and_venue_volume_pages() {
        Citation c = parse("Ho, J., Jain, A., & Abbeel, P. (2020). Denoising diffusion probabilistic models. "
                + "Advances in Neural Information Processing Systems, 33, 6840-6851.");

        assertThat(c.authors()).containsExactly("J. Ho", "A. Jain", "P. Abbeel");
        assertThat(c.title()).isEqualTo("Denoising diffusion probabilistic models");
        assertThat(c.venue()).isEqualTo("Advances in Neural Information Processing Systems");
        assertThat(c.volume()).isEqualTo("33");
        assertThat(c.year()).isEqualTo("2020");
        assertThat(c.pages()).isEqualTo("6840-6851");
    }

    @Test
    void an_apa_arxiv_preprint_gives_the_arxiv_id_and_double_initials() {
        Citation c = parse("Devlin, J., Chang, M. W., Lee, K., & Toutanova, K. (2018). Bert: Pre-training of deep bidirectional "
                + "transformers for language understanding. arXiv preprint arXiv:1810.04805.");

        assertThat(c.authors()).containsExactly("J. Devlin", "M. W. Chang", "K. Lee", "K. Toutanova");
        assertThat(c.arxivId()).isEqualTo("1810.04805");
        assertThat(c.venue()).isEqualTo("arXiv");
        assertThat(c.year()).isEqualTo("2018");
    }

    @Test
    void page_ranges_with_an_en_dash_are_normalised_to_a_hyphen() {
        Citation mla = parse("Dhariwal, Prafulla, and Alexander Nichol. \"Diffusion models beat gans on image synthesis.\" "
                + "Advances in Neural Information Processing Systems 34 (2021): 8780–8794.");
        Citation apa = parse("Ho, J., Jain, A., & Abbeel, P. (2020). Denoising diffusion probabilistic models. "
                + "Advances in Neural Information Processing Systems, 33, 6840 – 6851.");

        assertThat(mla.pages()).isEqualTo("8780-8794");
        assertThat(apa.pages()).isEqualTo("6840-6851");
    }

    @Test
    void an_arxiv_version_suffix_in_a_citation_is_dropped() {
        Citation c = parse("Ba, Jimmy Lei, Jamie Ryan Kiros, and Geoffrey E. Hinton. \"Layer normalization.\" "
                + "arXiv preprint arXiv:1607.06450v1 (2016).");

        assertThat(c.arxivId()).isEqualTo("1607.06450");
        assertThat(c.authors()).containsExactly("Jimmy Lei Ba", "Jamie Ryan Kiros", "Geoffrey E. Hinton");
    }

    @Test
    void line_breaks_and_runs_of_spaces_inside_a_citation_do_not_matter() {
        Citation c = parse("Dhariwal, Prafulla, and Alexander Nichol.\n\"Diffusion models beat gans on image synthesis.\"\n"
                + "Advances in   Neural Information Processing Systems 34 (2021): 8780-8794.");

        assertThat(c.authors()).containsExactly("Prafulla Dhariwal", "Alexander Nichol");
        assertThat(c.venue()).isEqualTo("Advances in Neural Information Processing Systems");
    }

    @Test
    void text_that_is_not_a_citation_gives_nothing() {
        assertThat(Citation.parse("arXiv: https://arxiv.org/abs/2105.05233")).isEmpty();
        assertThat(Citation.parse("Diffusion Models Beat GANS on Image Synthesis. (2021)")).isEmpty();
        assertThat(Citation.parse("Just some text. Nothing here.")).isEmpty();
        assertThat(Citation.parse("")).isEmpty();
        assertThat(Citation.parse("Where to find Mike Pound")).isEmpty();
    }

    private static Citation parse(String text) {
        return Citation.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }
}
