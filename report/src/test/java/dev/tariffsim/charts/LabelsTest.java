package dev.tariffsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.OutputSpec;
import org.junit.jupiter.api.Test;

final class LabelsTest {
    @Test
    void unitsFollowTheNamingConventionAndLookThroughPairPrefixes() {
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric("netDealValue");
        b.event("reserveBreach");
        Labels l = Labels.of(b.build());
        assertThat(l.unit("netDealValue")).isEqualTo("USD bn");
        assertThat(l.unit("reserveBreach")).isEqualTo("probability");
        assertThat(l.unit("diff.reserveBreach")).isEqualTo("probability");
        assertThat(l.unit("a.firstYearSavingsKrwTn")).isEqualTo("KRW tn");
        assertThat(l.unit("fxRate")).isEqualTo("KRW per USD");
        assertThat(l.unit("monthsInDeal")).isEqualTo("months");
        assertThat(l.unit("lines.parts.volumeChange")).isEqualTo("share");
        assertThat(l.axisLabel("reserves", "reserves")).isEqualTo("reserves (USD bn)");
        OutputSpec.Builder paired = OutputSpec.builder();
        paired.event("a.reserveBreach");
        paired.metric("diff.reserveBreach");
        assertThat(Labels.of(paired.build()).unit("diff.reserveBreach")).as("from a.reserveBreach").isEqualTo("probability");
    }

    @Test
    void numbersAreFormattedForPeople() {
        assertThat(Format.number(-48.4967)).isEqualTo("\u221248.50");
        assertThat(Format.number(1550)).isEqualTo("1,550");
        assertThat(Format.number(0.0759)).isEqualTo("0.0759");
        assertThat(Format.number(0)).isEqualTo("0");
        assertThat(Format.number(400)).isEqualTo("400");
        assertThat(Format.number(12.5)).isEqualTo("12.50");
        assertThat(Format.percent(-0.0334)).isEqualTo("\u22123.34%");
    }
}
