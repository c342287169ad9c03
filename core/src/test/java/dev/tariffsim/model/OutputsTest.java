package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.report.ReportFormat;
import dev.tariffsim.scenario.TestScenarios;
import org.junit.jupiter.api.Test;

final class OutputsTest {
    private static final ScenarioModel MODEL = new ScenarioModel(TestScenarios.reference());

    @Test
    void everyMetricAndSeriesHasAUnitAndADescription() {
        OutputSpec spec = MODEL.outputs();
        // 51 path metrics (48 + tariffPaidKrwTn, issue 12; the summaries avgFxRate and vehicleReturn, issue 13) plus
        // 15 calendar-year flows (per line: export value, tariff in USD and KRW, volume) for 2025..2035.
        assertThat(spec.metrics()).hasSize(51 + 11 * 15);
        for (OutputSpec.Metric m : spec.metrics()) {
            assertThat(m.unit()).as(m.name()).isNotBlank();
            assertThat(m.description()).as(m.name()).isNotBlank();
            if (m.event()) {
                assertThat(m.unit()).isEqualTo("probability");
            }
        }
        assertThat(spec.metric("dealSavings").unit()).isEqualTo("USD bn PV");
        assertThat(spec.metric("exporterRevenueLossKrwTn").unit()).isEqualTo("KRW tn PV");
        assertThat(spec.metric("tariffPaidKrwTn").unit()).isEqualTo("KRW tn PV");
        assertThat(spec.metric("monthsInDeal").unit()).isEqualTo("months");
        assertThat(spec.metric("lines.vehicles.volumeChange").unit()).isEqualTo("fraction");
        assertThat(spec.series("fxRate").unit()).isEqualTo("KRW per USD");
        assertThat(spec.metric("avgFxRate").unit()).isEqualTo("KRW per USD");
        assertThat(spec.metric("vehicleReturn").unit()).isEqualTo("annual rate");
        assertThat(spec.series()).extracting(OutputSpec.Series::name)
            .contains("regimeShare.NEGOTIATING", "regimeShare.DEAL", "regimeShare.COLLAPSED", "dealShare");
        assertThat(spec.series("regimeShare.DEAL").unit()).isEqualTo("probability");
        assertThat(spec.series()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @Test
    void jsonAndTableShowTheUnits() throws Exception {
        SimulationResult r = MonteCarlo.builder().paths(200).seed(1).threads(1).build().run(MODEL);
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(r));
        assertThat(json.at("/metrics/contributions/unit").asText()).isEqualTo("USD bn PV");
        assertThat(json.at("/metrics/reserveBreach/unit").asText()).isEqualTo("probability");
        assertThat(json.at("/metrics/contributions/description").asText()).contains("vehicle");
        assertThat(json.at("/seriesInfo/reserves/unit").asText()).isEqualTo("USD bn");
        String table = ReportFormat.TABLE.render(r);
        assertThat(table).contains(" unit ").containsPattern("minReserves +USD bn +\\d");
    }

    @Test
    void calendarYearsAreMetricsInJsonAndCsvAndAYearByFlowBlockInTheTable() throws Exception {
        SimulationResult r = MonteCarlo.builder().paths(200).seed(1).threads(1).build().run(MODEL);
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(r));
        JsonNode cars2026 = json.at("/metrics/calendar.2026.exportValue.vehicles");
        assertThat(cars2026.at("/unit").asText()).isEqualTo("USD bn");
        assertThat(cars2026.at("/mean").asDouble()).isBetween(15.0, 40.0);
        assertThat(cars2026.at("/p5").asDouble()).isLessThan(cars2026.at("/p95").asDouble());
        assertThat(json.at("/metrics/calendar.2025.contributions/description").asText()).contains("3 months");
        assertThat(ReportFormat.CSV.render(r)).contains("calendar.2035.koreaReceipts");
        String table = ReportFormat.TABLE.render(r);
        assertThat(table).contains("calendar years").containsPattern("flow +unit +2025 +2026")
            .containsPattern("\\nexportValue\\.vehicles +USD bn +mean +\\d")
            .doesNotContainPattern("\\ncalendar\\.2026");
        // the calendar years of a flow add up to its undiscounted total: contributions never exceed the 200 pledged
        double paid = 0;
        for (int y = 2025; y <= 2035; y++) {
            paid += r.metric("calendar." + y + ".contributions").mean();
        }
        assertThat(paid).isPositive().isLessThanOrEqualTo(200);
    }

    @Test
    void aPairedModelKeepsTheUnits() {
        OutputSpec spec = PairedModel.of(MODEL, MODEL).outputs();
        assertThat(spec.metric("diff.dealSavings").unit()).isEqualTo("USD bn PV");
        assertThat(spec.metric("a.reserveBreach").event()).isTrue();
    }

    @Test
    void aBlankUnitOrDescriptionIsRefused() {
        assertThatThrownBy(() -> OutputSpec.builder().metric("x", " ", "d")).hasMessageContaining("unit of metric x");
        assertThatThrownBy(() -> OutputSpec.builder().event("x", "")).hasMessageContaining("description of metric x");
    }
}
