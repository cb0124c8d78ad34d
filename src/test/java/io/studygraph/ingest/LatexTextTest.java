package io.studygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Mart{\\'\\i}n Abadi | Martín Abadi",
            "G\\\"{o}del | Gödel",
            "Sch{\\\"o}lkopf | Schölkopf",
            "{\\\"U}ber | Über",
            "Fran\\c{c}ois | François",
            "Milo{\\v s} Ha{\\v s}an | Miloš Hašan",
            "Nie{\\ss}ner | Nießner",
            "I{\\~n}igo | Iñigo",
            "Rodol{\\`a} | Rodolà",
            "{L\\'eon} | Léon",
            "K\\\"oniglich | Königlich",
            "Erd\\H{o}s | Erdős",
            "John {W}iley \\& {S}ons | John Wiley & Sons",
            "Barnes {\\&} Noble | Barnes & Noble",
            "F.~P. Cantelli | F. P. Cantelli",
            "Rend.\\ {A}ccad.\\ {L}incei | Rend. Accad. Lincei",
            "An image is worth $16\\times 16$ words | An image is worth 16×16 words",
            "\\url{http://www.deeplearningbook.org} | http://www.deeplearningbook.org",
            "the ``echo state network'' approach | the “echo state network” approach",
            "\\emph{Deep}   learning | Deep learning",
            "Encoder--decoder | Encoder--decoder",
    })
    void latex_becomes_plain_unicode(String latex, String text) {
        assertThat(LatexText.decode(latex)).isEqualTo(text);
    }
}
