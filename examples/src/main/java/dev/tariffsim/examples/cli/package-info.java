/**
 * The {@code ./tariffsim} command-line runner. Entry point: {@link dev.tariffsim.examples.cli.Main}
 * ({@code run}, {@code compare}, {@code validate}, {@code list}, {@code help} and the analysis verbs),
 * which parses flags into {@code Options}, runs the scenario locally or on Spark ({@code Backend}), and
 * writes tables, JSON, CSV, HTML reports and charts. Exit codes: 0 success, 2 invalid input (one message, no
 * stack trace), 1 an internal failure. Not API: the classes here may change without notice.
 */
package dev.tariffsim.examples.cli;
