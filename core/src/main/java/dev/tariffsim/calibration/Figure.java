package dev.tariffsim.calibration;

/**
 * One public figure used to calibrate a scenario.
 *
 * @param name dotted name, for example {@code exports.vehicles.2024}
 * @param value the number, in {@code unit}
 * @param unit the unit: {@code USD bn/year}, {@code rate}, {@code KRW per USD}, ...
 * @param period when the figure applies
 * @param source where it comes from
 */
public record Figure(String name, double value, String unit, String period, String source) {
}
