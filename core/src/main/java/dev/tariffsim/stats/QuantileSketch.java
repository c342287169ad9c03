package dev.tariffsim.stats;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable quantile sketch with a relative-error guarantee, in memory that does not grow with the
 * number of values: counts in log-linear buckets (128 per power of two), as in HdrHistogram's and
 * DDSketch's designs.
 *
 * <h2>Error</h2>
 * {@link #quantile(double)} returns the midpoint of the bucket that holds the nearest-rank order
 * statistic of rank {@code ceil(q n)}, clamped to the exact minimum and maximum. A bucket spans at most
 * {@code 2^-7} of its lower edge, so the answer is within a relative {@code 2^-8} (about 0.4%) of that
 * order statistic; zero is exact. Memory is 4 bytes per bucket between the smallest and largest
 * magnitudes seen: 128 buckets for values within a factor of 2. Counts are {@code int}s: a sketch holds at
 * most {@code 2^31 - 1} values in one bucket.
 *
 * <h2>Synchronization and merging</h2>
 * Not thread-safe: give each worker its own sketch and {@link #merge} them. Counts are integers, so a
 * merge gives exactly the sketch of all the values, in any order.
 */
public final class QuantileSketch implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SHIFT = 52 - 7;
    /** The bound on the relative error of a quantile: {@code 2^-8}, about 0.4%. */
    public static final double RELATIVE_ERROR = 0x1p-8;

    private final SketchStore positive = new SketchStore();
    private final SketchStore negative = new SketchStore();
    private long zeros;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** An empty sketch. */
    public QuantileSketch() {
    }

    /** Adds a finite value. @throws IllegalArgumentException if {@code v} is NaN or infinite */
    public void add(double v) {
        if (!(Math.abs(v) <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("sketch value is not finite: " + v);
        }
        if (v > 0) {
            positive.increment(index(v), 1);
        } else if (v < 0) {
            negative.increment(index(-v), 1);
        } else {
            zeros++;
        }
        count++;
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
    }

    /**
     * Adds {@code n} values read from {@code values} at {@code from}, {@code from + stride}, ... and returns their
     * sum (in that order): the batch form of {@link #add}, for staged values.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite (the values before it are added)
     */
    public double addStrided(double[] values, int from, int stride, int n) {
        double sum = 0;
        double lo = min;
        double hi = max;
        try {
            for (int k = 0, i = from; k < n; k++, i += stride) {
                double v = values[i];
                if (v > 0 && v <= Double.MAX_VALUE) {
                    positive.increment(index(v), 1);
                } else if (v < 0 && v >= -Double.MAX_VALUE) {
                    negative.increment(index(-v), 1);
                } else if (v == 0) {
                    zeros++;
                } else {
                    throw new IllegalArgumentException("sketch value is not finite: " + v);
                }
                count++;
                sum += v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        } finally {
            min = lo;
            max = hi;
        }
        return sum;
    }

    private static int index(double magnitude) {
        return (int) (Double.doubleToRawLongBits(magnitude) >>> SHIFT);
    }

    static double midpoint(int index) {
        double lo = Double.longBitsToDouble((long) index << SHIFT);
        double hi = Double.longBitsToDouble((long) (index + 1) << SHIFT);
        return 0.5 * (lo + hi);
    }

    /**
     * How many values share the bucket of {@code v}: an upper bound on how many equal {@code v}, exact for 0 and for
     * a value whose bucket holds no other (such as 1 among 0/1 values).
     */
    public long countNear(double v) {
        if (v == 0) {
            return zeros;
        }
        return v > 0 ? positive.countAt(index(v)) : negative.countAt(index(-v));
    }

    /** A copy of this sketch. */
    public QuantileSketch copy() {
        QuantileSketch c = new QuantileSketch();
        c.merge(this);
        return c;
    }

    /** Adds every value of {@code other} to this sketch. */
    public void merge(QuantileSketch other) {
        positive.addAll(other.positive);
        negative.addAll(other.negative);
        zeros += other.zeros;
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** Forgets every value, keeping the memory. */
    public void clear() {
        positive.clear();
        negative.clear();
        zeros = 0;
        count = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    /** The number of values added. */
    public long count() {
        return count;
    }

    /** The exact smallest value, or NaN when empty. */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** The exact largest value, or NaN when empty. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /**
     * The {@code q}-quantile within the relative error stated in the class comment, or NaN when empty.
     *
     * @throws IllegalArgumentException unless {@code 0 <= q <= 1}
     */
    public double quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile level is not in [0, 1]: " + q);
        }
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        if (rank == 1) {
            return min;
        }
        if (rank == count) {
            return max;
        }
        double v;
        long negCount = negative.total();
        if (rank <= negCount) {
            v = -midpoint(negative.indexOfRankFromTop(rank));
        } else if (rank <= negCount + zeros) {
            v = 0;
        } else {
            v = midpoint(positive.indexOfRank(rank - negCount - zeros));
        }
        return Math.min(max, Math.max(min, v));
    }

    /**
     * The mean of the {@code k} largest values ({@code upper}) or the {@code k} smallest, each taken as its
     * bucket's midpoint clamped to the exact minimum and maximum: within the relative error of a quantile.
     *
     * @throws IllegalArgumentException unless {@code 1 <= k <= count()}
     */
    public double tailMean(long k, boolean upper) {
        if (k < 1 || k > count) {
            throw new IllegalArgumentException("tail size is not in [1, " + count + "]: " + k);
        }
        double[] sum = new double[1];
        long left = k;
        SketchStore first = upper ? positive : negative;
        SketchStore last = upper ? negative : positive;
        double sign = upper ? 1 : -1;
        left = first.walk(true, sign, left, sum, min, max);
        long z = Math.min(left, zeros);
        left -= z;
        left = last.walk(false, -sign, left, sum, min, max);
        return sum[0] / k;
    }
}
