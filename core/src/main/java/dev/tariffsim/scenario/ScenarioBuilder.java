package dev.tariffsim.scenario;

import dev.tariffsim.finance.FinancingMix;
import dev.tariffsim.finance.ReserveAccount;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.random.CorrelationMatrix;
import dev.tariffsim.tariff.LegalEvent;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.trade.TradeResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Scenario} in code; {@link #build()} validates. Not thread-safe. */
public final class ScenarioBuilder {
    private String name;
    private String description = "";
    private YearMonth start;
    private int horizonMonths;
    private double discountRate;
    private RegimeChain regimes;
    private final List<ProductLine> lines = new ArrayList<>();
    private TradeResponse trade;
    private DemandProcess demand;
    private FxProcess fx;
    private CorrelationMatrix correlation = CorrelationMatrix.identity(3);
    private Pledge pledge;
    private FinancingMix financing;
    private ReserveAccount reserves;
    private final List<LegalEvent> legalEvents = new ArrayList<>();

    ScenarioBuilder() {
    }

    ScenarioBuilder(Scenario s) {
        name = s.name();
        description = s.description();
        start = s.start();
        horizonMonths = s.horizonMonths();
        discountRate = s.discountRate();
        regimes = s.regimes();
        lines.addAll(s.lines());
        trade = s.trade();
        demand = s.demand();
        fx = s.fx();
        correlation = s.correlation();
        pledge = s.pledge();
        financing = s.financing();
        reserves = s.reserves();
        legalEvents.addAll(s.legalEvents());
    }

    /** @see Scenario#name() */
    public ScenarioBuilder name(String v) {
        name = v;
        return this;
    }

    /** @see Scenario#description() */
    public ScenarioBuilder description(String v) {
        description = v;
        return this;
    }

    /** @see Scenario#start() */
    public ScenarioBuilder start(YearMonth v) {
        start = v;
        return this;
    }

    /** @see Scenario#horizonMonths() */
    public ScenarioBuilder horizonMonths(int v) {
        horizonMonths = v;
        return this;
    }

    /** @see Scenario#discountRate() */
    public ScenarioBuilder discountRate(double v) {
        discountRate = v;
        return this;
    }

    /** @see Scenario#regimes() */
    public ScenarioBuilder regimes(RegimeChain v) {
        regimes = v;
        return this;
    }

    /** Adds a product line. */
    public ScenarioBuilder line(ProductLine v) {
        lines.add(v);
        return this;
    }

    /** Replaces the product lines. */
    public ScenarioBuilder lines(List<ProductLine> v) {
        lines.clear();
        lines.addAll(v);
        return this;
    }

    /** @see Scenario#trade() */
    public ScenarioBuilder trade(TradeResponse v) {
        trade = v;
        return this;
    }

    /** @see Scenario#demand() */
    public ScenarioBuilder demand(DemandProcess v) {
        demand = v;
        return this;
    }

    /** @see Scenario#fx() */
    public ScenarioBuilder fx(FxProcess v) {
        fx = v;
        return this;
    }

    /** @see Scenario#correlation() */
    public ScenarioBuilder correlation(CorrelationMatrix v) {
        correlation = v;
        return this;
    }

    /** @see Scenario#pledge() */
    public ScenarioBuilder pledge(Pledge v) {
        pledge = v;
        return this;
    }

    /** @see Scenario#financing() */
    public ScenarioBuilder financing(FinancingMix v) {
        financing = v;
        return this;
    }

    /** @see Scenario#reserves() */
    public ScenarioBuilder reserves(ReserveAccount v) {
        reserves = v;
        return this;
    }

    /** Replaces the legal events. @see Scenario#legalEvents() */
    public ScenarioBuilder legalEvents(List<LegalEvent> v) {
        legalEvents.clear();
        legalEvents.addAll(v);
        return this;
    }

    /** The scenario. @throws IllegalArgumentException naming a missing or invalid field */
    public Scenario build() {
        return new Scenario(name, description, start, horizonMonths, discountRate, regimes, lines, trade, demand, fx,
            correlation, pledge, financing, reserves, legalEvents);
    }
}
