package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;

/**
 * How the estimate of one metric's mean settled as paths were added: the running mean and its standard error
 * after the first {@code paths[k]} paths, in path order, at checkpoints {@code b, 2b, 4b, 8b, ...} paths (the
 * first checkpoint {@code b} being the engine's batch size) and at the last path. At most 32 checkpoints, so the
 * trace stays small however long the run. Path order is fixed by the path indices, so the trace does not depend
 * on the thread count. Under antithetic sampling the standard error is that of the pair means (see
 * {@link MetricStatistics}). Immutable.
 */
public final class ConvergenceTrace {
    private final long[] paths;
    private final double[] mean;
    private final double[] stdError;

    private ConvergenceTrace(long[] paths, double[] mean, double[] stdError) {
        this.paths = paths;
        this.mean = mean;
        this.stdError = stdError;
    }

    /**
     * The trace of {@code values[0..count)}, in path order.
     *
     * @param first the first checkpoint, in paths (even and positive)
     * @param paired whether paths come in antithetic pairs starting at index 0
     * @throws IllegalArgumentException if {@code first} is not positive and even
     */
    public static ConvergenceTrace of(double[] values, int count, int first, boolean paired) {
        Checks.requireArgument(first > 0 && first % 2 == 0, "first", first, "positive and even");
        long[] at = new long[32];
        double[] m = new double[32];
        double[] se = new double[32];
        int k = 0;
        long next = first;
        double sum = 0;
        double wMean = 0;
        double wM2 = 0;
        long units = 0;
        for (int i = 0; i < count; i++) {
            double x = values[i];
            sum += x;
            if (!paired) {
                units++;
                double d = x - wMean;
                wMean += d / units;
                wM2 += d * (x - wMean);
            } else if ((i & 1) == 1) {
                units++;
                double y = 0.5 * (values[i - 1] + x);
                double d = y - wMean;
                wMean += d / units;
                wM2 += d * (y - wMean);
            }
            int n = i + 1;
            if (n == next || n == count) {
                at[k] = n;
                m[k] = sum / n;
                se[k] = units < 2 ? Double.NaN : Math.sqrt(wM2 / (units - 1) / units);
                k++;
                if (n == next) {
                    next = 2 * next;
                }
            }
        }
        return new ConvergenceTrace(Arrays.copyOf(at, k), Arrays.copyOf(m, k), Arrays.copyOf(se, k));
    }

    /**
     * The trace of {@code values[0..count)} of a replicated run (randomised quasi-Monte Carlo, Latin hypercube
     * blocks), in path order from path 0: the standard error at each checkpoint is that of the replicate means over
     * the paths so far ({@link Replication#stdError}).
     *
     * @throws IllegalArgumentException if {@code first} is not positive or {@code replication} is none
     */
    public static ConvergenceTrace ofReplicated(double[] values, int count, int first, Replication replication) {
        Checks.requireArgument(first > 0 && first % 2 == 0, "first", first, "positive and even");
        // The running mean as in of(), without its per-value Welford update (the error here is the replicates'),
        // then the replicate error of the paths up to each checkpoint.
        long[] at = new long[32];
        double[] m = new double[32];
        int k = 0;
        long next = first;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
            int n = i + 1;
            if (n == next || n == count) {
                at[k] = n;
                m[k] = sum / n;
                k++;
                if (n == next) {
                    next = 2 * next;
                }
            }
        }
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            se[j] = replication.stdError(values, 0, (int) at[j]);
        }
        return new ConvergenceTrace(Arrays.copyOf(at, k), Arrays.copyOf(m, k), se);
    }

    /** The number of checkpoints (0 for a run without paths). */
    public int size() {
        return paths.length;
    }

    /** The number of paths at checkpoint {@code k}. */
    public long paths(int k) {
        return paths[k];
    }

    /** The running mean at checkpoint {@code k}, in the metric's unit. */
    public double mean(int k) {
        return mean[k];
    }

    /** The standard error of the running mean at checkpoint {@code k}; NaN when undefined (one path). */
    public double stdError(int k) {
        return stdError[k];
    }
}
