package org.ionhop.disorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.structure.Element;

/** {@link DisorderSettings#fractions}: every operation's fraction, in the order the operations apply. */
class DisorderFractionsTest {
    @Test
    void listsSubstitutionsThenExchangesThenVacanciesWithTheirSitesAsGiven() {
        DisorderSettings s = DisorderSettings.defaults()
                .withVacancies(List.of(new DisorderSettings.Vacancy(SiteSelector.parse("v", "Li1"), 0.1)))
                .withExchanges(List.of(new DisorderSettings.Exchange(SiteSelector.parse("e", "Cl"),
                        SiteSelector.parse("e", "S[P=0]"), 0.5)))
                .withSubstitutions(List.of(new DisorderSettings.Substitution(SiteSelector.parse("s", "P1"),
                        Element.fromSymbol("Ge").orElseThrow(), 0.25)));
        assertThat(s.fractions()).containsExactly(
                new DisorderSettings.Fraction("substitution", "P1=Ge", 0.25),
                new DisorderSettings.Fraction("exchange", "Cl,S[P=0]", 0.5),
                new DisorderSettings.Fraction("vacancy", "Li1", 0.1));
        assertThat(DisorderSettings.defaults().fractions()).isEmpty();
    }
}
