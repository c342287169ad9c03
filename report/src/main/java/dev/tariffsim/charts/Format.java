package dev.tariffsim.charts;

import java.util.Locale;

/** Numbers for labels, always in {@link Locale#US}: four significant figures with thousands separators. */
public final class Format {
    private Format() {
    }

    /**
     * A number with four significant figures but at most four decimals, and thousands
     * separators, whole numbers without decimals, for example {@code -48.50}, {@code 1,550}, {@code 400},
     * {@code 0.0759}; NaN as {@code NaN}.
     */
    public static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e9 || a < 1e-4) {
            return String.format(Locale.US, "%.3e", x);
        }
        int decimals = x == Math.rint(x) ? 0 : Math.min(4, Math.max(0, 3 - (int) Math.floor(Math.log10(a))));
        String s = String.format(Locale.US, "%,." + decimals + "f", x);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** A share as a percentage with two decimals, for example {@code 7.59%}. */
    public static String percent(double share) {
        String s = String.format(Locale.US, "%.2f%%", 100 * share);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
