/**
 * Worked examples of the library API, each a small program with a {@code main} method. Entry point:
 * {@link dev.tariffsim.examples.FirstYearSavings}, the first-year tariff savings of Korea's car and parts
 * exporters under 15% instead of 25%, built from the bundled reference scenario. The command-line runner
 * lives in {@link dev.tariffsim.examples.cli}.
 */
package dev.tariffsim.examples;
