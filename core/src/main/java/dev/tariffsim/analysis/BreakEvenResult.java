package dev.tariffsim.analysis;

import dev.tariffsim.stats.Interval;

/**
 * A break-even parameter value. Immutable.
 *
 * @param path the solved parameter's path
 * @param statistic the statistic that reaches the target
 * @param target the target, in the metric's unit
 * @param unit the metric's unit as the model declares it
 * @param root the parameter value found, in the parameter's unit
 * @param interval its 95% confidence interval (delta method, see {@link BreakEven})
 * @param slope the statistic's change per unit of the parameter near the root
 * @param valueAtRoot the statistic at the root (equal to the target within the solver's accuracy times the slope)
 * @param stdErrorAtRoot the statistic's standard error at the root
 * @param runs model runs made
 * @param paths paths per run
 * @param seed the seed of every run
 */
public record BreakEvenResult(String path, Statistic statistic, double target, String unit, double root, Interval interval,
                              double slope, double valueAtRoot, double stdErrorAtRoot, int runs, long paths,
                              long seed) {
}
