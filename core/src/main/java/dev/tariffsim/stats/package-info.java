/**
 * Statistics of a run: {@link dev.tariffsim.stats.MetricStatistics} for scalar and event metrics (exact
 * quantiles, tail risk, Wilson intervals), {@link dev.tariffsim.stats.SeriesBands} for time series, built
 * on the mergeable {@link dev.tariffsim.stats.QuantileSketch}, and {@link dev.tariffsim.stats.ConvergenceTrace}
 * for how a mean settled as paths were added.
 */
package dev.tariffsim.stats;
