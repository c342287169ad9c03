package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.finance.FinancingLedger;
import dev.tariffsim.finance.FinancingMix;

/** The financing cost of the outstanding pledge, in all and per funding source. Immutable. */
final class FinancingOutputs {
    private final int financingCost;
    private final int[] bySource;

    FinancingOutputs(OutputSpec.Builder b, FinancingMix mix) {
        financingCost = b.metric("financingCost", "USD bn PV", "interest on the pledge's outstanding funding");
        bySource = new int[mix.sources().size()];
        for (int k = 0; k < bySource.length; k++) {
            String name = mix.sources().get(k).name();
            bySource[k] = b.metric("financingCost." + name, "USD bn PV", "the part of financingCost funded by " + name);
        }
    }

    void record(PathRecorder out, FinancingLedger f) {
        out.metric(financingCost, f.costPv());
        for (int k = 0; k < bySource.length; k++) {
            out.metric(bySource[k], f.costPv(k));
        }
    }
}
