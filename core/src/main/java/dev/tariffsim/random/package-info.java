/**
 * Random numbers: per-path named sub-streams of the JDK's {@code L64X128MixRandom} ({@link
 * dev.tariffsim.random.PathRandom}, the entry point), correlated normals ({@link
 * dev.tariffsim.random.CorrelationMatrix}; {@link dev.tariffsim.random.CorrelatedNormals3}, its 3 x 3 product a step) and the distributions of uncertain inputs, sampled by
 * inverse CDF ({@link dev.tariffsim.random.Distribution}); and the designs that replace a model's declared draws
 * ({@link dev.tariffsim.random.QuasiRandomBlock}) by points of the unit cube ({@link dev.tariffsim.random.PointDesign}:
 * scrambled Sobol' replicates, {@link dev.tariffsim.random.QuasiRandomDesign}, or replicated Latin hypercubes,
 * {@link dev.tariffsim.random.LatinHypercubeDesign}).
 */
package dev.tariffsim.random;
