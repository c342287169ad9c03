/** Helpers of the report module ({@link dev.tariffsim.charts.internal.Checks}); not API. */
package dev.tariffsim.charts.internal;
