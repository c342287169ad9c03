/**
 * JMH benchmarks of the simulation hot loop (random numbers, one reference path, a full run, the
 * accumulator, and a naive reference implementation for comparison). Not part of the library. Entry point:
 * JMH's {@code org.openjdk.jmh.Main}, the main class of the shaded {@code benchmarks/target/benchmarks.jar};
 * run one benchmark with
 * {@code mvn -B -pl benchmarks -am verify -DskipTests -Pbenchmark -Dbenchmark=ReferencePathBenchmark}, or
 * {@code java -jar benchmarks/target/benchmarks.jar -l} to list them (see {@code benchmarks/README.md}).
 * {@code Reference} builds the shared reference scenario state.
 */
package dev.tariffsim.benchmarks;
