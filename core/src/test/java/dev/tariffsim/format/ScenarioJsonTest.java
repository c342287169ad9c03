package dev.tariffsim.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.macro.ObservedPath;
import dev.tariffsim.macro.SpotImpact;
import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.ScenarioFormatException;
import dev.tariffsim.scenario.TestScenarios;
import dev.tariffsim.tariff.Displacement;
import dev.tariffsim.tariff.ForcedRegime;
import dev.tariffsim.tariff.LegalEvent;
import dev.tariffsim.tariff.Market;
import dev.tariffsim.tariff.Rival;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.tariff.Stacking;
import dev.tariffsim.tariff.TariffMeasure;
import dev.tariffsim.tariff.TariffSchedule;
import dev.tariffsim.trade.TradeResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


final class ScenarioJsonTest {
    private static final String REFERENCE = ScenarioJson.write(TestScenarios.reference());

    @Test
    void writingAndReadingGivesAnEqualScenario() {
        Scenario s = TestScenarios.reference();
        assertThat(ScenarioJson.read(ScenarioJson.write(s))).isEqualTo(s);
    }

    @Test
    void everyOptionalPartRoundTrips(@TempDir Path dir) throws Exception {
        Scenario r = TestScenarios.reference();
        RegimeChain chain = RegimeChain.of(r.regimes().regimes(), "NEGOTIATING", r.regimes().transitions(),
            List.of(new ForcedRegime("DEAL", YearMonth.of(2025, 11), null),
                new ForcedRegime("NEGOTIATING", YearMonth.of(2025, 10), YearMonth.of(2025, 10))));
        TariffSchedule cars = new TariffSchedule(0, List.of(
            new TariffMeasure("Section 232", LocalDate.of(2025, 4, 3), null, 0.25, Stacking.ADDITIVE),
            new TariffMeasure("deal", LocalDate.of(2025, 11, 1), LocalDate.of(2035, 1, 1), 0.15, Stacking.ALL_IN)));
        Scenario s = r.toBuilder()
            .description("every part")
            .regimes(chain)
            .lines(List.of(new ProductLine("vehicles", "8703", 34.74, Map.of(), 0.25, true, cars, 1, 0, 1),
                new ProductLine("steel", "", 3, Map.of("NEGOTIATING", 0.5, "COLLAPSED", 0.5), 0.5, false, null, 1, 0, 1)))
            .trade(new TradeResponse(Distribution.beta(2, 3, 0.2, 0.9),
                Distribution.discrete(new double[] {1.5, 2.8}, new double[] {0.4, 0.6})))
            .pledge(new Pledge(new CashTranche(200, 20, Double.POSITIVE_INFINITY, 0.5,
                new CapitalCalls(6, Math.log(3), 0.5, 45, 0.25, "COLLAPSED")), r.pledge().vehicle(),
                r.pledge().waterfall(), r.pledge().shipbuilding()))
            .build();
        Path file = dir.resolve("s.json");
        ScenarioJson.write(s, file);
        assertThat(ScenarioJson.read(file)).isEqualTo(s);
        for (Distribution d : List.of(Distribution.fixed(1), Distribution.normal(0, 1),
            Distribution.truncatedNormal(0, 1, -1, 2), Distribution.lognormal(0, 0.5), Distribution.triangular(0, 1, 2),
            Distribution.pert(0, 1, 3))) {
            JsonIn in = new JsonIn(com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(ScenarioJsonWriter.distribution(d).toString()), "x");
            assertThat(DistributionJson.read(in)).isEqualTo(d);
        }
    }

    @Test
    void issue12PartsRoundTripAndBadValuesAreNamedByPath() {
        Scenario r = TestScenarios.reference();
        TariffSchedule other = new TariffSchedule(0, List.of(new TariffMeasure("reciprocal", LocalDate.of(2025, 4, 5),
            null, 0.15, Stacking.ALL_IN, "IEEPA")));
        Market market = new Market(0.09, List.of(new Rival("japan", 0.08, Map.of(), other),
            new Rival("mexico", 0.18, Map.of("NEGOTIATING", 0.15, "DEAL", 0.15, "COLLAPSED", 0.15), null)));
        Displacement d = new Displacement(List.of(new Displacement.Step(YearMonth.of(2025, 1), 0.05)),
            List.of(new Displacement.Step(YearMonth.of(2025, 1), 0.1)));
        Scenario s = r.toBuilder()
            .lines(List.of(new ProductLine("vehicles", "8703", 34.74, r.lines().get(0).rates(), 0.25, true, null,
                0.72, 0.78, 0.5, market, d), new ProductLine("other", "", 10, Map.of(), 0, false, other)))
            .trade(new TradeResponse(r.trade().passThrough(), r.trade().elasticity(), Distribution.uniform(2, 5.6),
                Distribution.uniform(0.5, 2)))
            .fx(new FxProcess(1455.5, 1400, 1, 0.1, ObservedPath.of(1455.5, 1445.6), new SpotImpact(0.25, 0.002)))
            .demand(new DemandProcess(0.01, 0.08, ObservedPath.of(1, 0.98)))
            .pledge(new Pledge(new CashTranche(200, 20, 1550, 0.5, new CapitalCalls(6, Math.log(3), 0.5, 45, 0.25,
                "COLLAPSED", YearMonth.of(2029, 1)), YearMonth.of(2026, 7), 0.65), r.pledge().vehicle(),
                r.pledge().waterfall(), r.pledge().shipbuilding()))
            .legalEvents(List.of(new LegalEvent("IEEPA struck down", "IEEPA", LocalDate.of(2026, 2, 20), 0.6,
                new LegalEvent.Replacement("SECTION_122", 0.10, 150))))
            .build();
        String json = ScenarioJson.write(s);
        assertThat(ScenarioJson.read(json)).isEqualTo(s);
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"koreaShare\" : 0.09", "\"koreaShare\" : 1.5")))
            .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("lines[0].market.koreaShare")
            .hasMessageContaining("1.5");
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"probability\" : 0.6", "\"probability\" : 2")))
            .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("legalEvents[0].probability");
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("\"firstPayment\" : \"2026-07\"",
            "\"firstPayment\" : \"July\""))).hasMessageContaining("pledge.cash.firstPayment");
        assertThatThrownBy(() -> ScenarioJson.read(json.replace("1445.6", "-3")))
            .hasMessageContaining("fx.observed").hasMessageContaining("observed[1]");
    }

    @Test
    void aBareNumberIsAFixedDistribution() {
        Scenario s = ScenarioJson.read(REFERENCE.replaceFirst(
            "\"passThrough\" : \\{[^}]*\\}", "\"passThrough\" : 0.5"));
        assertThat(s.trade().passThrough()).isEqualTo(Distribution.fixed(0.5));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field | \"horizonMonths\" : 120, | \"horizonMonths\" : 120, \"horizon\" : 3, | horizon is not a known field",
        "wrong type | \"horizonMonths\" : 120, | \"horizonMonths\" : \"ten years\", | horizonMonths is not a whole number: \"ten years\"",
        "negative cap | \"annualCap\" : 20.0 | \"annualCap\" : -3 | pledge.cash.annualCap is not an amount in (0, 100000] USD billions: -3.0",
        "overflowing reserves | \"initial\" : 428.0 | \"initial\" : 1e308 | reserves.initial is not an amount in [0, 100000] USD billions: 1.0E308",
        "missing field | \"discountRate\" : 0.04, | | discountRate is missing",
        "bad row | [ 0.6, 0.35, 0.05 ] | [ 0.6, 0.35, 0.5 ] | regimes.transitions[0] is not a row summing to 1",
        "not PSD | [ 1.0, -0.3, 0.3 ] | [ 1.0, -0.99, 0.99 ] | correlation[0][1] is not equal to correlation[1][0]",
        "bad month | \"start\" : \"2025-10\" | \"start\" : \"October\" | start is not a month of the form YYYY-MM: \"October\"",
        "bad distribution | \"type\" : \"uniform\" | \"type\" : \"gamma\" | trade.passThrough.type is not a known distribution: \"gamma\"",
        "bad LGD | \"lossGivenDefault\" : 0.45 | \"lossGivenDefault\" : 1.45 | pledge.shipbuilding.guarantees.lossGivenDefault is not in [0.0, 1.0]: 1.45",
        "bad weights | \"weight\" : 0.5 | \"weight\" : 0.6 | financing.sources[*].weight is not weights summing to 1",
        "bad share | \"shareBeforeRecoup\" : 0.5 | \"shareBeforeRecoup\" : 1.5 | pledge.waterfall.shareBeforeRecoup is not in [0.0, 1.0]: 1.5",
        "bad version | \"formatVersion\" : 1 | \"formatVersion\" : 2 | formatVersion is not a version this library reads: 2",
        "duplicate key | \"horizonMonths\" : 120, | \"horizonMonths\" : 120, \"horizonMonths\" : 12, | malformed JSON at line",
        "malformed | \"horizonMonths\" : 120, | \"horizonMonths\" : 120,, | malformed JSON at line",
        "uniform bounds | \"max\" : 0.8 | \"max\" : 0.1 | trade.passThrough.max is not at least min (0.3): 0.1",
        "unknown regime rate | \"COLLAPSED\" : 0.25 | \"CRISIS\" : 0.25 | lines[0].rates is not a rate for regime COLLAPSED",
        "dotted line name | \"name\" : \"vehicles\" | \"name\" : \"vehicles.exportValue\" | lines[0].name is not a name of the form [A-Za-z][A-Za-z0-9_-]*: \"vehicles.exportValue\"",
        "line name with a break | \"name\" : \"parts\" | \"name\" : \"pa\\nrts\" | lines[1].name is not a name of the form [A-Za-z][A-Za-z0-9_-]*: \"pa\\nrts\"",
        "quoted source name | \"name\" : \"usdBonds\" | \"name\" : \"usd \\\"bonds\\\"\" | financing.sources[1].name is not a name of the form",
        "regime name with a dot | \"name\" : \"NEGOTIATING\" | \"name\" : \"NEG.1\" | regimes.states[0].name is not a name of the form",
    })
    void invalidFilesNameTheField(String label, String from, String to, String message) {
        String bad = REFERENCE.replaceFirst(java.util.regex.Pattern.quote(from),
            java.util.regex.Matcher.quoteReplacement(to == null ? "" : to));
        assertThat(bad).as("the test's replacement applies").isNotEqualTo(REFERENCE);
        assertThatThrownBy(() -> ScenarioJson.read(bad)).isInstanceOf(ScenarioFormatException.class)
            .hasMessageContaining(message);
    }

    @Test
    void missingFileAndEmptyFileAreReported(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ScenarioJson.read(dir.resolve("nope.json"))).isInstanceOf(ScenarioFormatException.class)
            .hasMessageContaining("scenario file not found").hasMessageContaining("nope.json");
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> ScenarioJson.read(empty)).hasMessageContaining("empty.json").hasMessageContaining("empty");
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertThatThrownBy(() -> ScenarioJson.read(array)).hasMessageContaining("the scenario is not an object");
    }
}
