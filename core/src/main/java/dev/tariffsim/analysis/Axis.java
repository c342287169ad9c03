package dev.tariffsim.analysis;

import dev.tariffsim.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a sweep takes for one parameter, addressed by its path in the scenario file
 * ({@link ScenarioParameters}). Immutable.
 *
 * @param path the parameter's path, such as {@code pledge.cash.annualCap}
 * @param values the values, in the parameter's unit, in sweep order; 1 to {@value #MAX_VALUES} finite numbers
 */
public record Axis(String path, List<Double> values) {
    /** The most values an axis takes. */
    public static final int MAX_VALUES = 1000;

    /** @throws IllegalArgumentException if the path is blank or the values are empty, too many or not finite */
    public Axis {
        Checks.requireName(path, "axis path");
        values = List.copyOf(values);
        Checks.requireArgument(!values.isEmpty() && values.size() <= MAX_VALUES, "values of " + path, values.size(),
            "1 to " + MAX_VALUES + " values");
        for (double v : values) {
            Checks.requireFinite(v, "value of " + path);
        }
    }

    /**
     * Parses {@code path=low:high:step} (low, low + step, ... up to high, inclusive within a tolerance of a
     * millionth of a step) or {@code path=v1,v2,...}.
     *
     * @throws IllegalArgumentException with one message naming the text if it is malformed
     */
    public static Axis parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("parameter is not of the form PATH=LOW:HIGH:STEP or PATH=V1,V2,...: "
                + text);
        }
        String path = text.substring(0, eq);
        String spec = text.substring(eq + 1);
        List<Double> values = new ArrayList<>();
        if (spec.contains(":")) {
            String[] p = spec.split(":", -1);
            if (p.length != 3) {
                throw new IllegalArgumentException("parameter range is not LOW:HIGH:STEP: " + text);
            }
            BigDecimal lo = decimal(p[0], text);
            BigDecimal hi = decimal(p[1], text);
            BigDecimal step = decimal(p[2], text);
            if (step.signum() <= 0 || hi.compareTo(lo) < 0) {
                throw new IllegalArgumentException("parameter range needs LOW <= HIGH and a positive STEP: " + text);
            }
            for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
                if (values.size() == MAX_VALUES) {
                    throw new IllegalArgumentException("parameter range has more than " + MAX_VALUES + " values: "
                        + text);
                }
                values.add(v.doubleValue());
            }
        } else {
            for (String v : spec.split(",", -1)) {
                values.add(decimal(v, text).doubleValue());
            }
        }
        return new Axis(path, values);
    }

    private static BigDecimal decimal(String s, String text) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter value is not a number: \"" + s + "\" in " + text);
        }
    }
}
