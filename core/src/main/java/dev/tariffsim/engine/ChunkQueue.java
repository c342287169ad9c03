package dev.tariffsim.engine;

import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * The chunks of a run on worker threads ({@link ParallelRound}) and their merge into the run's total: which chunk a
 * worker runs next, the finished chunks waiting for the merged prefix to reach them, the round's end beyond which
 * nothing is merged until the caller has checked the targets, and the failure that ends the run. Chunks are whole
 * batches of {@link MonteCarlo#BATCH} paths or equal parts of one; a batch joins the total only once all its chunks
 * are in, so the total always holds whole batches (or the run's last, shorter one). Every method synchronizes on
 * this queue, the run's one lock; waiting threads look at the cancellation flag every {@value #POLL_MILLIS} ms.
 */
final class ChunkQueue {
    private static final long POLL_MILLIS = 20;

    private final ResultAccumulator total;
    private final ParallelRound.Clock clock;
    private final Cancellation cancellation;
    private final Supplier<ResultAccumulator> fresh;
    private final long paths;
    private final int split;
    private final int grain;
    private final int chunks;
    private final Worker[] workers;
    private final ArrayDeque<ResultAccumulator> pool = new ArrayDeque<>();
    /** Chunks done but not yet merged, at index {@code chunk % finished.length}: the most a worker may run ahead. */
    private final ResultAccumulator[] finished;
    /** The batch being assembled from its chunks, in order, before it joins the total; null between batches. */
    private ResultAccumulator assembling;

    private int next;
    private int merged;
    private int mergeEnd;
    private int running;
    private boolean stop;
    private boolean interrupted;
    private int failedChunk = Integer.MAX_VALUE;
    private Throwable failedCause;
    /** What ends the run with an exception: the failure of a chunk the merge reached, or of a worker itself. */
    private Throwable failure;

    /**
     * @param fresh makes an empty accumulator with the run's settings
     * @param split the chunks of a batch, a divisor of the batch size
     * @param threads the worker threads, each of which may run {@code ahead} batches beyond the merged prefix
     */
    ChunkQueue(ResultAccumulator total, ParallelRound.Clock clock, Cancellation cancellation,
               Supplier<ResultAccumulator> fresh, long paths, int split, int threads, int ahead) {
        this.total = total;
        this.clock = clock;
        this.cancellation = cancellation;
        this.fresh = fresh;
        this.paths = paths;
        this.split = split;
        this.grain = MonteCarlo.BATCH / split;
        this.chunks = (int) ((paths + grain - 1) / grain);
        this.workers = new Worker[threads];
        this.finished = new ResultAccumulator[ahead * threads * split];
        this.running = threads;
    }

    /** The first path of chunk {@code c}. */
    long start(int c) {
        return (long) c * grain;
    }

    /** One past the last path of chunk {@code c}. */
    long end(int c) {
        return Math.min(paths, start(c) + grain);
    }

    /** Records a worker thread's simulator, so that the run can abandon it; false if the run has already stopped. */
    synchronized boolean register(int slot, Worker w) {
        workers[slot] = w;
        return !stop;
    }

    /** The next chunk to run, waiting while it would be too far ahead; -1 once there is none to run. */
    synchronized int take() {
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
                return -1;
            }
        }
    }

    /** An empty accumulator for chunk {@code c}, from the pool if it has one. */
    synchronized ResultAccumulator borrow(int c) {
        ResultAccumulator acc = pool.poll();
        if (acc == null) {
            acc = fresh.get();
        }
        acc.restart(start(c));
        return acc;
    }

    /** Chunk {@code c} is done ({@code complete}) or was abandoned part way. */
    synchronized void done(int c, ResultAccumulator acc, boolean complete) {
        if (complete && !stop) {
            finished[c % finished.length] = acc;
            mergeReady();
        } else {
            pool.push(acc);
        }
        notifyAll();
    }

    /** Chunk {@code c} failed with {@code cause}: the run fails when the merge reaches it, unless it stops before. */
    synchronized void failed(int c, ResultAccumulator acc, Throwable cause) {
        pool.push(acc);
        if (c < failedChunk) {
            failedChunk = c;
            failedCause = cause;
        }
        mergeReady();
        notifyAll();
    }

    /** A worker thread failed outside a chunk (making its simulator): the run fails at once. */
    synchronized void workerFailed(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        stop = true;
        notifyAll();
    }

    synchronized void workerExited() {
        running--;
        notifyAll();
    }

    /**
     * Merges up to path {@code end} (a batch boundary or the run's last path) and waits until the round is merged, the
     * run fails, or every worker has stopped (cancelled). Returns whether the round is complete. An interrupt of the
     * waiting caller cancels the run (and is remembered for {@link #interrupted()}).
     */
    synchronized boolean awaitRound(long end) {
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
        return failure == null && merged == mergeEnd;
    }

    /** Stops the workers: no chunk is taken or merged any more, and chunks in progress stop at their next path. */
    synchronized void stopAll() {
        stop = true;
        for (Worker w : workers) {
            if (w != null) {
                w.abandon();
            }
        }
        notifyAll();
    }

    /** The failure that ends the run, or null. */
    synchronized Throwable failure() {
        return failure;
    }

    /** Whether the caller was interrupted while it waited. */
    synchronized boolean interrupted() {
        return interrupted;
    }

    /** Merges the finished chunks that follow the merged prefix, up to the round's end; fails at a failed chunk. */
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
}
