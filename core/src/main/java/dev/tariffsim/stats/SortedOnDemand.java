package dev.tariffsim.stats;

/**
 * Every value of an exact metric, sorted on first use: the order statistics, and the plain mean and standard
 * deviation, which are taken over the sorted values (a compensated sum in ascending order). A run's final statistics
 * hold ~270 metrics, and sorting them all costs about a third of a small run; a caller that reads only some metrics
 * (a precision-controlled run read for one mean, a sweep, a control-variate mean and its error, which need no
 * sort) pays only for those it reads, and the numbers are those of sorting at once, bit for bit. Thread-safe: the
 * first reader sorts (in place, the array being owned) under this object's lock; the result is published through a
 * volatile field.
 */
final class SortedOnDemand implements OrderStatistics {
    /** The values in their original order until sorted; then null. Guarded by this. */
    private double[] pending;
    private volatile Sorted sorted;
    private double mean;
    private double stdDev;

    /** Takes ownership of {@code values} (checked by the caller), which it sorts on first use. */
    SortedOnDemand(double[] values) {
        this.pending = values;
    }

    private Sorted sorted() {
        Sorted s = sorted;
        if (s == null) {
            synchronized (this) {
                s = sorted;
                if (s == null) {
                    double[] v = pending;
                    DoubleSort.sort(v);
                    int n = v.length;
                    mean = n == 0 ? Double.NaN : MeanErrors.kahanSum(v) / n;
                    stdDev = n < 2 ? Double.NaN : Math.sqrt(MeanErrors.sumOfSquares(v, mean) / (n - 1));
                    s = new Sorted(v);
                    pending = null;
                    sorted = s;
                }
            }
        }
        return s;
    }

    /** The plain mean of the values (compensated sum in ascending order); NaN for none. */
    double mean() {
        sorted();
        return mean;
    }

    /** The sample standard deviation (divisor {@code n - 1}); NaN for fewer than two values. */
    double stdDev() {
        sorted();
        return stdDev;
    }

    @Override
    public double min() {
        return sorted().min();
    }

    @Override
    public double max() {
        return sorted().max();
    }

    @Override
    public double quantile(double level) {
        return sorted().quantile(level);
    }

    @Override
    public double tailMean(int k, boolean upper) {
        return sorted().tailMean(k, upper);
    }

    @Override
    public String method() {
        return "exact";
    }
}
