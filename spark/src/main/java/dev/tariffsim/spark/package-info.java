/**
 * tariffsim on Apache Spark: a run's paths split into {@link dev.tariffsim.engine.PathRange}s aligned to the
 * engine's batches, one Spark task per range, partial {@link dev.tariffsim.engine.ResultAccumulator}s merged on
 * the driver in range order, giving the library's ordinary {@link dev.tariffsim.engine.SimulationResult}.
 * Entry points: {@link dev.tariffsim.spark.SparkMonteCarlo} (the API) and {@link dev.tariffsim.spark.SparkMain}
 * (the command line for {@code spark-submit}). Models travel as {@link dev.tariffsim.spark.ModelSource}s: the
 * scenario's JSON text, read again on every executor, so no shared file system is needed.
 */
package dev.tariffsim.spark;
