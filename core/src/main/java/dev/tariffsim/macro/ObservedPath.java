package dev.tariffsim.macro;

import dev.tariffsim.internal.Checks;
import java.util.List;

/**
 * An observed monthly path that replaces a stochastic process for the first months of a horizon: value
 * {@code k} is the level in month {@code k} of the scenario (month 0 is the scenario's start). After the last
 * observed month the process continues stochastically from the last observed value. Immutable.
 *
 * @param values the observed monthly levels, in the process's unit (KRW per USD for FX, the index for US demand);
 *     at least one, each positive and finite
 */
public record ObservedPath(List<Double> values) {
    /** @throws IllegalArgumentException naming the offending value */
    public ObservedPath {
        Checks.requireNonNull(values, "observed");
        Checks.requireArgument(!values.isEmpty(), "observed", "[]", "at least one monthly value");
        for (int i = 0; i < values.size(); i++) {
            Checks.requireNonNull(values.get(i), "observed[" + i + "]");
            Checks.requirePositiveFinite(values.get(i), "observed[" + i + "]");
        }
        values = List.copyOf(values);
    }

    /** A path of the given values. @throws IllegalArgumentException if a value is not positive and finite */
    public static ObservedPath of(double... values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return new ObservedPath(List.of(boxed));
    }

    /** The number of observed months. */
    public int months() {
        return values.size();
    }

    /** The natural logarithms of the values, a fresh array. */
    double[] logs() {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(values.get(i));
        }
        return out;
    }

    /** The values, a fresh array. */
    double[] levels() {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
