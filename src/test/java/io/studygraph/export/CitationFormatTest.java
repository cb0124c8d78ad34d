package io.studygraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** BibTeX and APA text for works, from the fields a citation reads. */
class CitationFormatTest {
    private static final CitedWork DDPM = new CitedWork("paper", "Denoising Diffusion Probabilistic Models",
            List.of("Jonathan Ho", "Ajay Jain", "Pieter Abbeel"), "2020-06-19", "NeurIPS", "33", "2006.11239", null,
            "https://arxiv.org/abs/2006.11239");

    private static CitedWork paper(String title, List<String> authors, String date, String venue) {
        return new CitedWork("paper", title, authors, date, venue, null, null, null, null);
    }

    @Test
    void a_conference_paper_is_an_inproceedings_entry_keyed_like_scholar() {
        assertThat(Bibtex.entry(DDPM, Bibtex.key(DDPM))).isEqualTo("""
                @inproceedings{ho2020denoising,
                  title = {Denoising Diffusion Probabilistic Models},
                  author = {Ho, Jonathan and Jain, Ajay and Abbeel, Pieter},
                  booktitle = {NeurIPS},
                  volume = {33},
                  year = {2020},
                  eprint = {2006.11239},
                  archivePrefix = {arXiv},
                  url = {https://arxiv.org/abs/2006.11239}
                }
                """);
    }

    @Test
    void the_entry_type_follows_the_kind_and_the_venue() {
        assertThat(Bibtex.type(paper("T", List.of(), null, "Medical Image Analysis"))).isEqualTo("article");
        assertThat(Bibtex.type(paper("T", List.of(), null, "International Conference on Machine Learning"))).isEqualTo("inproceedings");
        assertThat(Bibtex.type(paper("T", List.of(), null, "arXiv preprint"))).isEqualTo("misc");
        assertThat(Bibtex.type(paper("T", List.of(), null, null))).isEqualTo("misc");
        assertThat(Bibtex.type(new CitedWork("book", "T", List.of(), null, "Springer", null, null, null, null))).isEqualTo("book");
        assertThat(Bibtex.type(new CitedWork("video", "T", List.of(), null, "NeurIPS", null, null, null, null))).isEqualTo("misc");
    }

    @Test
    void latex_special_characters_are_escaped_and_acronyms_keep_their_capitals() {
        CitedWork work = paper("Q&A on 100% of $x_t$ #1 {GANs} ~ ^ \\", List.of("Tom O'Brien & Co"), "2021", "Journal of A&B");
        String entry = Bibtex.entry(work, Bibtex.key(work));
        assertThat(entry).contains("title = {{Q\\&A} on 100\\% of \\$x\\_t\\$ \\#1 \\{GANs\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}",
                "journal = {Journal of A\\&B}", "author = {Co, Tom O'Brien \\&}");
        assertThat(Bibtex.escape("plain words")).isEqualTo("plain words");
        assertThat(Bibtex.entry(paper("Diffusion Models Beat GANs on U-Net (Machine Learning)", List.of(), null, null), "k"))
                .contains("title = {Diffusion Models Beat {GANs} on {U-Net} (Machine Learning)}");
    }

    @Test
    void a_missing_year_is_left_out_of_the_key_and_is_n_d_in_apa() {
        CitedWork undated = paper("The Annotated Diffusion Model", List.of("Niels Rogge", "Kashif Rasul"), null, null);
        assertThat(Bibtex.key(undated)).isEqualTo("roggeannotated");
        assertThat(Bibtex.entry(undated, "k")).doesNotContain("year");
        assertThat(Apa.reference(undated)).isEqualTo("Rogge, N., & Rasul, K. (n.d.). The Annotated Diffusion Model.");
    }

    @Test
    void keys_of_an_export_stay_unique_and_names_are_folded_to_ascii() {
        CitedWork accented = paper("Über Diffusion", List.of("José Müller"), "2022", null);
        Set<String> taken = new HashSet<>();
        assertThat(List.of(Bibtex.uniqueKey(accented, taken), Bibtex.uniqueKey(accented, taken), Bibtex.uniqueKey(accented, taken)))
                .containsExactly("muller2022uber", "muller2022ubera", "muller2022uberb");
        assertThat(Bibtex.key(paper("!!!", List.of(), null, null))).isEqualTo("work");
    }

    @Test
    void apa_names_authors_by_family_name_and_initials_and_links_the_doi_first() {
        assertThat(Apa.reference(DDPM)).isEqualTo("Ho, J., Jain, A., & Abbeel, P. (2020). Denoising Diffusion Probabilistic Models. "
                + "NeurIPS, 33. https://arxiv.org/abs/2006.11239");
        CitedWork withDoi = new CitedWork("paper", "Latent Variable Models", List.of("Jakub M. Tomczak"), "2022", "Springer", null,
                null, "10.1007/978-3-030-93158-2_4", "https://link.springer.com/x");
        assertThat(Apa.reference(withDoi)).isEqualTo("Tomczak, J. M. (2022). Latent Variable Models. Springer. https://doi.org/10.1007/978-3-030-93158-2_4");
        assertThat(Apa.authors(List.of("Jean-Pierre van den Berg", "Ho, Jonathan"))).isEqualTo("van den Berg, J.-P., & Ho, J.");
        assertThat(Apa.reference(new CitedWork("video", "How AI Image Generators Work?", List.of(), "2022", "Computerphile", null, null, null, null)))
                .isEqualTo("How AI Image Generators Work? [Video]. (2022). Computerphile.");
    }

    @Test
    void apa_names_twenty_authors_and_shortens_more_with_an_ellipsis() {
        List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "Given Family" + i).toList();
        assertThat(Apa.authors(twenty)).startsWith("Family1, G., Family2, G.,").endsWith("Family19, G., & Family20, G.");
        List<String> many = IntStream.rangeClosed(1, 25).mapToObj(i -> "Given Family" + i).toList();
        String cited = Apa.authors(many);
        assertThat(cited).contains("Family19, G., . . . Family25, G.").doesNotContain("Family20").doesNotContain("&");
        assertThat(Bibtex.entry(paper("T", many, "2020", null), "k")).contains("Family1, Given and Family2, Given", "Family25, Given}");
    }

    @Test
    void an_organisation_as_author_is_kept_whole() {
        CitedWork work = paper("GPT-4 Technical Report", List.of("OpenAI"), "2023", "arXiv");
        assertThat(Bibtex.entry(work, Bibtex.key(work))).startsWith("@misc{openai2023gpt,").contains("author = {{OpenAI}}");
        assertThat(Apa.reference(work)).startsWith("OpenAI. (2023). GPT-4 Technical Report. arXiv.");
    }
}
