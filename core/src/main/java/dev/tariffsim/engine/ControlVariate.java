package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;

/**
 * A path quantity whose mean the model knows exactly, recorded on every path so that the engine can use it as a
 * control variate ({@link MonteCarlo.Builder#controlVariates}): the estimate of each metric's mean is then corrected
 * by the regression of the metric on the controls' errors {@code X - mean}, which removes the part of its variance
 * the controls explain.
 *
 * @param name a short name, as run information prints it
 * @param mean the exact mean of the quantity, in its unit
 * @param description what the quantity is and why its mean is known
 */
public record ControlVariate(String name, double mean, String description) {
    /** @throws IllegalArgumentException if a name or description is blank or the mean not finite */
    public ControlVariate {
        Checks.requireName(name, "name");
        Checks.requireFinite(mean, "mean");
        Checks.requireName(description, "description");
    }
}
