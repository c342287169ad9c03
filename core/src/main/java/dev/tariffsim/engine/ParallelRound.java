package dev.tariffsim.engine;

import dev.tariffsim.random.QuasiRandomDesign;
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
 * allocates them only while the pool fills.
 */
final class ParallelRound {
    /** Batches each worker may run ahead of the merged prefix. */
    static final int AHEAD = 2;
    /**
     * Chunks a batch is cut into on several threads where merging is an array copy (every value kept, no series), so
     * that a run of few batches keeps every thread busy to its last checkpoint.
     */
    static final int SPLIT = 4;
    /** How long a waiting thread sleeps before it looks at the cancellation flag again, in milliseconds. */
    private static final long POLL_MILLIS = 20;

    private final Plan plan;
    private final Cancellation cancellation;
    private final Clock clock;
    private final ResultAccumulator total;
    /** Chunks a batch is cut into (1 or {@link #SPLIT}), the paths of a chunk, and the chunks of the run. */
    private final int split;
    private final int grain;
    private final int chunks;
    private final Worker[] workers;
    private final ArrayDeque<ResultAccumulator> pool = new ArrayDeque<>();
    /** Chunks done but not yet merged, at index {@code chunk % finished.length}. */
    private final ResultAccumulator[] finished;
    /** The batch being assembled from its chunks, in order, before it joins the total; null between batches. */
    private ResultAccumulator assembling;

    // Guarded by this.
    private int next;
    private int merged;
    private int mergeEnd;
    private int running;
    private boolean stop;
    private int failedChunk = Integer.MAX_VALUE;
    private Throwable failedCause;
    /** What ends the run with an exception: the failure of a batch the merge reached, or of a worker's setup. */
    private Throwable failure;

    private ParallelRound(Plan plan, Cancellation cancellation, Clock clock, ResultAccumulator total, int split,
                          int threads) {
        this.plan = plan;
        this.cancellation = cancellation;
        this.clock = clock;
        this.total = total;
        this.split = split;
        this.grain = MonteCarlo.BATCH / split;
        this.chunks = (int) ((plan.paths() + grain - 1) / grain);
        this.workers = new Worker[threads];
        this.finished = new ResultAccumulator[AHEAD * threads * split];
    }

    /** What a run does: the settings {@link #runRounds} needs. */
    record Plan(PathModel model, long seed, boolean antithetic, QuasiRandomDesign design,
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
        ParallelRound run = new ParallelRound(p, cancel, clock, total, threads <= 1 ? 1 : split, Math.max(1, threads));
        return threads <= 1 ? run.inline() : run.parallel();
    }

    /** Why the run stops after a round that ended with {@code total} at {@code done} paths, or null to go on. */
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

    /** Every round on the calling thread. */
    private StopReason inline() {
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
                    ResultAccumulator acc = borrow(from, MonteCarlo.BATCH);
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

    private ResultAccumulator borrow(long firstPath, int reserve) {
        ResultAccumulator acc = pool.poll();
        if (acc == null) {
            return new ResultAccumulator(plan.model().outputs(), firstPath, reserve, plan.recordSeries(),
                plan.antithetic(), plan.design() == null ? 0 : plan.design().replicates(), plan.controls(),
                total.quantileMode());
        }
        acc.restart(firstPath);
        return acc;
    }

    /** Rounds on worker threads started once for the run; the caller merges, checks and joins. */
    private StopReason parallel() {
        Thread[] threads = new Thread[workers.length];
        running = threads.length;
        for (int k = 0; k < threads.length; k++) {
            final int slot = k;
            threads[k] = new Thread(() -> work(slot), "tariffsim-worker-" + k);
            threads[k].setDaemon(true);
            threads[k].start();
        }
        boolean interrupted = false;
        StopReason reason = null;
        try {
            while (reason == null) {
                long end = plan.roundEnd(total.count());
                boolean complete;
                synchronized (this) {
                    mergeEnd = (int) ((end + grain - 1) / grain);
                    mergeReady();
                    notifyAll();
                    while (merged < mergeEnd && failure == null && running > 0) {
                        try {
                            wait(POLL_MILLIS);
                        } catch (InterruptedException e) {
                            interrupted = true;
                            cancellation.cancel();
                        }
                    }
                    if (failure != null) {
                        break;
                    }
                    complete = merged == mergeEnd;
                }
                reason = afterRound(complete);
            }
        } finally {
            synchronized (this) {
                stop = true;
                for (Worker w : workers) {
                    if (w != null) {
                        w.abandon();
                    }
                }
                notifyAll();
            }
            for (Thread t : threads) {
                while (true) {
                    try {
                        t.join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        cancellation.cancel();
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw rethrow(failure);
        }
        return reason;
    }

    /** A worker thread: pulls chunks in index order until the run stops, is cancelled or has no chunk left. */
    private void work(int slot) {
        try {
            Worker w = newWorker();
            synchronized (this) {
                workers[slot] = w;
                if (stop) {
                    return;
                }
            }
            while (true) {
                int c;
                ResultAccumulator acc;
                synchronized (this) {
                    c = take();
                    if (c < 0) {
                        return;
                    }
                    acc = borrow((long) c * grain, MonteCarlo.BATCH);
                }
                long start = (long) c * grain;
                try {
                    boolean done = w.simulate(start, Math.min(plan.paths(), start + grain), acc);
                    synchronized (this) {
                        if (done && !stop) {
                            finished[c % finished.length] = acc;
                            mergeReady();
                        } else {
                            pool.push(acc);
                        }
                        notifyAll();
                    }
                } catch (Throwable t) {
                    synchronized (this) {
                        pool.push(acc);
                        if (c < failedChunk) {
                            failedChunk = c;
                            failedCause = t;
                        }
                        mergeReady();
                        notifyAll();
                    }
                }
            }
        } catch (Throwable t) {
            synchronized (this) {
                if (failure == null) {
                    failure = t;
                }
                stop = true;
                notifyAll();
            }
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    /** The next chunk for a worker, waiting while it would run too far ahead; -1 when there is none to run. */
    private int take() {
        while (true) {
            if (stop || cancellation.isCancelled() || Thread.currentThread().isInterrupted() || next >= chunks
                || next >= failedChunk) {
                return -1;
            }
            if (next < merged + finished.length) {
                return next++;
            }
            try {
                wait(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Merges the finished chunks that follow the merged prefix, up to the round's end, each batch into the total once
     * all its chunks are in (so a cancelled run keeps whole batches); fails at a failed chunk.
     */
    private void mergeReady() {
        while (merged < mergeEnd && failure == null) {
            if (merged == failedChunk) {
                failure = failedCause;
                stop = true;
                return;
            }
            int slot = merged % finished.length;
            ResultAccumulator acc = finished[slot];
            if (acc == null) {
                return;
            }
            finished[slot] = null;
            if (assembling == null) {
                assembling = acc;
            } else {
                assembling.merge(acc);
                pool.push(acc);
            }
            merged++;
            if (merged % split == 0 || merged == chunks) {
                total.merge(assembling);
                pool.push(assembling);
                assembling = null;
                clock.tick(total.count());
            }
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
