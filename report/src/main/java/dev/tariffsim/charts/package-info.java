/**
 * Charts of tariffsim results, rendered server-side with JFreeChart to SVG (JFreeSVG) and PNG: histograms,
 * fan charts with reference lines, regime shares, differences between scenarios, and generic bars with
 * error bars, tornado, sweep, Sobol and convergence charts that take plain data. Entry points:
 * {@link dev.tariffsim.charts.Charts} and {@link dev.tariffsim.charts.ScenarioCharts}; a
 * {@link dev.tariffsim.charts.Chart} renders itself. The HTML report is in {@code dev.tariffsim.charts.html}.
 */
package dev.tariffsim.charts;
