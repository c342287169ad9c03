package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.pledge.VehicleAccount;
import dev.tariffsim.trade.TradeLedger;

/** The deal seen from the US: what buyers pay, what the Treasury collects, what the vehicle returns. Immutable. */
final class UsOutputs {
    private final int usConsumerCost;
    private final int usTariffRevenue;
    private final int usReceipts;

    UsOutputs(OutputSpec.Builder b) {
        usConsumerCost = b.metric("usConsumerCost", "USD bn PV",
            "US buyers' price increase against tariff-free trade times the volume they buy, sum of q phi tau b");
        usTariffRevenue = b.metric("usTariffRevenue", "USD bn PV", "tariff collected by the US on the lines");
        usReceipts = b.metric("usReceipts", "USD bn PV",
            "the US share of the investment vehicle's distributions and of its value at the horizon");
    }

    void record(PathRecorder out, TradeLedger t, VehicleAccount v) {
        out.metric(usConsumerCost, t.total(TradeLedger.US_CONSUMER_COST));
        out.metric(usTariffRevenue, t.total(TradeLedger.TARIFF));
        out.metric(usReceipts, v.usPv());
    }
}
