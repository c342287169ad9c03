package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.finance.FinancingLedger;
import dev.tariffsim.finance.FinancingMix;

/** The funding spread of the outstanding pledge, in all and per source, and the interest paid. Immutable. */
final class FinancingOutputs {
    private final int financingCost;
    private final int[] bySource;
    private final int interestPaid;

    FinancingOutputs(OutputSpec.Builder b, FinancingMix mix) {
        financingCost = b.metric("financingCost", "USD bn PV",
            "funding spread over the discount rate on the pledge's outstanding funding, sum of w_k (r_k - r)");
        bySource = new int[mix.sources().size()];
        for (int k = 0; k < bySource.length; k++) {
            String name = mix.sources().get(k).name();
            bySource[k] = b.metric("financingCost." + name, "USD bn PV", "the part of financingCost funded by " + name);
        }
        interestPaid = b.metric("interestPaid", "USD bn PV",
            "interest paid on the borrowed (non-reserve) sources; a budget figure, not in netDealValue");
    }

    void record(PathRecorder out, FinancingLedger f) {
        out.metric(financingCost, f.costPv());
        for (int k = 0; k < bySource.length; k++) {
            out.metric(bySource[k], f.costPv(k));
        }
        out.metric(interestPaid, f.interestPaidPv());
    }
}
