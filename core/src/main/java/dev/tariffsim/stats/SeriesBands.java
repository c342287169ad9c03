package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;

/**
 * Per-step bands of one time series over the paths of a run: mean and the 5th, 25th, 50th, 75th and
 * 95th percentiles at every step (month). Percentiles come from {@link QuantileSketch}es and are within
 * a relative 0.4% of the exact nearest-rank order statistic. Immutable.
 */
public final class SeriesBands {
    /** The percentile levels of every band, in order. */
    public static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

    private final String name;
    private final double[] mean;
    private final double[][] percentiles; // [level][step]

    private SeriesBands(String name, double[] mean, double[][] percentiles) {
        this.name = name;
        this.mean = mean;
        this.percentiles = percentiles;
    }

    /** Bands from per-step sums, counts and sketches. */
    public static SeriesBands of(String name, double[] sums, long count, QuantileSketch[] sketches) {
        int steps = sums.length;
        double[] mean = new double[steps];
        double[][] p = new double[LEVELS.length][steps];
        for (int t = 0; t < steps; t++) {
            mean[t] = count == 0 ? Double.NaN : sums[t] / count;
            for (int k = 0; k < LEVELS.length; k++) {
                p[k][t] = sketches[t].quantile(LEVELS[k]);
            }
        }
        return new SeriesBands(name, mean, p);
    }

    /**
     * Bands of a 0/1 series from the number of paths whose value was 1 at each step: the mean is
     * {@code ones / count}, and each percentile the nearest-rank order statistic, exactly: with {@code count - ones}
     * zeros, the {@code q}-percentile is 0 if {@code max(1, ceil(q count)) <= count - ones}, else 1 (the answer a
     * {@link QuantileSketch} gives for 0/1 values, without its cost).
     *
     * @throws IllegalArgumentException if a count is negative or above {@code count}
     */
    public static SeriesBands ofEvents(String name, long[] ones, long count) {
        int steps = ones.length;
        double[] mean = new double[steps];
        double[][] p = new double[LEVELS.length][steps];
        for (int t = 0; t < steps; t++) {
            Checks.requireArgument(ones[t] >= 0 && ones[t] <= count, "paths with value 1 at step " + t, ones[t],
                "in [0, " + count + "]");
            mean[t] = count == 0 ? Double.NaN : (double) ones[t] / count;
            for (int k = 0; k < LEVELS.length; k++) {
                long rank = Math.max(1, (long) Math.ceil(LEVELS[k] * count));
                p[k][t] = count == 0 ? Double.NaN : rank <= count - ones[t] ? 0 : 1;
            }
        }
        return new SeriesBands(name, mean, p);
    }

    /** The series' name. */
    public String name() {
        return name;
    }

    /** The number of steps. */
    public int steps() {
        return mean.length;
    }

    /** The mean over paths at step {@code t}. */
    public double mean(int t) {
        return mean[t];
    }

    /**
     * The percentile at step {@code t}, for one of {@link #LEVELS} (matched within {@code 1e-9}, so that a
     * computed level such as {@code 1 - 0.95} finds the 5th percentile); NaN when there is no path.
     *
     * @throws IllegalArgumentException if {@code level} is not one of {@link #LEVELS}
     */
    public double percentile(double level, int t) {
        for (int k = 0; k < LEVELS.length; k++) {
            if (Math.abs(LEVELS[k] - level) <= 1e-9) {
                return percentiles[k][t];
            }
        }
        throw new IllegalArgumentException(Checks.format("band level is not one of 0.05, 0.25, 0.5, 0.75, 0.95: %s", level));
    }
}
