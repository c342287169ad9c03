/**
 * Reports of a run: {@link dev.tariffsim.report.ResultFormat} writes a result as JSON, CSV or a text table.
 */
package dev.tariffsim.report;
