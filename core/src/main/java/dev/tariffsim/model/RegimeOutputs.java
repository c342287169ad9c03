package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;

/**
 * Which regime is in force, month by month: one series {@code regimeShare.<REGIME>} per regime of the scenario's
 * chain, 1 on a path in a month when that regime is in force (after forced months and snap-backs) and 0 otherwise,
 * so each series' mean is the share of paths in that regime and the shares add up to 1 in every month. Declared in
 * the chain's order. Immutable; {@link #series} allocates nothing.
 */
final class RegimeOutputs {
    /** The prefix of the per-regime series' names. */
    static final String PREFIX = "regimeShare.";

    private final int[] share;

    RegimeOutputs(OutputSpec.Builder b, RegimeChain chain, int months) {
        share = new int[chain.size()];
        for (int r = 0; r < share.length; r++) {
            Regime regime = chain.regimes().get(r);
            share[r] = b.eventSeries(PREFIX + regime.name(), months, "whether " + regime.name()
                + " is the regime in force in the month (deal " + (regime.dealInForce() ? "in force" : "not in force")
                + ")");
        }
    }

    /**
     * Records each month's regime ({@code regime[t]}, its index in the chain) as 1 in its series and 0 in the others,
     * using {@code scratch} (as long as {@code regime}).
     */
    void series(PathRecorder out, int[] regime, double[] scratch) {
        for (int r = 0; r < share.length; r++) {
            for (int t = 0; t < regime.length; t++) {
                scratch[t] = regime[t] == r ? 1 : 0;
            }
            out.series(share[r], scratch);
        }
    }
}
