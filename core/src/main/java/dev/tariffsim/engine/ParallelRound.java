package dev.tariffsim.engine;

import dev.tariffsim.internal.Threads;
import dev.tariffsim.random.PointDesign;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One round of a run: the paths {@code [from, to)} in batches of {@link MonteCarlo#BATCH}, pulled by the
 * workers in index order and merged into the run's total strictly in index order, so that the total does
 * not depend on which worker ran which batch. Batch accumulators come from a pool shared by the run's
 * rounds, so a run allocates them only while the pool fills.
 */
final class ParallelRound {
    private final PathModel model;
    private final long seed;
    private final boolean antithetic;
    private final PointDesign design;
    private final java.util.List<ControlVariate> controls;
    private final boolean recordSeries;
    private final Worker[] workers;
    private final Cancellation cancellation;
    private final Clock clock;

    private final AtomicInteger nextBatch = new AtomicInteger();
    private final ArrayDeque<ResultAccumulator> pool;
    private ResultAccumulator[] finished;
    /** The total's quantile mode, which every batch accumulator shares. */
    private QuantileMode mode;
    private int cursor;
    private volatile boolean stop;
    private Throwable failure;

    ParallelRound(Plan plan, Worker[] workers, ArrayDeque<ResultAccumulator> pool, Cancellation cancellation,
                  Clock clock) {
        this(plan.model(), plan.seed(), plan.antithetic(), plan.design(), plan.controls(), plan.recordSeries(), workers,
            pool, cancellation, clock);
    }

    private ParallelRound(PathModel model, long seed, boolean antithetic, PointDesign design,
                          java.util.List<ControlVariate> controls, boolean recordSeries, Worker[] workers,
                          ArrayDeque<ResultAccumulator> pool, Cancellation cancellation, Clock clock) {
        this.design = design;
        this.controls = controls;
        this.pool = pool;
        this.model = model;
        this.seed = seed;
        this.antithetic = antithetic;
        this.recordSeries = recordSeries;
        this.workers = workers;
        this.cancellation = cancellation;
        this.clock = clock;
    }

    /** Runs the round; returns false if it was cancelled, leaving the completed prefix in {@code total}. */
    boolean run(long from, long to, ResultAccumulator total) {
        mode = total.quantileMode();
        int batches = (int) ((to - from + MonteCarlo.BATCH - 1) / MonteCarlo.BATCH);
        finished = new ResultAccumulator[batches];
        int n = Math.min(workers.length, batches);
        if (n <= 1) {
            work(0, from, to, batches, total);
        } else {
            Runnable[] tasks = new Runnable[n];
            for (int k = 0; k < n; k++) {
                final int slot = k;
                tasks[k] = () -> work(slot, from, to, batches, total);
            }
            Threads.runAll("tariffsim-worker", tasks, null, cancellation::cancel);
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("a worker failed: " + failure, failure);
        }
        return cursor == batches;
    }

    private void work(int slot, long from, long to, int batches, ResultAccumulator total) {
        try {
            Worker w;
            synchronized (workers) {
                if (workers[slot] == null) {
                    workers[slot] = new Worker(model, seed, antithetic, design);
                }
                w = workers[slot];
            }
            while (!stop && !cancellation.isCancelled() && !Thread.currentThread().isInterrupted()) {
                int b = nextBatch.getAndIncrement();
                if (b >= batches) {
                    break;
                }
                long start = from + (long) b * MonteCarlo.BATCH;
                long end = Math.min(to, start + MonteCarlo.BATCH);
                ResultAccumulator acc = borrow(start);
                w.simulate(start, end, acc);
                deliver(b, acc, total);
            }
        } catch (Throwable t) {
            synchronized (this) {
                if (failure == null) {
                    failure = t;
                }
            }
            stop = true;
        }
    }

    private synchronized ResultAccumulator borrow(long firstPath) {
        ResultAccumulator acc = pool.poll();
        if (acc == null) {
            return new ResultAccumulator(model.outputs(), firstPath, MonteCarlo.BATCH, recordSeries, antithetic,
                Sampling.replication(design), controls, mode);
        }
        acc.restart(firstPath);
        return acc;
    }

    private synchronized void deliver(int batch, ResultAccumulator acc, ResultAccumulator total) {
        finished[batch] = acc;
        while (cursor < finished.length && finished[cursor] != null) {
            ResultAccumulator next = finished[cursor];
            finished[cursor] = null;
            total.merge(next);
            pool.push(next);
            cursor++;
        }
        clock.tick(total.count());
    }

    /** What a run does: the settings {@link #runRounds} needs. */
    record Plan(PathModel model, long seed, boolean antithetic, PointDesign design,
                java.util.List<ControlVariate> controls, boolean recordSeries, int threads, long paths, java.util.List<PrecisionTarget> targets, int[] targetIndex, long minPaths,
                long checkEvery) {
    }

    /**
     * Runs rounds into {@code total} until the paths are done, the precision targets are met at a checkpoint, or the
     * run is cancelled; returns why it stopped.
     */
    static StopReason runRounds(Plan p, Cancellation cancel, Clock clock, ResultAccumulator total) {
        Worker[] workers = new Worker[p.threads()];
        ArrayDeque<ResultAccumulator> pool = new ArrayDeque<>();
        boolean targets = !p.targets().isEmpty();
        long done = 0;
        while (true) {
            long end = !targets ? p.paths() : Math.min(p.paths(), Math.max(p.minPaths(), done + p.checkEvery()));
            boolean complete = new ParallelRound(p, workers, pool, cancel, clock).run(done, end, total);
            done = total.count();
            if (!complete) {
                return StopReason.CANCELLED;
            }
            if (targets && PrecisionTarget.allMet(p.targets(), p.targetIndex(), total, p.antithetic())) {
                return StopReason.PRECISION_REACHED;
            }
            if (done >= p.paths()) {
                return !targets ? StopReason.PATHS_COMPLETED : StopReason.MAX_PATHS_REACHED;
            }
        }
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
