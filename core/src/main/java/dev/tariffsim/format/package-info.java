/**
 * The scenario file format ({@code "formatVersion": 1}, docs/scenario-format.md):
 * {@link dev.tariffsim.format.ScenarioJson} (entry point) reads a file strictly, naming any unknown, missing,
 * mistyped or out-of-range field by its path, and writes a scenario back; the package-private writer and strict
 * JSON helper do the field-by-field work.
 */
package dev.tariffsim.format;
