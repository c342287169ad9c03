package dev.tariffsim.scenario;

import dev.tariffsim.finance.FinancingMix;
import dev.tariffsim.finance.ReserveAccount;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.random.CorrelationMatrix;
import dev.tariffsim.tariff.LegalEvent;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Rival;
import dev.tariffsim.trade.TradeTable;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.trade.TradeResponse;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A complete tariff-and-pledge scenario: what is uncertain, what is decided, over which months. Immutable and
 * validated across its parts (every product line has a rate for every regime, the snap-back regime exists,
 * the correlation is 3 x 3). Run it with {@link dev.tariffsim.model.ScenarioModel}; read and write it with {@link dev.tariffsim.format.ScenarioJson}.
 *
 * @param name short identifier, for example {@code korea-us-2025}
 * @param description the question the scenario answers (may be empty)
 * @param start calendar month of step 0
 * @param horizonMonths number of monthly steps {@code T}, in [1, 1200]
 * @param discountRate annual USD discount rate {@code r}, continuous compounding, in [-0.05, 0.5]
 * @param regimes the regime chain
 * @param lines product lines, unique names
 * @param trade pass-through and elasticity
 * @param demand US demand index
 * @param fx KRW/USD rate
 * @param correlation correlation of the monthly shocks, in the order demand, FX, investment
 * @param pledge the investment pledge
 * @param financing the financing mix
 * @param reserves the FX reserves
 * @param legalEvents dated legal events that may end tariff layers (at most 6), in the order they apply
 */
public record Scenario(String name, String description, YearMonth start, int horizonMonths, double discountRate,
                       RegimeChain regimes, List<ProductLine> lines, TradeResponse trade, DemandProcess demand,
                       FxProcess fx, CorrelationMatrix correlation, Pledge pledge, FinancingMix financing,
                       ReserveAccount reserves, List<LegalEvent> legalEvents) {
    /** @throws IllegalArgumentException naming the offending field and value */
    public Scenario {
        Checks.requireName(name, "name");
        description = description == null ? "" : description;
        Checks.requireNonNull(start, "start");
        Checks.requireArgument(horizonMonths >= 1 && horizonMonths <= 1200, "horizonMonths", horizonMonths, "in [1, 1200]");
        Checks.requireInRange(discountRate, -0.05, 0.5, "discountRate");
        Checks.requireNonNull(regimes, "regimes");
        Checks.requireNonNull(lines, "lines");
        lines = List.copyOf(lines);
        Checks.requireNonNull(trade, "trade");
        Checks.requireNonNull(demand, "demand");
        Checks.requireNonNull(fx, "fx");
        Checks.requireNonNull(correlation, "correlation");
        Checks.requireArgument(correlation.dimension() == 3, "correlation", correlation.dimension() + " x "
            + correlation.dimension(), "3 x 3 (demand, fx, investment)");
        Checks.requireNonNull(pledge, "pledge");
        Checks.requireNonNull(financing, "financing");
        Checks.requireNonNull(reserves, "reserves");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ProductLine line = lines.get(i);
            Checks.requireArgument(names.add(line.name()), "lines[" + i + "].name", line.name(), "unique");
            if (line.schedule() == null) {
                for (Regime r : regimes.regimes()) {
                    boolean usesCounterfactual = r.dealInForce() && !line.qualifiesForDeal();
                    Checks.requireArgument(usesCounterfactual || line.rates().containsKey(r.name()),
                        "lines[" + i + "].rates", line.rates().keySet(), "a rate for regime " + r.name());
                }
            }
            if (line.market() != null) {
                Checks.requireArgument(trade.hasMarketResponse(), "trade.substitution", null,
                    "a distribution (lines[" + i + "] has a market)");
                for (int j = 0; j < line.market().rivals().size(); j++) {
                    Rival rival = line.market().rivals().get(j);
                    for (Regime r : regimes.regimes()) {
                        Checks.requireArgument(rival.schedule() != null || rival.rates().containsKey(r.name()),
                            "lines[" + i + "].market.rivals[" + j + "].rates", rival.rates().keySet(),
                            "a rate for regime " + r.name());
                    }
                }
            }
            for (String regime : line.rates().keySet()) {
                Checks.requireArgument(regimes.regimes().stream().anyMatch(r -> r.name().equals(regime)),
                    "lines[" + i + "].rates." + regime, line.rates().get(regime), "a rate for a declared regime");
            }
        }
        legalEvents = List.copyOf(Checks.requireNonNull(legalEvents, "legalEvents"));
        Checks.requireArgument(legalEvents.size() <= TradeTable.MAX_EVENTS, "legalEvents", legalEvents.size()
            + " events", "at most " + TradeTable.MAX_EVENTS);
        if (pledge.cash().capitalCalls() != null) {
            String snap = pledge.cash().capitalCalls().snapBackRegime();
            Checks.requireArgument(regimes.regimes().stream().anyMatch(r -> r.name().equals(snap)),
                "pledge.cash.capitalCalls.snapBackRegime", snap, "a declared regime");
        }
    }

    /** The month length, {@code dt = 1/12} of a year. */
    public static double dt() {
        return 1.0 / 12;
    }

    /** A builder holding this scenario's values, to change some of them. */
    public ScenarioBuilder toBuilder() {
        return new ScenarioBuilder(this);
    }

    /** An empty builder. */
    public static ScenarioBuilder builder() {
        return new ScenarioBuilder();
    }
}
