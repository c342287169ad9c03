package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.calibration.Calibration;
import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.macro.SpotImpact;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.tariff.Market;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Rival;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ExamplesTest {
    static Stream<String> names() {
        return Examples.NAMES.stream();
    }

    @Test
    void everyFileIsListedAndEveryListedNameHasAFile() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(Examples.NAMES);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void runsWithFewPaths(String name) {
        Scenario s = Examples.load(name);
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.description()).isNotBlank();
        SimulationResult r = MonteCarlo.builder().paths(1_500).seed(1).threads(2).build().run(new ScenarioModel(s));
        assertThat(r.run().paths()).isEqualTo(1_500);
        assertThat(r.metric("netDealValue").stdDev()).isFinite();
        assertThat(r.series("reserves").steps()).isEqualTo(s.horizonMonths());
    }

    @ParameterizedTest
    @MethodSource("names")
    void roundTrips(String name) {
        Scenario s = Examples.load(name);
        assertThat(ScenarioJson.read(ScenarioJson.write(s))).isEqualTo(s);
    }

    /**
     * The flagship file holds the reference model's section 5 with issue 11's accounting and issue 12's mechanisms,
     * each value the one in the bundled calibrations ({@code korea-us-2025}, {@code korea-us-2026}).
     */
    @Test
    void flagshipIsTheReferenceScenarioOnTheCalibratedMechanisms() {
        Scenario s = Examples.load("korea-us-2025");
        Calibration c = Calibration.load("korea-us-2026");
        assertThat(s.horizonMonths()).isEqualTo(120);
        assertThat(s.start().toString()).isEqualTo("2025-10");
        assertThat(s.discountRate()).isEqualTo(0.039);
        assertThat(s.lines()).extracting(l -> l.annualValue()).containsExactly(c.value("exports.vehicles.2024"),
            c.value("exports.parts.2024"), c.value("exports.steelAluminium.2024"));
        assertThat(s.lines().subList(0, 2)).allSatisfy(l -> {
            assertThat(l.rates()).containsEntry("NEGOTIATING", 0.25).containsEntry("DEAL", 0.15).containsEntry("COLLAPSED", 0.25);
            assertThat(l.counterfactualRate()).isEqualTo(0.25);
            assertThat(l.schedule()).isNull();
        });
        ProductLine steel = s.lines().get(2);
        assertThat(steel.qualifiesForDeal()).isFalse();
        assertThat(steel.counterfactualRate()).isEqualTo(c.value("tariff.steelAluminium.section232.june2025"));
        Market m = s.lines().get(0).market();
        assertThat(m.koreaShare()).isEqualTo(c.value("market.share.korea"));
        assertThat(m.rivals()).extracting(Rival::share).containsExactly(c.value("market.share.japan"),
            c.value("market.share.eu"), c.value("market.share.mexico"), c.value("market.share.canada"),
            c.value("market.share.ukAndOthers"));
        assertThat(s.lines().get(0).displacement().share(YearMonth.of(2025, 12), true))
            .isEqualTo(c.value("localProduction.displacement.2025"));
        assertThat(s.lines().get(0).displacement().share(YearMonth.of(2028, 1), true))
            .isEqualTo(c.value("localProduction.displacement.2028"));
        assertThat(s.lines().get(0).displacement().share(YearMonth.of(2028, 1), false))
            .isEqualTo(c.value("localProduction.withoutDeal.2028"));
        assertThat(s.trade().substitution()).isEqualTo(Distribution.uniform(2.0, 5.6));
        assertThat(s.trade().marketElasticity()).isEqualTo(Distribution.uniform(0.5, 2.0));
        assertThat(s.trade().passThrough()).isEqualTo(Distribution.uniform(0.10, 0.50));
        assertThat(s.fx().spotImpact()).isEqualTo(new SpotImpact(c.value("fx.spotShare"), c.value("fx.impactPerBn")));
        assertThat(s.pledge().cash().safeguardGrantProbability())
            .isEqualTo(c.value("mou.fxSafeguard.grantProbability"));
        assertThat(s.regimes().transitions()).isDeepEqualTo(new double[][] {{0.60, 0.35, 0.05}, {0, 0.995, 0.005},
            {0, 0.02, 0.98}});
        assertThat(s.regimes().initialName()).isEqualTo("NEGOTIATING");
        assertThat(s.regimes().forced()).isEmpty();
        assertThat(s.trade().elasticity()).isEqualTo(dev.tariffsim.random.Distribution.uniform(1.5, 3.0));
        assertThat(s.demand().drift()).isEqualTo(0.01);
        assertThat(s.demand().volatility()).isEqualTo(0.08);
        assertThat(s.fx()).isEqualTo(new dev.tariffsim.macro.FxProcess(1430, 1400, 1.0, 0.10, null, s.fx().spotImpact()));
        assertThat(s.pledge().cash()).isEqualTo(new dev.tariffsim.pledge.CashTranche(200, 20, 1550, 0.5, null, null, 0.65));
        assertThat(s.pledge().vehicle()).isEqualTo(new dev.tariffsim.pledge.InvestmentVehicle(0.0, 0.06, 0.15));
        assertThat(s.pledge().waterfall()).isEqualTo(new dev.tariffsim.pledge.Waterfall(0.5, 0.1, 0));
        assertThat(s.correlation().toArray()).isDeepEqualTo(new double[][] {{1, -0.3, 0.3}, {-0.3, 1, -0.2}, {0.3, -0.2, 1}});
        assertThat(s.financing().blendedRate()).isCloseTo(0.0374, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(s.financing().reserveWeight()).isEqualTo(0.5);
        assertThat(s.reserves()).isEqualTo(new dev.tariffsim.finance.ReserveAccount(428, 0.035, 0.60, 400, 1.5, 1450, 0.5));
        assertThat(s.pledge().shipbuilding().guarantees())
            .isEqualTo(new dev.tariffsim.finance.GuaranteeBook(75, 30, 0.02, 0.45, 0.20, 0.005));
        assertThat(s.pledge().shipbuilding().equity() + s.pledge().shipbuilding().loans()).isZero();
    }
}
