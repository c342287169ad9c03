package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.PathRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link PathModel} for many paths on several threads.
 *
 * <h2>Reproducibility</h2>
 * (model, seed, paths) determines every number of the result, bit for bit, whatever the thread count: path {@code i}
 * draws from streams seeded by (seed, {@code i}, component name) alone ({@link PathRandom}); batches of {@value #BATCH}
 * paths are merged in index order; precision targets are checked at fixed path counts. Any partition of the paths
 * into {@link PathRange}s, simulated with {@link #simulate} and merged in order, gives the same numbers bit for bit.
 *
 * <h2>Precision control</h2>
 * With {@link Builder#precision} targets the run checks them every {@link Builder#checkEvery} paths after
 * {@link Builder#minPaths}; a target is met only as {@link PrecisionTarget} states.
 *
 * <h2>Antithetic sampling, randomised QMC, Latin hypercubes</h2>
 * Errors and precision checks use pair means (path {@code 2k+1} mirrors {@code 2k}), replicate or block means.
 *
 * <h2>Threads and failures</h2>
 * Worker threads are created for a run and joined before {@link #run} returns: none outlives it. An exception thrown
 * by the model stops the run and reaches the caller as a {@link SimulationException} whose cause is the original
 * exception (a NaN or infinite output is such a failure). Instances are immutable and may run many models
 * concurrently; each run has its own cancellation unless the builder was given one.
 *
 * <pre>{@code
 * SimulationResult r = MonteCarlo.builder().paths(100_000).seed(42).build().run(model);
 * double mean = r.metric("netDealValue").mean();
 * }</pre>
 */
public final class MonteCarlo {
    /** Paths per batch: the grain of parallel work, cancellation and precision checks. */
    public static final int BATCH = 1024;
    /** The most paths one run holds. */
    public static final int MAX_PATHS = 1 << 30;

    private final long paths;
    private final long seed;
    private final int threads;
    /** Antithetics, sampling design, replicates, control variates, series and quantile mode. */
    private final SamplingPlan plan;
    private final List<PrecisionTarget> targets;
    private final long minPaths;
    private final long checkEvery;
    private final ProgressListener listener;
    private final Cancellation cancellation;

    private MonteCarlo(Builder b) {
        this.paths = b.paths;
        this.seed = b.seed;
        this.threads = b.threads;
        this.plan = new SamplingPlan(b.antithetic, b.sampling, Sampling.replication(b.sampling, b.replicates,
            b.blockSize, b.antithetic, paths), b.controlVariates, b.recordSeries, b.quantiles);
        this.targets = List.copyOf(b.targets);
        this.minPaths = b.minPaths;
        this.checkEvery = b.checkEvery;
        this.listener = b.listener;
        this.cancellation = b.cancellation;
    }

    /** A builder with 10,000 paths, seed 1, one thread per available processor, no antithetics. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Simulates one range of paths on the calling thread, with this runner's seed, sampling and series settings: the
     * unit of work for distributing a run. Partial results merge with {@link ResultAccumulator#merge} in range order;
     * any partition of {@code [0, paths)} gives bit-identical statistics. Precision targets, threads, listener and
     * cancellation do not apply.
     *
     * @throws SimulationException if the model fails on a path
     * @throws IllegalArgumentException if the range ends beyond {@link #MAX_PATHS}
     */
    public ResultAccumulator simulate(PathModel model, PathRange range) {
        Checks.requireNonNull(model, "model");
        Checks.requireNonNull(range, "range");
        Checks.requireArgument(range.end() <= MAX_PATHS, "range.end", range.end(), "at most " + MAX_PATHS);
        Worker w = new Worker(model, seed, plan.antithetic(), plan.design(model, seed));
        ResultAccumulator acc = plan.accumulator(model.outputs(), plan.controls(model), range.start(),
            (int) range.size(), paths);
        w.simulate(range.start(), range.end(), acc);
        return acc;
    }

    /**
     * The result of paths simulated elsewhere: {@code merged} holds the ranges of {@link #simulate}, merged in order
     * from path 0 (for example by a cluster). The statistics are those {@link #run} would give for the same paths, bit
     * for bit; the run information records this runner's seed and threads, the merged path count, no elapsed time and
     * {@link StopReason#PATHS_COMPLETED}. The accumulator's values are handed over: it is left empty.
     *
     * @throws IllegalArgumentException if {@code merged} does not start at path 0, or was made with other outputs or
     *     other antithetic, replicate, block or control-variate settings than this runner and model
     */
    public SimulationResult result(PathModel model, ResultAccumulator merged) {
        Checks.requireNonNull(model, "model");
        FinalStatistics.requireMergedMatches(Checks.requireNonNull(merged, "merged"), model, plan.antithetic(),
            plan.replication(), plan.controls(model));
        String generator = Sampling.generator(plan.design(model, seed), merged.controls());
        RunInfo info = new RunInfo(seed, merged.count(), threads, plan.antithetic(), generator, Version.get(), 0, 0,
            StopReason.PATHS_COMPLETED);
        return FinalStatistics.result(info, model, merged, threads);
    }

    /**
     * Runs the model. A run cancelled before its first batch returns an empty result (0 paths, statistics NaN).
     *
     * @throws SimulationException if the model fails on a path (for a NaN or infinite output, with a
     *     {@link NonFiniteValueException} as the cause)
     * @throws IllegalArgumentException if a precision target names a metric the model does not declare
     */
    public SimulationResult run(PathModel model) {
        Checks.requireNonNull(model, "model");
        OutputSpec spec = model.outputs();
        int[] targetIndex = PrecisionTarget.metricIndices(targets, spec);
        var design = plan.design(model, seed);
        var controls = plan.controls(model);
        Cancellation cancel = cancellation != null ? cancellation : new Cancellation();
        long start = System.nanoTime();
        int reserve = (int) (targets.isEmpty() ? paths : Math.min(paths, minPaths));
        var total = plan.accumulator(spec, controls, 0, reserve, paths);
        ParallelRound.Clock clock = new ParallelRound.Clock(start, paths, listener);
        StopReason reason = ParallelRound.runRounds(new ParallelRound.Plan(model, seed, plan.antithetic(), design,
            controls, plan.recordSeries(), threads, paths, targets, targetIndex, minPaths, checkEvery), cancel, clock,
            total);
        long done = total.count();
        double seconds = (System.nanoTime() - start) / 1e9;
        clock.finish(done);
        RunInfo info = new RunInfo(seed, done, threads, plan.antithetic(), Sampling.generator(design, controls),
            Version.get(), seconds, seconds > 0 ? done / seconds : 0, reason);
        return FinalStatistics.result(info, model, total, threads);
    }

    /** The paths of a run, or its maximum under precision control. */
    public long paths() {
        return paths;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    /** Settings of a run. Not thread-safe. */
    public static final class Builder {
        private long paths = 10_000;
        private long seed = 1;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean antithetic;
        private Sampling sampling = Sampling.MC;
        private int replicates = Sampling.DEFAULT_REPLICATES;
        private int blockSize = Sampling.AUTO_BLOCK_SIZE;
        private boolean replicatesSet;
        private boolean blockSizeSet;
        private boolean controlVariates;
        private boolean recordSeries = true;
        private QuantileMode quantiles = QuantileMode.AUTO;
        private final List<PrecisionTarget> targets = new ArrayList<>();
        private long minPaths = 10 * BATCH;
        private long checkEvery = 10 * BATCH;
        private ProgressListener listener = ProgressListener.NONE;
        private Cancellation cancellation;

        private Builder() {
        }

        /**
         * The number of paths; under precision control, the most paths to run.
         *
         * @throws IllegalArgumentException unless {@code 1 <= paths <= MAX_PATHS}
         */
        public Builder paths(long paths) {
            Checks.requireArgument(paths >= 1 && paths <= MAX_PATHS, "paths", paths, "in [1, " + MAX_PATHS + "]");
            this.paths = paths;
            return this;
        }

        /** The seed: with the model and the number of paths it fixes every number. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Worker threads; results do not depend on it. @throws IllegalArgumentException unless in [1, 1024] */
        public Builder threads(int threads) {
            Checks.requireArgument(threads >= 1 && threads <= 1024, "threads", threads, "in [1, 1024]");
            this.threads = threads;
            return this;
        }

        /** Whether paths come in antithetic pairs (path 2k+1 mirrors path 2k). */
        public Builder antithetic(boolean antithetic) {
            this.antithetic = antithetic;
            return this;
        }

        /** How paths draw their numbers (default MC); RQMC and LHS need no antithetics, whole replicates/blocks. */
        public Builder sampling(Sampling sampling) {
            this.sampling = Checks.requireNonNull(sampling, "sampling");
            return this;
        }

        /** RQMC replicates (default 16; RQMC only). @throws IllegalArgumentException unless a power of 2, 2 to 1024 */
        public Builder replicates(int replicates) {
            Checks.requireArgument(replicates >= 2 && replicates <= 1024 && Integer.bitCount(replicates) == 1,
                "replicates", replicates, "a power of two in [2, 1024]");
            this.replicates = replicates;
            this.replicatesSet = true;
            return this;
        }

        /**
         * LHS block size (default {@link dev.tariffsim.random.LatinHypercubeDesign#autoBlockSize}: the largest power of
         * two up to 1,024 leaving at least 16 blocks, also asked for by {@link Sampling#AUTO_BLOCK_SIZE}; LHS only).
         * @throws IllegalArgumentException unless a power of two in [2, 1024] or {@link Sampling#AUTO_BLOCK_SIZE}
         */
        public Builder blockSize(int blockSize) {
            this.blockSize = blockSize == Sampling.AUTO_BLOCK_SIZE ? blockSize
                : dev.tariffsim.random.LatinHypercubeDesign.requireBlockSize(blockSize);
            this.blockSizeSet = blockSize != Sampling.AUTO_BLOCK_SIZE;
            return this;
        }

        /** Whether non-event means use the model's {@link PathModel#controlVariates()} (default false). */
        public Builder controlVariates(boolean controlVariates) {
            this.controlVariates = controlVariates;
            return this;
        }

        /** Whether to keep time-series bands (default true); sweeps that need only metrics run faster without. */
        public Builder recordSeries(boolean recordSeries) {
            this.recordSeries = recordSeries;
            return this;
        }

        /** How metrics are kept (default {@code AUTO}: by the run's paths x metrics; see {@link QuantileMode}). */
        public Builder quantiles(QuantileMode quantiles) {
            this.quantiles = Checks.requireNonNull(quantiles, "quantiles");
            return this;
        }

        /** Adds a precision target: the run stops once every target is met at a checkpoint. */
        public Builder precision(PrecisionTarget target) {
            targets.add(Checks.requireNonNull(target, "target"));
            return this;
        }

        /**
         * The fewest paths before checking precision (default 10,240), rounded up to a whole batch.
         * @throws IllegalArgumentException unless positive
         */
        public Builder minPaths(long minPaths) {
            Checks.requirePositive(minPaths, "minPaths");
            this.minPaths = (minPaths + BATCH - 1) / BATCH * BATCH;
            return this;
        }

        /**
         * How many paths between precision checks (default 10,240), rounded up to a whole batch so that checkpoints
         * fall on batch boundaries. @throws IllegalArgumentException unless positive
         */
        public Builder checkEvery(long checkEvery) {
            Checks.requirePositive(checkEvery, "checkEvery");
            this.checkEvery = (checkEvery + BATCH - 1) / BATCH * BATCH;
            return this;
        }

        /** Who is told of progress. */
        public Builder listener(ProgressListener listener) {
            this.listener = Checks.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * A flag that cancels runs. By default every run gets its own flag, set only when the thread that called
         * {@link MonteCarlo#run} is interrupted. A flag given here is shared by every run of the built runner: once
         * set it stays set, and later runs stop at once (with 0 paths).
         */
        public Builder cancellation(Cancellation cancellation) {
            this.cancellation = Checks.requireNonNull(cancellation, "cancellation");
            return this;
        }

        /** The runner. @throws IllegalArgumentException for sampling settings that do not go together */
        public MonteCarlo build() {
            Sampling.requireApplies(sampling, replicatesSet, replicates, blockSizeSet, blockSize);
            return new MonteCarlo(this);
        }
    }
}
