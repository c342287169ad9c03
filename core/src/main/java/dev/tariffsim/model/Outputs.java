package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.scenario.Scenario;

/**
 * The model's outputs: one holder per concern, each declaring its metrics and series (name, unit, description)
 * and recording them. Declaration order: trade totals, pledge, reserves, financing, shipbuilding, product lines,
 * drawn inputs, path summaries (mean FX rate, vehicle return), regime shares (series), the US side, calendar
 * years. Immutable and thread-safe.
 */
final class Outputs {
    final OutputSpec spec;
    final TradeOutputs trade;
    final PledgeOutputs pledge;
    final ReserveOutputs reserves;
    final FinancingOutputs financing;
    final ShipbuildingOutputs shipbuilding;
    final LineOutputs lines;
    final InputOutputs inputs;
    final SummaryOutputs summaries;
    final RegimeOutputs regimes;
    final UsOutputs us;
    final CalendarOutputs calendar;

    Outputs(Scenario s, int firstYear, int[] monthsInYear) {
        OutputSpec.Builder b = OutputSpec.builder();
        int months = s.horizonMonths();
        trade = new TradeOutputs(b);
        pledge = new PledgeOutputs(b, months);
        reserves = new ReserveOutputs(b, months, s.reserves().floor());
        financing = new FinancingOutputs(b, s.financing());
        shipbuilding = new ShipbuildingOutputs(b);
        lines = new LineOutputs(b, s.lines());
        inputs = new InputOutputs(b, s.trade().hasMarketResponse());
        summaries = new SummaryOutputs(b);
        regimes = new RegimeOutputs(b, s.regimes(), months);
        us = new UsOutputs(b);
        calendar = new CalendarOutputs(b, s.lines(), firstYear, monthsInYear);
        spec = b.build();
    }
}
