/**
 * Reports of a run: {@link dev.tariffsim.report.ReportFormat} (the entry point) lists the formats (text table,
 * JSON, CSV) and writes a {@link dev.tariffsim.engine.SimulationResult} in any of them, from the result alone; the
 * table shows metrics named {@code calendar.<year>.<flow>} as a year-by-flow block.
 */
package dev.tariffsim.report;
