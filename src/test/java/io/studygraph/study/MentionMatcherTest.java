package io.studygraph.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matcher on known sentences: what it must find, and what it must leave alone. */
class MentionMatcherTest {
    private final ConceptMentions matcher = new ConceptMentions(Map.of(
            "c:unet", List.of("U-Net", "UNet"),
            "c:gan", List.of("GAN", "generative adversarial network"),
            "c:diffusion", List.of("diffusion"),
            "c:dm", List.of("diffusion model"),
            "c:score", List.of("score matching"),
            "c:prob", List.of("probability"),
            "c:short", List.of("KL", "x", "model"),
            "c:beta", List.of("β schedule")));

    private List<String> texts(String sentence) {
        return matcher.find(sentence).stream().map(m -> m.concept() + "=" + m.text()).toList();
    }

    @Test
    void findsCaseHyphenAndPluralVariants() {
        assertThat(texts("We train U-Nets, a unet and a U Net; the U-Net's skip connections help."))
                .containsExactly("c:unet=U-Nets", "c:unet=unet", "c:unet=U Net", "c:unet=U-Net");
        assertThat(texts("Two Generative Adversarial Networks and GANs.")).containsExactly(
                "c:gan=Generative Adversarial Networks", "c:gan=GANs");
        assertThat(texts("Probabilities add up.")).containsExactly("c:prob=Probabilities");
        assertThat(texts("A β schedule.")).containsExactly("c:beta=β schedule");
    }

    @Test
    void longestMatchWins() {
        assertThat(texts("Diffusion models and diffusion.")).containsExactly("c:dm=Diffusion models", "c:diffusion=diffusion");
        assertThat(texts("denoising score-matching")).containsExactly("c:score=score-matching");
    }

    @Test
    void offsetsPointAtTheText() {
        String s = "Inside a U-Net.";
        ConceptMentions.Mention m = matcher.find(s).get(0);
        assertThat(s.substring(m.start(), m.end())).isEqualTo("U-Net");
        assertThat(m.start()).isEqualTo(9);
    }

    @Test
    void neverInsideLongerWords() {
        assertThat(texts("MU-Net and U-Netting and MUNet")).isEmpty();
        assertThat(texts("an organ, organic, Ganges, began")).isEmpty();
        assertThat(texts("a scoreboard matching")).isEmpty();
        assertThat(texts("diffusions? no: diffusional, transdiffusion")).containsExactly("c:diffusion=diffusions");
    }

    @Test
    void shortAndGenericLabelsAreNotMatchedAlone() {
        assertThat(texts("KL divergence of x under the model")).isEmpty();
    }

    @Test
    void wordsAcrossPunctuationAreNotOneLabel() {
        assertThat(texts("score. Matching")).isEmpty();
        assertThat(texts("diffusion, model")).containsExactly("c:diffusion=diffusion");
    }

    @Test
    void scalesWithTheText() {
        java.util.Map<String, List<String>> many = new java.util.HashMap<>();
        for (int i = 0; i < 5000; i++) many.put("c:" + i, List.of("concept number" + i + " of glossary"));
        ConceptMentions big = new ConceptMentions(many);
        String text = "a concept number42 of glossary. ".repeat(20_000);
        assertThat(big.find(text)).hasSize(20_000).allSatisfy(m -> assertThat(m.concept()).isEqualTo("c:42"));
    }
}
