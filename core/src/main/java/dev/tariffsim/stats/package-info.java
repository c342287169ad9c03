/**
 * Statistics of a run: {@link dev.tariffsim.stats.MetricStatistics} for scalar and event metrics (exact
 * quantiles, tail risk, Wilson intervals), {@link dev.tariffsim.stats.SeriesBands} for time series, built
 * on the mergeable {@link dev.tariffsim.stats.QuantileSketch}, and {@link dev.tariffsim.stats.ConvergenceTrace}
 * for how a mean settled as paths were added. {@link dev.tariffsim.stats.Replication} says how a run's dependent
 * paths form the independent replicates its standard errors come from (RQMC replicates, Latin hypercube blocks).
 */
package dev.tariffsim.stats;
