package dev.tariffsim.stats;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Counts over a dense, growable range of bucket indices. {@code lo..hi} is the range of occupied positions
 * since the last clear, so that clearing and merging touch only what was used.
 */
final class SketchStore implements Serializable {
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

    void addAll(SketchStore other) {
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

    /**
     * Adds to {@code sum[0]} up to {@code left} values, from the largest magnitude down ({@code fromTop}) or
     * the smallest up, each its bucket's midpoint times {@code sign} clamped to [min, max]; returns how many
     * values are still wanted.
     */
    long walk(boolean fromTop, double sign, long left, double[] sum, double min, double max) {
        for (int k = 0; k <= hi - lo && left > 0; k++) {
            int i = fromTop ? hi - k : lo + k;
            long c = Math.min(counts[i], left);
            sum[0] += c * Math.min(max, Math.max(min, sign * QuantileSketch.midpoint(offset + i)));
            left -= c;
        }
        return left;
    }

    long countAt(int index) {
        int i = index - offset;
        return i >= 0 && i < counts.length ? counts[i] : 0;
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
