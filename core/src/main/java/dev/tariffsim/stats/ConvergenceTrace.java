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
        return ofEach(new double[][] {values}, count, first, paired)[0];
    }

    /**
     * The traces of several metrics over the same paths, {@code columns[c][0..count)} each in path order, as
     * {@link #of} gives them one by one, bit for bit: each metric's running update is the same, but the updates of
     * the metrics are interleaved, so their chains of divisions overlap (a few times faster for 8 metrics).
     *
     * @throws IllegalArgumentException if {@code first} is not positive and even
     */
    public static ConvergenceTrace[] ofEach(double[][] columns, int count, int first, boolean paired) {
        Checks.requireArgument(first > 0 && first % 2 == 0, "first", first, "positive and even");
        int g = columns.length;
        long[] at = new long[32];
        double[][] m = new double[g][32];
        double[][] se = new double[g][32];
        double[] sum = new double[g];
        double[] wMean = new double[g];
        double[] wM2 = new double[g];
        int k = 0;
        long next = first;
        long units = 0;
        for (int i = 0; i < count; i++) {
            boolean unit = !paired || (i & 1) == 1;
            if (unit) {
                units++;
            }
            for (int c = 0; c < g; c++) {
                double[] v = columns[c];
                double x = v[i];
                sum[c] += x;
                if (unit) {
                    double y = paired ? 0.5 * (v[i - 1] + x) : x;
                    double d = y - wMean[c];
                    wMean[c] += d / units;
                    wM2[c] += d * (y - wMean[c]);
                }
            }
            int n = i + 1;
            if (n == next || n == count) {
                at[k] = n;
                for (int c = 0; c < g; c++) {
                    m[c][k] = sum[c] / n;
                    se[c][k] = units < 2 ? Double.NaN : Math.sqrt(wM2[c] / (units - 1) / units);
                }
                k++;
                if (n == next) {
                    next = 2 * next;
                }
            }
        }
        ConvergenceTrace[] out = new ConvergenceTrace[g];
        for (int c = 0; c < g; c++) {
            out[c] = new ConvergenceTrace(Arrays.copyOf(at, k), Arrays.copyOf(m[c], k), Arrays.copyOf(se[c], k));
        }
        return out;
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
