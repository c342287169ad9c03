package dev.tariffsim.scenario;

import dev.tariffsim.finance.FinancingMix;
import dev.tariffsim.finance.FundingSource;
import dev.tariffsim.finance.GuaranteeBook;
import dev.tariffsim.finance.ReserveAccount;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.InvestmentVehicle;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.pledge.ShipbuildingTranche;
import dev.tariffsim.pledge.Waterfall;
import dev.tariffsim.random.CorrelationMatrix;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.trade.TradeResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The reference scenario of {@code shared/reference-model.md} in code, and degenerate variants of it. */
public final class TestScenarios {
    private TestScenarios() {
    }

    static final List<Regime> REGIMES = List.of(new Regime("NEGOTIATING", false), new Regime("DEAL", true),
        new Regime("COLLAPSED", false));
    static final Map<String, Double> RATES = Map.of("NEGOTIATING", 0.25, "DEAL", 0.15, "COLLAPSED", 0.25);

    /** Section 5 of the reference model. */
    public static Scenario reference() {
        return Scenario.builder()
            .name("korea-us-2025")
            .start(YearMonth.of(2025, 10))
            .horizonMonths(120)
            .discountRate(0.04)
            .regimes(RegimeChain.of(REGIMES, "NEGOTIATING",
                new double[][] {{0.60, 0.35, 0.05}, {0, 0.995, 0.005}, {0, 0.02, 0.98}}))
            .line(ProductLine.of("vehicles", "8703", 34.74, RATES, 0.25))
            .line(ProductLine.of("parts", "8708", 8.22, RATES, 0.25))
            .trade(new TradeResponse(Distribution.uniform(0.30, 0.80), Distribution.uniform(1.5, 3.0)))
            .demand(new DemandProcess(0.01, 0.08))
            .fx(new FxProcess(1430, 1400, 1.0, 0.10))
            .correlation(CorrelationMatrix.of(new double[][] {{1, -0.3, 0.3}, {-0.3, 1, -0.2}, {0.3, -0.2, 1}}))
            .pledge(new Pledge(new CashTranche(200, 20, 1550, 0.5, null), new InvestmentVehicle(0.0, 0.06, 0.15),
                new Waterfall(0.5, 0.1, 0),
                ShipbuildingTranche.guaranteesOnly(new GuaranteeBook(75, 30, 0.02, 0.45, 0.20, 0.005))))
            .financing(new FinancingMix(List.of(new FundingSource("reserves", 0.5, 0.040, true),
                new FundingSource("usdBonds", 0.3, 0.0417, false), new FundingSource("krwBonds", 0.2, 0.028, false))))
            .reserves(new ReserveAccount(428, 0.035, 1, 400, 2.4, 1550, 1))
            .build();
    }

    /**
     * The reference with every volatility 0, fixed pass-through and elasticity, the identity transition
     * matrix starting in DEAL, and no guarantee defaults: every output is deterministic.
     */
    public static Scenario degenerate(double phi, double eps) {
        Scenario r = reference();
        GuaranteeBook g = r.pledge().shipbuilding().guarantees();
        return r.toBuilder()
            .regimes(RegimeChain.of(REGIMES, "DEAL", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}))
            .trade(new TradeResponse(Distribution.fixed(phi), Distribution.fixed(eps)))
            .demand(new DemandProcess(0.01, 0))
            .fx(new FxProcess(1430, 1400, 1.0, 0))
            .pledge(new Pledge(r.pledge().cash(), new InvestmentVehicle(0.0, 0.06, 0), r.pledge().waterfall(),
                ShipbuildingTranche.guaranteesOnly(new GuaranteeBook(g.total(), g.projects(), 0, g.lossGivenDefault(),
                    g.assetCorrelation(), g.annualFee()))))
            .build();
    }
}
