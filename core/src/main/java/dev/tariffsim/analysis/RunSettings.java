package dev.tariffsim.analysis;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.ProgressListener;
import dev.tariffsim.internal.Checks;

/**
 * How every run of an analysis is made: a fixed number of paths, one seed for all runs (so that every point,
 * bar or evaluation is on common random numbers), worker threads, and who is told of progress. Analyses run
 * without antithetic pairs, precision targets or series: paths must be independent for their confidence
 * intervals. Results do not depend on the thread count. Immutable.
 *
 * @param paths paths per run, in [1, {@link MonteCarlo#MAX_PATHS}]
 * @param seed the seed of every run
 * @param threads worker threads, in [1, 1024]
 * @param listener told of each run's progress
 * @param evaluator where the runs are made ({@link Evaluator#local()} unless chosen)
 */
public record RunSettings(long paths, long seed, int threads, ProgressListener listener, Evaluator evaluator) {
    /** @throws IllegalArgumentException if paths or threads are out of range */
    public RunSettings {
        Checks.requireArgument(paths >= 1 && paths <= MonteCarlo.MAX_PATHS, "paths", paths,
            "in [1, " + MonteCarlo.MAX_PATHS + "]");
        Checks.requireArgument(threads >= 1 && threads <= 1024, "threads", threads, "in [1, 1024]");
        Checks.requireNonNull(listener, "listener");
        Checks.requireNonNull(evaluator, "evaluator");
    }

    /** Settings that run on the local evaluator. @throws IllegalArgumentException if out of range */
    public RunSettings(long paths, long seed, int threads, ProgressListener listener) {
        this(paths, seed, threads, listener, Evaluator.local());
    }

    /** {@code paths} paths from {@code seed}, one thread per processor, no progress reports. */
    public static RunSettings of(long paths, long seed) {
        return new RunSettings(paths, seed, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }

    /** The same with {@code threads} worker threads. */
    public RunSettings withThreads(int threads) {
        return new RunSettings(paths, seed, threads, listener, evaluator);
    }

    /** The same, telling {@code listener} of progress. */
    public RunSettings withListener(ProgressListener listener) {
        return new RunSettings(paths, seed, threads, listener, evaluator);
    }

    /** The same, making its runs on {@code evaluator} (a cluster, say). */
    public RunSettings withEvaluator(Evaluator evaluator) {
        return new RunSettings(paths, seed, threads, listener, evaluator);
    }

    /** The local engine that makes one run. */
    MonteCarlo runner() {
        return MonteCarlo.builder().paths(paths).seed(seed).threads(threads).antithetic(false).recordSeries(false)
            .listener(listener).build();
    }
}
