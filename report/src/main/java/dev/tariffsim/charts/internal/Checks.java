package dev.tariffsim.charts.internal;

import java.util.Locale;

/**
 * Argument checks of the report module, returning the checked value; messages name the argument and the
 * value, in {@link Locale#US}, as core's checks do (core keeps its own in a package it does not export).
 *
 * <p>Not API: this package may change without notice.
 */
public final class Checks {
    private Checks() {
    }

    /** Formats with {@link Locale#US}. */
    public static String format(String pattern, Object... args) {
        return String.format(Locale.US, pattern, args);
    }

    /** @throws IllegalArgumentException unless {@code condition} holds: "{name} is not {expected}: {value}" */
    public static void requireArgument(boolean condition, String name, Object value, String expected) {
        if (!condition) {
            throw new IllegalArgumentException(format("%s is not %s: %s", name, expected, value));
        }
    }

    /** @throws IllegalArgumentException if {@code value} is null */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing (null)");
        }
        return value;
    }

    /** @throws IllegalArgumentException if {@code x} is NaN or infinite */
    public static double requireFinite(double x, String name) {
        requireArgument(Double.isFinite(x), name, x, "finite");
        return x;
    }

    /** @throws IllegalArgumentException unless {@code x > 0} */
    public static int requirePositive(int x, String name) {
        requireArgument(x > 0, name, x, "positive");
        return x;
    }
}
