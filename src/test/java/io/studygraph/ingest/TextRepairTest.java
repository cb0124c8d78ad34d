package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRepairTest {

    @Test
    void utf8_read_as_windows_1252_is_decoded_again() {
        assertThat(TextRepair.repair("Aleksa GordiÄ‡")).isEqualTo("Aleksa Gordić");
        assertThat(TextRepair.repair("JÃ¼rgen Schmidhuber")).isEqualTo("Jürgen Schmidhuber");
        assertThat(TextRepair.repair("AurÃ©lien GÃ©ron")).isEqualTo("Aurélien Géron");
        assertThat(TextRepair.repair("Ãœber")).isEqualTo("Über");
    }

    @Test
    void mojibake_of_three_byte_characters_is_repaired_too() {
        assertThat(TextRepair.repair("Ryan Oâ€™Connor")).isEqualTo("Ryan O’Connor");
        assertThat(TextRepair.repair("attention â€” all you need")).isEqualTo("attention — all you need");
    }

    @Test
    void only_the_broken_runs_change_in_a_longer_line() {
        String line = "Ultimate Guide to Diffusion Models [7 Jul 2022] by Aleksa GordiÄ‡ - The AI Epiphany";
        assertThat(TextRepair.repair(line)).isEqualTo("Ultimate Guide to Diffusion Models [7 Jul 2022] by Aleksa Gordić - The AI Epiphany");
    }

    @Test
    void correctly_accented_text_is_left_alone() {
        for (String text : new String[] {"Gödel", "café", "Aleksa Gordić", "Łukasz Kaiser", "naïve café in Zürich",
                "Ångström", "Dvořák", "“quoted” — dashed", "Straße", "£20 for 2×2"}) {
            assertThat(TextRepair.repair(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void adjacent_accents_that_are_not_valid_utf8_bytes_are_left_alone() {
        // Two real letters side by side whose windows-1252 bytes do not form UTF-8.
        assertThat(TextRepair.repair("Zoë“s")).isEqualTo("Zoë“s");
        assertThat(TextRepair.repair("çà")).isEqualTo("çà");
    }

    @Test
    void ascii_text_is_returned_as_is() {
        assertThat(TextRepair.repair("Diffusion Models Beat GANS on Image Synthesis. (2021)"))
                .isEqualTo("Diffusion Models Beat GANS on Image Synthesis. (2021)");
        assertThat(TextRepair.repair("")).isEmpty();
    }
}
