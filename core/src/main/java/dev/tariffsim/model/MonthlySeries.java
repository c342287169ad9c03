package dev.tariffsim.model;

import dev.tariffsim.engine.PathRecorder;

/**
 * One worker's buffers of a path's monthly series: the month loop stores each month's values here and the path
 * records every series in one call per series at its end ({@link PathRecorder#series(int, double[])}), which keeps
 * the loop small. Mutable and not thread-safe: one per simulator; allocates nothing after construction.
 */
final class MonthlySeries {
    final double[] fxRate;
    final double[] reserves;
    final double[] paidIn;
    final double[] nav;
    final int[] regime;
    private final double[] scratch;

    MonthlySeries(int months) {
        fxRate = new double[months];
        reserves = new double[months];
        paidIn = new double[months];
        nav = new double[months];
        regime = new int[months];
        scratch = new double[months];
    }

    /** Records the buffered path: the reserve, pledge and regime series of {@code o}. */
    void record(PathRecorder out, Outputs o, RegimeSteps regimes) {
        o.reserves.series(out, fxRate, reserves);
        for (int t = 0; t < regime.length; t++) {
            scratch[t] = regimes.deal(regime[t]) ? 1 : 0;
        }
        o.pledge.series(out, paidIn, nav, scratch);
        o.regimes.series(out, regime, scratch);
    }
}
