package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.finance.ReserveBalance;

/** The FX reserves and the exchange rate that drives their intervention. Immutable. */
final class ReserveOutputs {
    private final double floor;
    private final int minReserves;
    private final int reserveBreach;
    private final int fxRate;
    private final int reserves;

    ReserveOutputs(OutputSpec.Builder b, int months, double floor) {
        this.floor = floor;
        minReserves = b.metric("minReserves", "USD bn", "the lowest FX reserves on the path");
        reserveBreach = b.event("reserveBreach", "FX reserves fall below the floor at some month");
        fxRate = b.series("fxRate", months, "KRW per USD", "the exchange rate at the start of the month");
        reserves = b.series("reserves", months, "USD bn", "FX reserves at the start of the month");
    }

    void record(PathRecorder out, ReserveBalance r) {
        out.metric(minReserves, r.min());
        out.metric(reserveBreach, r.min() < floor ? 1 : 0);
    }

    /** Records the path's rates and reserves at the start of each month. */
    void series(PathRecorder out, double[] fx, double[] reservesAtStart) {
        out.series(fxRate, fx);
        out.series(reserves, reservesAtStart);
    }
}
