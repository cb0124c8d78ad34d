package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which spellings of a name can be the same person's, and the key they share. */
class PersonNameTest {
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "Jonathan Ho | J. Ho | true",
            "Diederik P. Kingma | Diederik Kingma | true",
            "Diederik P. Kingma | D.P. Kingma | true",
            "Diederik P. Kingma | D. Kingma | true",
            "Jean-Pierre Dupont | J.-P. Dupont | true",
            "Aäron van den Oord | A. van den Oord | true",
            "Aleksa Gordić | Aleksa Gordic | true",
            "Alexandra Nichol | Alex Nichol | false",
            "Jonathan Ho | Jie Ho | false",
            "Diederik P. Kingma | Diederik Q. Kingma | false",
            "Jonathan Ho | Jonathan Hoe | false",
            "Sofia | Sofia | false",
            "Amauri Holanda de Souza Jr | A. H. de Souza Jr. | true",
            "Partha Pratim Talukdar | Partha Talukdar | true",
    })
    void spellings_of_one_name(String a, String b, boolean same) {
        assertThat(PersonName.parse(a).sameAs(PersonName.parse(b))).isEqualTo(same);
        assertThat(PersonName.parse(b).sameAs(PersonName.parse(a))).isEqualTo(same);
        if (same) assertThat(PersonName.parse(a).matchKey()).isEqualTo(PersonName.parse(b).matchKey()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jonathan Ho | ~ho-j", "Hans van den Berg | ~van-den-berg-h", "Ho, Jonathan | ~ho-j"})
    void the_match_key_is_the_family_name_and_the_first_initial(String name, String key) {
        assertThat(PersonName.parse(name).matchKey()).contains(key);
    }
}
