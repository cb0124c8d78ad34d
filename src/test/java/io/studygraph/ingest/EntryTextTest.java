package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.ingest.Dates.PartialDate;
import io.studygraph.ingest.Dates.PartialDate.Precision;
import org.junit.jupiter.api.Test;

/** Each shape of first line the seed list uses, and the ones a second list written alike would. */
class EntryTextTest {

    @Test
    void a_quoted_title_with_two_authors_and_a_published_date() {
        EntryText e = read("\"The Annotated Diffusion Model\" by Niels Rogge and Kashif Rasul (Published June 7th, 2022.).");

        assertThat(e.title()).isEqualTo("The Annotated Diffusion Model");
        assertThat(e.people()).containsExactly("Niels Rogge", "Kashif Rasul");
        assertThat(e.date()).isEqualTo(new PartialDate("2022-06-07", Precision.DAY));
        assertThat(e.channel()).isNull();
        assertThat(e.recommendedBy()).isNull();
        assertThat(e.marker()).isNull();
        assertThat(e.rest()).isEmpty();
    }

    @Test
    void a_quoted_title_with_a_recommendation_after_the_date() {
        EntryText e = read("\"Introduction to Diffusion Models for Machine Learning\" by Ryan O'Connor (Published on May 12, 2022). Recommended by Sofia ");

        assertThat(e.title()).isEqualTo("Introduction to Diffusion Models for Machine Learning");
        assertThat(e.people()).containsExactly("Ryan O'Connor");
        assertThat(e.date()).isEqualTo(new PartialDate("2022-05-12", Precision.DAY));
        assertThat(e.recommendedBy()).isEqualTo("Sofia");
        assertThat(e.rest()).isEmpty();
    }

    @Test
    void a_recommendation_by_a_full_name_keeps_the_whole_name() {
        assertThat(read("\"The Illustrated Transformer\" by Jay Alammar. Recommended by Priya Sharma").recommendedBy())
                .isEqualTo("Priya Sharma");
    }

    @Test
    void many_authors_separated_by_commas_and_a_final_and_keep_their_order_and_initials() {
        EntryText e = read("\"Attention Is All You Need\" by Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, "
                + "Llion Jones, Aidan N. Gomez, Łukasz Kaiser and Illia Polosukhin [Submitted on 12 Jun 2017]");

        assertThat(e.people()).containsExactly("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit",
                "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin");
        assertThat(e.date()).isEqualTo(new PartialDate("2017-06-12", Precision.DAY));
    }

    @Test
    void an_unquoted_title_ending_in_a_full_stop_and_a_year() {
        EntryText e = read(" Diffusion Models Beat GANS on Image Synthesis. (2021)");

        assertThat(e.title()).isEqualTo("Diffusion Models Beat GANS on Image Synthesis");
        assertThat(e.date()).isEqualTo(new PartialDate("2021", Precision.YEAR));
        assertThat(e.people()).isEmpty();
    }

    @Test
    void an_unquoted_title_by_an_author_with_a_middle_initial() {
        EntryText e = read("Latent Variable Models by Jakub M. Tomczak ");

        assertThat(e.title()).isEqualTo("Latent Variable Models");
        assertThat(e.people()).containsExactly("Jakub M. Tomczak");
        assertThat(e.date()).isNull();
    }

    @Test
    void a_video_title_with_a_bracketed_date_and_a_presenter() {
        EntryText e = read("How AI Image Generators Work (Stable Diffusion / Dall-E) - Computerphile[4 Oct 2022] by Mike Pound");

        assertThat(e.title()).isEqualTo("How AI Image Generators Work (Stable Diffusion / Dall-E) - Computerphile");
        assertThat(e.people()).containsExactly("Mike Pound");
        assertThat(e.date()).isEqualTo(new PartialDate("2022-10-04", Precision.DAY));
    }

    @Test
    void by_person_dash_channel_gives_the_presenter_and_the_channel() {
        EntryText e = read("Ultimate Guide to Diffusion Models | ML Coding Series | Denoising Diffusion Probabilistic Models "
                + "[7 Jul 2022] by Aleksa Gordić - The AI Epiphany ");

        assertThat(e.title()).isEqualTo("Ultimate Guide to Diffusion Models | ML Coding Series | Denoising Diffusion Probabilistic Models");
        assertThat(e.people()).containsExactly("Aleksa Gordić");
        assertThat(e.channel()).isEqualTo("The AI Epiphany");
        assertThat(e.date()).isEqualTo(new PartialDate("2022-07-07", Precision.DAY));
    }

    @Test
    void a_title_with_a_colon_and_a_full_stop_before_the_bracketed_date() {
        EntryText e = read("Let's build GPT: from scratch, in code, spelled out. [17 Jan 2023] by Andrej Karpathy");

        assertThat(e.title()).isEqualTo("Let's build GPT: from scratch, in code, spelled out");
        assertThat(e.people()).containsExactly("Andrej Karpathy");
        assertThat(e.date()).isEqualTo(new PartialDate("2023-01-17", Precision.DAY));
    }

    @Test
    void a_numbered_reference_gives_its_marker_title_and_submission_date_without_the_link() {
        EntryText e = read("[139] Deep Ultrasound Denoising Without Clean Data  [Submitted on 7 Jan 2022] https://arxiv.org/abs/2201.02604");

        assertThat(e.marker()).isEqualTo("139");
        assertThat(e.title()).isEqualTo("Deep Ultrasound Denoising Without Clean Data");
        assertThat(e.date()).isEqualTo(new PartialDate("2022-01-07", Precision.DAY));
        assertThat(e.rest()).doesNotContain("http");
    }

    @Test
    void a_quoted_title_followed_by_a_date_and_an_arrow_to_its_link() {
        EntryText e = read("\"Diffusion Models for Medical Image Analysis: A Comprehensive Survey\" [Submitted on 14 Nov 2022] > https://arxiv.org/abs/2211.07804");

        assertThat(e.title()).isEqualTo("Diffusion Models for Medical Image Analysis: A Comprehensive Survey");
        assertThat(e.date()).isEqualTo(new PartialDate("2022-11-14", Precision.DAY));
        assertThat(e.rest()).isEmpty();
    }

    @Test
    void a_code_span_title_before_an_arrow_and_a_link() {
        String raw = "`Gaussian distribution is isotropic?` > https://math.stackexchange.com/questions/1991961/gaussian-distribution-is-isotropic ";
        // What the Markdown parser hands over: the code span's text, marked as the title.
        String parsed = "Gaussian distribution is isotropic? > https://math.stackexchange.com/questions/1991961/gaussian-distribution-is-isotropic";

        assertThat(read(raw).title()).isEqualTo("Gaussian distribution is isotropic?");
        assertThat(EntryText.read(parsed, "Gaussian distribution is isotropic?").title()).isEqualTo("Gaussian distribution is isotropic?");
        assertThat(read(raw).rest()).isEmpty();
    }

    @Test
    void a_label_and_a_link_alone_have_no_title() {
        assertThat(read("google-citation: https://scholar.google.com/scholar?oi=bibs&hl=en&cites=8089406902414807700&as_sdt=5").title()).isNull();
        assertThat(read("arXiv: https://arxiv.org/abs/2105.05233").title()).isNull();
        assertThat(read("OpenReview.net: https://openreview.net/forum?id=AAWuCvzaVt").title()).isNull();
        assertThat(read("https://github.com/openai/guided-diffusion").title()).isNull();
    }

    @Test
    void a_numbered_label_and_link_keeps_its_marker_but_has_no_title() {
        EntryText e = read("[139] google-citation: https://scholar.google.com/scholar?oi=bibs&hl=en&cites=8089406902414807700&as_sdt=5");

        assertThat(e.marker()).isEqualTo("139");
        assertThat(e.title()).isNull();
        assertThat(e.people()).isEmpty();
    }

    @Test
    void a_bold_title_marked_by_the_parser_ends_where_the_bold_text_ends() {
        // "**Softmax** turns scores into probabilities", as the parser hands it over.
        EntryText e = EntryText.read("Softmax turns a vector of scores into probabilities", "Softmax");

        assertThat(e.title()).isEqualTo("Softmax");
        assertThat(e.rest()).isEqualTo("turns a vector of scores into probabilities");
        assertThat(EntryText.read("Softmax turns a vector of scores into probabilities", null).title())
                .isEqualTo("Softmax turns a vector of scores into probabilities");
    }

    @Test
    void a_bold_title_may_still_be_followed_by_authors() {
        EntryText e = EntryText.read("The Illustrated Transformer by Jay Alammar (Published June 27th, 2018)", "The Illustrated Transformer");

        assertThat(e.title()).isEqualTo("The Illustrated Transformer");
        assertThat(e.people()).containsExactly("Jay Alammar");
        assertThat(e.date()).isEqualTo(new PartialDate("2018-06-27", Precision.DAY));
    }

    @Test
    void a_markdown_link_title_is_its_label_and_the_address_is_not_part_of_it() {
        // "[The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/) by Jay Alammar", as parsed.
        EntryText e = EntryText.read("The Illustrated Transformer https://jalammar.github.io/illustrated-transformer/ by Jay Alammar",
                "The Illustrated Transformer");

        assertThat(e.title()).isEqualTo("The Illustrated Transformer");
        assertThat(e.people()).containsExactly("Jay Alammar");
        assertThat(e.rest()).isEmpty();
    }

    @Test
    void a_term_and_its_definition_give_the_rest_as_definition() {
        EntryText e = read("Softmax. A function that turns a vector of K real numbers into a probability distribution over K outcomes. "
                + "https://en.wikipedia.org/wiki/Softmax_function");

        assertThat(e.title()).isEqualTo("Softmax");
        assertThat(e.rest()).isEqualTo("A function that turns a vector of K real numbers into a probability distribution over K outcomes.");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void a_title_alone_is_the_whole_line() {
        EntryText e = read("Transformers from scratch");

        assertThat(e.title()).isEqualTo("Transformers from scratch");
        assertThat(e.people()).isEmpty();
        assertThat(e.date()).isNull();
        assertThat(e.rest()).isEmpty();
    }

    @Test
    void lowercase_words_after_by_are_not_taken_for_names() {
        EntryText e = read("\"Attention? Attention!\" by lilian weng");

        assertThat(e.title()).isEqualTo("Attention? Attention!");
        assertThat(e.people()).isEmpty();
    }

    private static EntryText read(String line) {
        return EntryText.read(line, null);
    }
}
