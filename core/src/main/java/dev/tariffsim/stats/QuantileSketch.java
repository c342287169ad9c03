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

    private final Store positive = new Store();
    private final Store negative = new Store();
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

    private static double midpoint(int index) {
        double lo = Double.longBitsToDouble((long) index << SHIFT);
        double hi = Double.longBitsToDouble((long) (index + 1) << SHIFT);
        return 0.5 * (lo + hi);
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
     * Counts over a dense, growable range of bucket indices. {@code lo..hi} is the range of occupied positions
     * since the last clear, so that clearing and merging touch only what was used.
     */
    private static final class Store implements Serializable {
        private static final long serialVersionUID = 1L;
        private int[] counts = new int[0];
        private int offset;
        private long total;
        private int lo = Integer.MAX_VALUE;
        private int hi = -1;

        void increment(int index, int by) {
            int i = index - offset;
            if (i < 0 || i >= counts.length) {
                grow(index);
                i = index - offset;
            }
            counts[i] += by;
            total += by;
            if (i < lo) {
                lo = i;
            }
            if (i > hi) {
                hi = i;
            }
        }

        private void grow(int index) {
            if (counts.length == 0) {
                counts = new int[64];
                offset = index - 32;
                return;
            }
            int low = Math.min(offset, index);
            int high = Math.max(offset + counts.length, index + 1);
            int span = high - low;
            int newLength = Math.max(span + 32, counts.length * 2);
            int newOffset = index < offset ? high - newLength : low;
            int[] grown = new int[newLength];
            System.arraycopy(counts, 0, grown, offset - newOffset, counts.length);
            if (hi >= lo) {
                lo += offset - newOffset;
                hi += offset - newOffset;
            }
            counts = grown;
            offset = newOffset;
        }

        void addAll(Store other) {
            for (int i = other.lo; i <= other.hi; i++) {
                int c = other.counts[i];
                if (c != 0) {
                    increment(other.offset + i, c);
                }
            }
        }

        void clear() {
            if (hi >= lo) {
                Arrays.fill(counts, lo, hi + 1, 0);
            }
            total = 0;
            lo = Integer.MAX_VALUE;
            hi = -1;
        }

        long total() {
            return total;
        }

        int indexOfRank(long rank) {
            long seen = 0;
            for (int i = lo; i <= hi; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return offset + i;
                }
            }
            throw new IllegalStateException("rank beyond count: " + rank);
        }

        int indexOfRankFromTop(long rank) {
            long seen = 0;
            for (int i = hi; i >= lo; i--) {
                seen += counts[i];
                if (seen >= rank) {
                    return offset + i;
                }
            }
            throw new IllegalStateException("rank beyond count: " + rank);
        }
    }
}
