package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.pledge.VehicleAccount;

/**
 * Summaries of a path's market draws, so that a reverse stress test ({@code stress}) can say whether the worst
 * paths had a weak won or a poor investment: the mean exchange rate over the horizon and the vehicle's annualised
 * log total return. Immutable.
 */
final class SummaryOutputs {
    private final int avgFxRate;
    private final int vehicleReturn;

    SummaryOutputs(OutputSpec.Builder b) {
        avgFxRate = b.driver(b.metric("avgFxRate", "KRW per USD",
            "the path's mean exchange rate over the horizon (each month's rate at its start)"));
        vehicleReturn = b.driver(b.metric("vehicleReturn", "annual rate", "the vehicle's annualised log total return over"
            + " the horizon (capital growth and cash yield, time-weighted)"));
    }

    /**
     * Records the path's summaries.
     *
     * @param fxSum the sum of the months' exchange rates, KRW per USD
     * @param months the number of months
     */
    void record(PathRecorder out, double fxSum, int months, VehicleAccount vehicle) {
        out.metric(avgFxRate, fxSum / months);
        out.metric(vehicleReturn, vehicle.annualLogReturn());
    }
}
