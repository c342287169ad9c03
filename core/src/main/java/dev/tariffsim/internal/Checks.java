package dev.tariffsim.internal;

import java.util.Locale;

/**
 * Argument checks that return the checked value, so that a constructor validates every argument
 * before it assigns anything. Every message names the parameter and the offending value.
 *
 * <p>Not API: this package may change without notice.
 */
public final class Checks {
    private Checks() {
    }

    /** Formats with {@link Locale#US}, so messages do not depend on the default locale. */
    public static String format(String pattern, Object... args) {
        return String.format(Locale.US, pattern, args);
    }

    private static IllegalArgumentException fail(String name, Object value, String expected) {
        return new IllegalArgumentException(format("%s is not %s: %s", name, expected, value));
    }

    /** @throws IllegalArgumentException if {@code x} is NaN or infinite */
    public static double requireFinite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw fail(name, x, "finite");
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code x > 0} and finite */
    public static double requirePositiveFinite(double x, String name) {
        if (!(x > 0) || !Double.isFinite(x)) {
            throw fail(name, x, "positive and finite");
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code x >= 0} and finite */
    public static double requireNonNegativeFinite(double x, String name) {
        if (!(x >= 0) || !Double.isFinite(x)) {
            throw fail(name, x, "non-negative and finite");
        }
        return x;
    }

    /**
     * The largest amount of money a scenario may hold, in USD billions: 100,000 (USD 100 trillion, about the
     * world's annual GDP). Larger inputs are mistakes, and far larger ones overflow the model's sums.
     */
    public static final double MAX_USD_BN = 1e5;

    /** @throws IllegalArgumentException unless {@code 0 <= x <= MAX_USD_BN} (an amount in USD billions) */
    public static double requireAmount(double x, String name) {
        if (!(x >= 0 && x <= MAX_USD_BN)) {
            throw fail(name, x, "an amount in [0, 100000] USD billions");
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code 0 < x <= MAX_USD_BN} (an amount in USD billions) */
    public static double requirePositiveAmount(double x, String name) {
        if (!(x > 0 && x <= MAX_USD_BN)) {
            throw fail(name, x, "an amount in (0, 100000] USD billions");
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code lo <= x <= hi} */
    public static double requireInRange(double x, double lo, double hi, String name) {
        if (!(x >= lo && x <= hi)) {
            throw fail(name, x, format("in [%s, %s]", lo, hi));
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code 0 <= x <= 1} */
    public static double requireProbability(double x, String name) {
        return requireInRange(x, 0.0, 1.0, name);
    }

    /** @throws IllegalArgumentException unless {@code 0 < x < 1} */
    public static double requireOpenUnit(double x, String name) {
        if (!(x > 0 && x < 1)) {
            throw fail(name, x, "in (0, 1)");
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code x > 0} */
    public static int requirePositive(int x, String name) {
        if (x <= 0) {
            throw fail(name, x, "positive");
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code x > 0} */
    public static long requirePositive(long x, String name) {
        if (x <= 0) {
            throw fail(name, x, "positive");
        }
        return x;
    }

    /** @throws IllegalArgumentException unless {@code x >= 0} */
    public static int requireNonNegative(int x, String name) {
        if (x < 0) {
            throw fail(name, x, "non-negative");
        }
        return x;
    }

    /** @throws IllegalArgumentException if {@code value} is null */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing (null)");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code condition} holds */
    public static void requireArgument(boolean condition, String name, Object value, String expected) {
        if (!condition) {
            throw fail(name, value, expected);
        }
    }

    /** @throws IllegalArgumentException if the name is null or blank */
    public static String requireName(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing or blank: " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    /** The identifier pattern of {@link #requireIdentifier}: a letter, then letters, digits, {@code _} or {@code -}. */
    public static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /**
     * Checks a name that becomes one segment of a metric or parameter path ({@code lines.NAME.exportValue}): a
     * letter followed by letters, digits, {@code _} or {@code -}, so no dot, space, quote or line break can make a
     * path ambiguous.
     *
     * @throws IllegalArgumentException if the name is null or does not match {@link #IDENTIFIER}
     */
    public static String requireIdentifier(String value, String name) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not a name of the form [A-Za-z][A-Za-z0-9_-]*: "
                + (value == null ? "null" : "\"" + value.replace("\n", "\\n").replace("\r", "\\r") + "\""));
        }
        return value;
    }
}
