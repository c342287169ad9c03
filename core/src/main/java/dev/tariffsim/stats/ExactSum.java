package dev.tariffsim.stats;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * The exact sum of finite doubles, in a fixed-point accumulator that spans the whole range of {@code double}:
 * no rounding happens until the sum is read. Addition is therefore associative and commutative, so any
 * split of the values into parts, summed anywhere and merged in any order, gives the same sum bit for bit:
 * what makes bounded-memory statistics independent of how a run's paths were partitioned.
 *
 * <p>Representation: 68 signed 64-bit words, word {@code i} weighing {@code 2^(32 i - 1074)}; a value's 53-bit
 * significand lands in at most three words. Carries are propagated every 2^30 additions, so words never
 * overflow. Cost: about as much as two ordinary additions; memory 544 bytes.
 *
 * <h2>Synchronization and merging</h2>
 * Not thread-safe: give each worker its own and {@link #merge} them.
 */
public final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int WORDS = 68;
    private static final long LOW = 0xFFFF_FFFFL;
    private static final int NORMALISE_EVERY = 1 << 30;
    private static final BigDecimal ULP = new BigDecimal(Double.MIN_VALUE);

    private final long[] words = new long[WORDS];
    private int pending;

    /** Adds a finite value. @throws IllegalArgumentException if {@code v} is NaN or infinite */
    public void add(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7FF;
        if (biased == 0x7FF) {
            throw new IllegalArgumentException("value to sum is not finite: " + v);
        }
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        int pos;
        if (biased == 0) {
            pos = 0;
        } else {
            mantissa |= 1L << 52;
            pos = biased - 1;
        }
        if (mantissa == 0) {
            return;
        }
        int w = pos >>> 5;
        int r = pos & 31;
        long lo = (mantissa << r) & LOW;
        long mid = (mantissa >>> (32 - r)) & LOW;
        long hi = r == 0 ? 0 : mantissa >>> (64 - r);
        if (r == 0) {
            mid = mantissa >>> 32;
        }
        if (bits < 0) {
            words[w] -= lo;
            words[w + 1] -= mid;
            words[w + 2] -= hi;
        } else {
            words[w] += lo;
            words[w + 1] += mid;
            words[w + 2] += hi;
        }
        if (++pending == NORMALISE_EVERY) {
            normalise();
        }
    }

    private void normalise() {
        for (int i = 0; i < WORDS - 1; i++) {
            long carry = words[i] >> 32;
            words[i] -= carry << 32;
            words[i + 1] += carry;
        }
        pending = 0;
    }

    /** Adds every value of {@code other} to this sum. */
    public void merge(ExactSum other) {
        normalise();
        other.normalise();
        for (int i = 0; i < WORDS; i++) {
            words[i] += other.words[i];
        }
        pending = 1;
    }

    /** Forgets every value. */
    public void clear() {
        Arrays.fill(words, 0);
        pending = 0;
    }

    /** The exact sum. */
    public BigDecimal exact() {
        BigInteger total = BigInteger.ZERO;
        for (int i = WORDS - 1; i >= 0; i--) {
            total = total.shiftLeft(32).add(BigInteger.valueOf(words[i]));
        }
        return new BigDecimal(total).multiply(ULP);
    }

    /** The sum rounded to the nearest double (to 34 significant digits first). */
    public double doubleValue() {
        return exact().round(MathContext.DECIMAL128).doubleValue();
    }
}
