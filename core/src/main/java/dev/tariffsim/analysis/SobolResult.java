package dev.tariffsim.analysis;

import dev.tariffsim.stats.Interval;
import java.util.List;

/**
 * Variance-based sensitivity of a model's metrics to its random components: per metric, each component's
 * first-order index (the share of the metric's variance explained by that component alone) and total index
 * (the share it explains with all its interactions), with bootstrap confidence intervals; and Spearman rank
 * correlations of the model's recorded inputs ({@code inputs.*} metrics) with each metric. Immutable.
 *
 * @param indices per analysed metric, in the order asked for
 * @param correlations rank correlation of every {@code inputs.*} metric with every analysed metric, from the A
 *     sample (an ordinary run)
 * @param paths N, the paths of each of the A and B samples
 * @param evaluations model evaluations made, (k + 2) N for k components
 * @param bootstrap how the confidence intervals were made
 * @param seed the run seed (sample A; sample B is drawn from a seed derived from it)
 */
public record SobolResult(List<Indices> indices, List<Correlation> correlations, int paths, long evaluations,
                          SobolAnalysis.Bootstrap bootstrap, long seed) {
    /** Copies the lists. */
    public SobolResult {
        indices = List.copyOf(indices);
        correlations = List.copyOf(correlations);
    }

    /** The indices of one metric. @throws IllegalArgumentException if it was not analysed */
    public Indices metric(String name) {
        for (Indices i : indices) {
            if (i.metric().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("metric " + name + " was not analysed; analysed: "
            + indices.stream().map(Indices::metric).toList());
    }

    /**
     * The indices of one metric.
     *
     * @param metric the metric's name
     * @param unit the metric's unit as the model declares it
     * @param mean its mean over the A and B samples, in the metric's unit
     * @param variance its variance over the A and B samples, the denominator of every index, in the unit squared
     * @param components one entry per component, in the order given
     */
    public record Indices(String metric, String unit, double mean, double variance, List<ComponentIndex> components) {
        /** Copies the list. */
        public Indices {
            components = List.copyOf(components);
        }

        /** The sum of the first-order indices: 1 minus the share of variance from interactions. */
        public double sumFirstOrder() {
            double s = 0;
            for (ComponentIndex c : components) {
                s += c.firstOrder();
            }
            return s;
        }

        /** One component's indices. @throws IllegalArgumentException if there is no such component */
        public ComponentIndex component(String name) {
            for (ComponentIndex c : components) {
                if (c.component().equals(name)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no component named " + name);
        }
    }

    /**
     * One component's indices for one metric (shares of variance, dimensionless).
     *
     * @param component the component's name
     * @param firstOrder first-order index S (Saltelli 2010 estimator)
     * @param firstOrderInterval bootstrap percentile interval of S
     * @param total total-effect index ST (Jansen estimator)
     * @param totalInterval bootstrap percentile interval of ST
     */
    public record ComponentIndex(String component, double firstOrder, Interval firstOrderInterval, double total,
                                 Interval totalInterval) {
    }

    /**
     * Spearman's rank correlation of a recorded input with a metric over the paths of the A sample.
     *
     * @param input the input metric ({@code inputs.passThrough}, ...)
     * @param metric the analysed metric
     * @param rho the rank correlation, in [-1, 1] (NaN if either is constant)
     */
    public record Correlation(String input, String metric, double rho) {
    }
}
