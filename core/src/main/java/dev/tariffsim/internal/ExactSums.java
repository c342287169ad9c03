package dev.tariffsim.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A row of exact sums of doubles: every finite double is a multiple of {@code 2^-1074}, so a sum of them is an
 * integer multiple of {@code 2^-1074}, held here in 32-bit digits stored in {@code long}s whose carries are
 * propagated only when read, merged or serialised. The sum is exact, so it does not depend on the order of the
 * additions or on how the values were split between accumulators that are later merged: any partition gives
 * bit-identical results. Not API.
 *
 * <p>Cost: one add touches three digits (about as much as a few floating-point additions); memory is
 * {@value #DIGITS} longs per sum. A digit absorbs at least {@code 2^31} additions between normalisations, more
 * than one accumulator holds. Not thread-safe.
 */
public final class ExactSums implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Digits per sum: 2046 bit positions of a double's scaled mantissa, 84 bits wide, plus 31 bits of count. */
    static final int DIGITS = 68;
    private static final long MASK = 0xFFFF_FFFFL;

    private final long[] digits;
    private final int size;

    /** {@code size} sums, all zero. */
    public ExactSums(int size) {
        this.size = size;
        this.digits = new long[size * DIGITS];
    }

    /** The number of sums. */
    public int size() {
        return size;
    }

    /** Adds {@code v}, which must be finite, to sum {@code k}. */
    public void add(int k, double v) {
        addAt(k * DIGITS, v);
    }

    /** Adds {@code n} finite values read from {@code values} at {@code from}, {@code from + stride}, ... to sum {@code k}. */
    public void addStrided(int k, double[] values, int from, int stride, int n) {
        int base = k * DIGITS;
        for (int p = 0, at = from; p < n; p++, at += stride) {
            addAt(base, values[at]);
        }
    }

    private void addAt(int base, double v) {
        long bits = Double.doubleToRawLongBits(v);
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xF_FFFF_FFFF_FFFFL;
        if (e == 0) {
            e = 1;
        } else {
            m |= 1L << 52;
        }
        int s = e - 1;
        int off = s & 31;
        int at = base + (s >>> 5);
        long low = m << off;
        long high = (m >>> 1) >>> (63 - off);
        long sign = bits >> 63;
        digits[at] += ((low & MASK) ^ sign) - sign;
        digits[at + 1] += ((low >>> 32) ^ sign) - sign;
        digits[at + 2] += (high ^ sign) - sign;
    }

    /** Adds every sum of {@code other} (of the same size) to this one's. */
    public void addAll(ExactSums other) {
        normalise();
        other.normalise();
        for (int i = 0; i < digits.length; i++) {
            digits[i] += other.digits[i];
        }
        normalise();
    }

    /** Sets every sum to zero. */
    public void clear() {
        Arrays.fill(digits, 0);
    }

    /** Propagates carries, so that every digit but the top one of each sum lies in {@code [0, 2^32)}. */
    public void normalise() {
        for (int k = 0; k < size; k++) {
            int base = k * DIGITS;
            long carry = 0;
            for (int i = 0; i < DIGITS - 1; i++) {
                long v = digits[base + i] + carry;
                digits[base + i] = v & MASK;
                carry = v >> 32;
            }
            digits[base + DIGITS - 1] += carry;
        }
    }

    /**
     * Sum {@code k} rounded to the nearest double (ties to even; a sum beyond the double range is infinite): a
     * function of the exact sum alone.
     */
    public double value(int k) {
        BigInteger big = units(k);
        if (big.signum() == 0) {
            return 0;
        }
        int drop = Math.max(0, big.abs().bitLength() - 1000);
        if (drop > 0) {
            BigInteger magnitude = big.abs();
            boolean sticky = magnitude.getLowestSetBit() < drop;
            magnitude = magnitude.shiftRight(drop);
            if (sticky) {
                magnitude = magnitude.setBit(0);
            }
            big = big.signum() < 0 ? magnitude.negate() : magnitude;
        }
        return Math.scalb(big.doubleValue(), drop - 1074);
    }

    /** Sum {@code k} exactly, as a decimal: for statistics that combine several exact sums (a variance). */
    public BigDecimal exact(int k) {
        return new BigDecimal(units(k)).multiply(new BigDecimal(Double.MIN_VALUE));
    }

    /** Sum {@code k} in units of {@code 2^-1074}. */
    private BigInteger units(int k) {
        normalise();
        int base = k * DIGITS;
        BigInteger big = BigInteger.valueOf(digits[base + DIGITS - 1]);
        for (int i = DIGITS - 2; i >= 0; i--) {
            big = big.shiftLeft(32).or(BigInteger.valueOf(digits[base + i]));
        }
        return big;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        normalise();
        out.defaultWriteObject();
    }
}
