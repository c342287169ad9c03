/**
 * Public figures with their sources, bundled with the library: {@link dev.tariffsim.calibration.Calibration}
 * (entry point) loads a named set.
 */
package dev.tariffsim.calibration;
