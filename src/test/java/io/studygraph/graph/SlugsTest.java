package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void a_title_without_latin_letters_gets_a_stable_key_of_its_own() {
        assertThat(Slugs.of("拡散モデル入門")).startsWith("u-").hasSize(18).isEqualTo(Slugs.of(" 拡散モデル入門 "));
        assertThat(Slugs.of("拡散モデル入門")).isNotEqualTo(Slugs.of("注意機構"));
        assertThat(Slugs.of("Διάχυση")).startsWith("u-");
        assertThat(Slugs.of("Gordić")).isEqualTo("gordic");
    }

    @Test
    void names_become_lowercase_hyphenated_ascii() {
        assertThat(Slugs.of("Prafulla Dhariwal")).isEqualTo("prafulla-dhariwal");
        assertThat(Slugs.of("Jakub M. Tomczak")).isEqualTo("jakub-m-tomczak");
        assertThat(Slugs.of("Il-Chul Moon")).isEqualTo("il-chul-moon");
        assertThat(Slugs.of("  The AI Epiphany ")).isEqualTo("the-ai-epiphany");
        assertThat(Slugs.of("Gaussian distribution is isotropic?")).isEqualTo("gaussian-distribution-is-isotropic");
    }

    @Test
    void accents_are_folded() {
        assertThat(Slugs.of("Aleksa Gordić")).isEqualTo("aleksa-gordic");
        assertThat(Slugs.of("Jürgen Schmidhuber")).isEqualTo("jurgen-schmidhuber");
        assertThat(Slugs.of("Łukasz Kaiser")).isEqualTo("lukasz-kaiser");
        assertThat(Slugs.of("Aurélien Géron")).isEqualTo("aurelien-geron");
        assertThat(Slugs.of("Søren Kierkegaard")).isEqualTo("soren-kierkegaard");
        assertThat(Slugs.of("Straße")).isEqualTo("strasse");
    }

    @Test
    void a_folded_name_and_its_accented_spelling_share_a_key() {
        assertThat(Slugs.of("Aleksa Gordic")).isEqualTo(Slugs.of("Aleksa Gordić"));
    }

    @Test
    void apostrophes_vanish_instead_of_splitting_words() {
        assertThat(Slugs.of("Ryan O'Connor")).isEqualTo("ryan-oconnor");
        assertThat(Slugs.of("Ryan O’Connor")).isEqualTo("ryan-oconnor");
        assertThat(Slugs.of("Let's build GPT: from scratch, in code, spelled out")).isEqualTo("lets-build-gpt-from-scratch-in-code-spelled-out");
    }

    @Test
    void long_titles_are_cut_at_a_word_boundary_within_eighty_characters() {
        String title = "Refining Generative Process with Discriminator Guidance in Score-based Diffusion Models";
        String slug = Slugs.of(title);

        assertThat(slug).hasSizeLessThanOrEqualTo(80)
                .isEqualTo("refining-generative-process-with-discriminator-guidance-in-score-based-diffusion")
                .doesNotEndWith("-");
        assertThat(Slugs.of("Diffusion Models for Medical Image Analysis: A Comprehensive Survey"))
                .isEqualTo("diffusion-models-for-medical-image-analysis-a-comprehensive-survey");
    }

    @Test
    void a_long_word_without_hyphens_is_cut_at_eighty_characters() {
        String slug = Slugs.of("a".repeat(100));
        assertThat(slug).isEqualTo("a".repeat(80));
    }

    @Test
    void the_same_text_always_gives_the_same_slug() {
        String title = "Ultimate Guide to Diffusion Models | ML Coding Series | Denoising Diffusion Probabilistic Models";
        assertThat(Slugs.of(title)).isEqualTo(Slugs.of(title)).hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void identifier_slugs_keep_dots_and_replace_everything_else() {
        assertThat(Slugs.ofIdentifier("10.1007/978-3-030-93158-2_4")).isEqualTo("10.1007-978-3-030-93158-2-4");
        assertThat(Slugs.ofIdentifier("2105.05233")).isEqualTo("2105.05233");
        assertThat(Slugs.ofIdentifier("10.1145/3065386")).isEqualTo("10.1145-3065386");
        assertThat(Slugs.ofIdentifier("hep-th/9901001")).isEqualTo("hep-th-9901001");
        assertThat(Slugs.ofIdentifier("10.1002/(SICI)1097-4571")).isEqualTo("10.1002-sici-1097-4571");
    }

    @Test
    void identifier_slugs_are_not_shortened() {
        String doi = "10.1234/" + "x".repeat(120);
        assertThat(Slugs.ofIdentifier(doi)).hasSize(doi.length());
    }

    @Test
    void fold_strips_accents_but_keeps_case() {
        assertThat(Slugs.fold("Gordić")).isEqualTo("Gordic");
        assertThat(Slugs.fold("Łukasz")).isEqualTo("Lukasz");
        assertThat(Slugs.fold("Søren Kierkegaard")).isEqualTo("Soren Kierkegaard");
    }
}
