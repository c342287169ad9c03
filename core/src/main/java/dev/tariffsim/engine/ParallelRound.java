package dev.tariffsim.engine;

import dev.tariffsim.internal.Threads;
import dev.tariffsim.random.PointDesign;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The rounds of one run: the paths up to each precision checkpoint (or all of them, without targets), in batches of
 * {@link MonteCarlo#BATCH} merged into the run's total strictly in index order, so that the total does not depend on
 * which worker ran which paths (any partition merged in order gives the same numbers, see {@link PathRange}).
 *
 * <p>On one thread (or for a run of one batch) the caller runs the batches itself. Otherwise the run starts its
 * worker threads once and keeps them, with their simulators, across rounds. The workers pull chunks in index order:
 * whole batches, or quarter batches where merging is only an array copy (every value kept, no series), so that even a
 * run of one or two batches keeps every thread busy. They run up to {@link #AHEAD} batches per worker beyond the
 * merged prefix, also past the next checkpoint, while the caller merges nothing beyond the checkpoint until it has
 * checked the targets there. A run that stops at a checkpoint therefore holds exactly the paths before it, as if the
 * rounds had run one after another; chunks simulated beyond it are dropped, and a worker abandons the chunk it is
 * running at its next path. A chunk that fails fails the run once the merge reaches it (the failure of the first
 * failing chunk in path order); a failure beyond the checkpoint where the run stops is dropped with it. Cancellation
 * is looked at before each chunk; the run then keeps the completed prefix of whole batches up to the round's end.
 * Every thread is joined before {@link #runRounds} returns. Chunk accumulators come from a pool of the run, so a run
 * allocates them only while the pool fills. The queue of chunks and the merge are {@link ChunkQueue}.
 */
final class ParallelRound {
    /** Batches each worker may run ahead of the merged prefix. */
    static final int AHEAD = 2;
    /** The chunks of a batch on several threads where merging is an array copy. */
    static final int SPLIT = 4;

    private final Plan plan;
    private final Cancellation cancellation;
    private final Clock clock;
    private final ResultAccumulator total;

    private ParallelRound(Plan plan, Cancellation cancellation, Clock clock, ResultAccumulator total) {
        this.plan = plan;
        this.cancellation = cancellation;
        this.clock = clock;
        this.total = total;
    }

    /** What a run does: the settings {@link #runRounds} needs. */
    record Plan(PathModel model, long seed, boolean antithetic, PointDesign design,
                List<ControlVariate> controls, boolean recordSeries, int threads, long paths,
                List<PrecisionTarget> targets, int[] targetIndex, long minPaths, long checkEvery) {
        /** The end of the round that starts after {@code done} paths: the next checkpoint, or the last path. */
        long roundEnd(long done) {
            return targets.isEmpty() ? paths : Math.min(paths, Math.max(minPaths, done + checkEvery));
        }
    }

    /**
     * Runs rounds into {@code total} until the paths are done, the precision targets are met at a checkpoint, or the
     * run is cancelled; returns why it stopped.
     */
    static StopReason runRounds(Plan p, Cancellation cancel, Clock clock, ResultAccumulator total) {
        int split = p.threads() > 1 && !p.recordSeries() && total.quantileMode() == QuantileMode.EXACT ? SPLIT : 1;
        int grain = MonteCarlo.BATCH / split;
        int threads = (int) Math.min(p.threads(), (p.paths() + grain - 1) / grain);
        ParallelRound run = new ParallelRound(p, cancel, clock, total);
        return threads <= 1 ? run.inline() : run.parallel(split, threads);
    }

    /** Why the run stops after a round, complete or not, or null to go on. */
    private StopReason afterRound(boolean complete) {
        if (!complete) {
            return StopReason.CANCELLED;
        }
        boolean targets = !plan.targets().isEmpty();
        if (targets && PrecisionTarget.allMet(plan.targets(), plan.targetIndex(), total, plan.antithetic())) {
            return StopReason.PRECISION_REACHED;
        }
        if (total.count() >= plan.paths()) {
            return !targets ? StopReason.PATHS_COMPLETED : StopReason.MAX_PATHS_REACHED;
        }
        return null;
    }

    /** Every round on the calling thread, batch by batch. */
    private StopReason inline() {
        ArrayDeque<ResultAccumulator> pool = new ArrayDeque<>(1);
        try {
            Worker w = newWorker();
            while (true) {
                long done = total.count();
                long end = plan.roundEnd(done);
                boolean complete = true;
                for (long from = done; from < end; from += MonteCarlo.BATCH) {
                    if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
                        complete = false;
                        break;
                    }
                    ResultAccumulator acc = pool.isEmpty() ? emptyAccumulator() : pool.pop();
                    acc.restart(from);
                    w.simulate(from, Math.min(end, from + MonteCarlo.BATCH), acc);
                    total.merge(acc);
                    pool.push(acc);
                    clock.tick(total.count());
                }
                StopReason reason = afterRound(complete);
                if (reason != null) {
                    return reason;
                }
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private Worker newWorker() {
        return new Worker(plan.model(), plan.seed(), plan.antithetic(), plan.design());
    }

    /** An empty batch accumulator with the run's settings. */
    private ResultAccumulator emptyAccumulator() {
        return new ResultAccumulator(plan.model().outputs(), 0, MonteCarlo.BATCH, plan.recordSeries(),
            plan.antithetic(), Sampling.replication(plan.design()), plan.controls(), total.quantileMode());
    }

    /** Rounds on worker threads started once for the run; the caller checks the targets and joins. */
    private StopReason parallel(int split, int n) {
        ChunkQueue queue = new ChunkQueue(total, clock, cancellation, this::emptyAccumulator, plan.paths(), split, n,
            AHEAD);
        Thread[] threads = new Thread[n];
        for (int k = 0; k < n; k++) {
            final int slot = k;
            threads[k] = new Thread(() -> work(queue, slot), "tariffsim-worker-" + k);
            threads[k].setDaemon(true);
            threads[k].start();
        }
        StopReason reason = null;
        try {
            while (reason == null) {
                boolean complete = queue.awaitRound(plan.roundEnd(total.count()));
                if (queue.failure() != null) {
                    break;
                }
                reason = afterRound(complete);
            }
        } finally {
            queue.stopAll();
            boolean interrupted = Threads.joinAll(threads, cancellation::cancel);
            if (interrupted || queue.interrupted()) {
                Thread.currentThread().interrupt();
            }
        }
        if (queue.failure() != null) {
            throw rethrow(queue.failure());
        }
        return reason;
    }

    /** A worker thread: runs the chunks the queue hands it until there is none. */
    private void work(ChunkQueue queue, int slot) {
        try {
            Worker w = newWorker();
            if (!queue.register(slot, w)) {
                return;
            }
            for (int c = queue.take(); c >= 0; c = queue.take()) {
                ResultAccumulator acc = queue.borrow(c);
                try {
                    queue.done(c, acc, w.simulate(queue.start(c), queue.end(c), acc));
                } catch (Throwable t) {
                    queue.failed(c, acc, t);
                }
            }
        } catch (Throwable t) {
            queue.workerFailed(t);
        } finally {
            queue.workerExited();
        }
    }

    /** The failure as the caller gets it: an error or runtime exception as thrown, anything else wrapped. */
    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            return e;
        }
        return new IllegalStateException("a worker failed: " + failure, failure);
    }

    /** Tells the listener of progress, at most ten times a second. */
    static final class Clock {
        private final long startNanos;
        private final long planned;
        private final ProgressListener listener;
        private long lastNanos;

        Clock(long startNanos, long planned, ProgressListener listener) {
            this.startNanos = startNanos;
            this.planned = planned;
            this.listener = listener;
            this.lastNanos = startNanos;
        }

        void tick(long done) {
            long now = System.nanoTime();
            if (now - lastNanos >= 100_000_000L) {
                lastNanos = now;
                listener.onProgress(new Progress(done, planned, (now - startNanos) / 1e9));
            }
        }

        void finish(long done) {
            listener.onProgress(new Progress(done, planned, (System.nanoTime() - startNanos) / 1e9));
        }
    }
}
