package dev.tariffsim.examples;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.examples.cli.Examples;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.tariff.ForcedRegime;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.RegimeChain;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * What 15% instead of 25% saves Korea's car and parts exporters in the deal's first year, at base demand (the
 * demand index held at 1) and the won at its starting 1,430 per dollar, with pass-through and elasticity as
 * uncertain as in the reference scenario. Prints the savings in KRW trillions, and, for comparison with
 * published estimates, the tariff bill the 10-point cut removes at 2024 volumes.
 *
 * <pre>mvn -B -q -pl examples -am package -DskipTests && java -cp examples/target/tariffsim-cli.jar dev.tariffsim.examples.FirstYearSavings</pre>
 */
public final class FirstYearSavings {
    private FirstYearSavings() {
    }

    /** The first-year scenario: the reference, with the deal in force for 12 months from 2025-11. */
    public static Scenario scenario() {
        Scenario r = ScenarioJson.read(Examples.text("korea-us-2025"));
        RegimeChain chain = RegimeChain.of(r.regimes().regimes(), "DEAL", r.regimes().transitions(),
            List.of(new ForcedRegime("DEAL", YearMonth.of(2025, 11), null)));
        return r.toBuilder()
            .name("first-year-savings")
            .start(YearMonth.of(2025, 11))
            .horizonMonths(12)
            .regimes(chain)
            .demand(new DemandProcess(0, 0))
            .fx(new FxProcess(r.fx().initial(), r.fx().initial(), r.fx().meanReversion(), 0))
            .build();
    }

    /** Prints the answer. */
    public static void main(String[] args) {
        Scenario s = scenario();
        SimulationResult r = MonteCarlo.builder().paths(200_000).seed(2025).build().run(new ScenarioModel(s));
        MetricStatistics krw = r.metric("firstYearSavingsKrwTn");
        System.out.printf(Locale.US, "First-year savings of 15%% instead of 25%% (%s to %s), Korean cars and parts, "
            + "base demand, KRW %.0f per USD:%n", s.start(), s.start().plusMonths(11), s.fx().initial());
        System.out.printf(Locale.US, "  mean %.2f tn KRW (95%% CI %.2f to %.2f); P5 %.2f, P50 %.2f, P95 %.2f%n",
            krw.mean(), krw.confidenceInterval().low(), krw.confidenceInterval().high(), krw.quantile(0.05),
            krw.quantile(0.5), krw.quantile(0.95));
        for (ProductLine line : s.lines()) {
            double usd = r.metric("lines." + line.name() + ".dealSavings").mean();
            System.out.printf(Locale.US, "  %-14s %.2f bn USD (present value)%n", line.name(), usd);
        }
        double bill = 0;
        double covered = 0;
        for (ProductLine line : s.lines()) {
            if (line.qualifiesForDeal()) {          // steel and aluminium keep their 50%: nothing removed
                bill += (line.counterfactualRate() - line.rates().get("DEAL")) * line.annualValue();
                covered += line.annualValue();
            }
        }
        System.out.printf(Locale.US, "Tariff bill removed at 2024 volumes (10 points x USD %.2f bn): %.2f tn KRW%n",
            covered, bill * s.fx().initial() / 1000);
        System.out.println("Published estimates for Hyundai and Kia together: about 3.8 to 4 tn KRW a year "
            + "(see docs/model.md for the comparison).");
    }
}
