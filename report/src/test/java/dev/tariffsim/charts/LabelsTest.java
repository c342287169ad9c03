package dev.tariffsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.OutputSpec;
import org.junit.jupiter.api.Test;

final class LabelsTest {
    @Test
    void unitsAndDescriptionsComeFromTheModelsDeclaration() {
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric("netDealValue", "USD bn PV", "dealSavings - investmentNetCost");
        b.event("reserveBreach", "reserves fall below the floor");
        b.series("reserves", 12, "USD bn", "FX reserves at the start of the month");
        Labels l = Labels.of(b.build());
        assertThat(l.unit("netDealValue")).isEqualTo("USD bn PV");
        assertThat(l.description("netDealValue")).isEqualTo("dealSavings - investmentNetCost");
        assertThat(l.unit("reserveBreach")).isEqualTo("probability");
        assertThat(l.unit("reserves")).isEqualTo("USD bn");
        assertThat(l.title("reserves")).as("a known title first").isEqualTo("Korea's FX reserves");
        assertThat(l.axisLabel("netDealValue", "netDealValue")).isEqualTo("netDealValue (USD bn PV)");
    }

    @Test
    void pairedNamesLookThroughTheirPrefixes() {
        OutputSpec.Builder b = OutputSpec.builder();
        b.event("a.reserveBreach", "a: breach");
        b.metric("a.exporterLossKrwTn", "KRW tn PV", "a: loss");
        Labels l = Labels.of(b.build());
        assertThat(l.unit("diff.reserveBreach")).isEqualTo("probability");
        assertThat(l.unit("diff.exporterLossKrwTn")).isEqualTo("KRW tn PV");
        assertThat(l.description("diff.reserveBreach")).isEmpty();
    }

    @Test
    void undeclaredNamesFollowTheNamingConvention() {
        Labels l = Labels.defaults();
        assertThat(l.unit("netDealValue")).isEqualTo("USD bn");
        assertThat(l.unit("a.firstYearSavingsKrwTn")).isEqualTo("KRW tn");
        assertThat(l.unit("fxRate")).isEqualTo("KRW per USD");
        assertThat(l.unit("monthsInDeal")).isEqualTo("months");
        assertThat(l.unit("lines.parts.volumeChange")).isEqualTo("share");
        assertThat(l.title("someSeries")).isEqualTo("someSeries");
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
