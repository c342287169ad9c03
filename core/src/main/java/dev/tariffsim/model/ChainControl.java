package dev.tariffsim.model;

import dev.tariffsim.engine.ControlVariate;
import dev.tariffsim.scenario.Scenario;
import java.util.List;

/**
 * The reference model's control variates (docs/engine.md): quantities of every path whose means are known exactly.
 * <ul>
 *   <li>{@code passThrough}, {@code elasticity}: the path's drawn parameters, whose means are their distributions'
 *   means;</li>
 *   <li>{@code chainDealMonthsPv}: the discounted months in which the deal is in force under the regime chain alone,
 *   {@code sum_t df_t 1[deal in force in month t]}, driven by the path's own regime uniforms but ignoring capital-call
 *   snap-backs; its mean {@code sum_t df_t P(deal in force in month t)} follows from propagating the chain's
 *   distribution month by month (forced months included). It carries most of the variance of the deal's timing,
 *   which drives {@code dealSavings}.</li>
 * </ul>
 * Immutable; the per-path shadow chain lives in the simulator.
 */
final class ChainControl {
    private ChainControl() {
    }

    /** The control variates of a scenario, with their exact means. */
    static List<ControlVariate> of(Scenario s, RegimeSteps regimes, double[] discount) {
        double[][] p = s.regimes().transitions();
        int n = p.length;
        double[] dist = new double[n];
        dist[regimes.initial()] = 1;
        double mean = 0;
        for (int t = 0; t < discount.length; t++) {
            int forced = regimes.inForce(t, -1);
            if (forced >= 0) {
                java.util.Arrays.fill(dist, 0);
                dist[forced] = 1;
            }
            double deal = 0;
            for (int i = 0; i < n; i++) {
                deal += regimes.deal(i) ? dist[i] : 0;
            }
            mean += discount[t] * deal;
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[j] += dist[i] * p[i][j];
                }
            }
            dist = next;
        }
        return List.of(
            new ControlVariate("passThrough", s.trade().passThrough().mean(), "the path's drawn tariff pass-through"),
            new ControlVariate("elasticity", s.trade().elasticity().mean(), "the path's drawn import-demand elasticity"),
            new ControlVariate("chainDealMonthsPv", mean,
                "discount-weighted months of the deal in force under the regime chain without snap-backs"));
    }
}
