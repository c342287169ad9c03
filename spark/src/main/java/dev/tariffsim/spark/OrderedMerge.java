package dev.tariffsim.spark;

import dev.tariffsim.engine.Progress;
import dev.tariffsim.engine.ProgressListener;
import dev.tariffsim.engine.ResultAccumulator;

/**
 * The driver's side of a job: partial results arrive in whatever order tasks finish and are merged into each
 * point's total strictly in range order, as the local engine merges its batches. A partial waits only until
 * the ranges before it have arrived. Thread-safe (Spark calls the result handler from its scheduler thread).
 */
final class OrderedMerge {
    private final int rangesPerPoint;
    private final ResultAccumulator[] pending;
    private final ResultAccumulator[] totals;
    private final int[] cursor;
    private final long planned;
    private final long startNanos;
    private final ProgressListener progress;
    private long done;

    OrderedMerge(int points, int rangesPerPoint, long planned, ProgressListener progress) {
        this.rangesPerPoint = rangesPerPoint;
        this.pending = new ResultAccumulator[points * rangesPerPoint];
        this.totals = new ResultAccumulator[points];
        this.cursor = new int[points];
        this.planned = planned;
        this.progress = progress;
        this.startNanos = System.nanoTime();
    }

    /** Takes the result of task {@code index} (point-major order). */
    synchronized void accept(int index, ResultAccumulator partial) {
        pending[index] = partial; // Spark hands over each task's result once, even with speculation
        int point = index / rangesPerPoint;
        int base = point * rangesPerPoint;
        while (cursor[point] < rangesPerPoint && pending[base + cursor[point]] != null) {
            ResultAccumulator next = pending[base + cursor[point]];
            pending[base + cursor[point]] = null;
            if (totals[point] == null) {
                totals[point] = next;
            } else {
                totals[point].merge(next);
            }
            cursor[point]++;
        }
        done += partial.count();
        progress.onProgress(new Progress(done, planned, (System.nanoTime() - startNanos) / 1e9));
    }

    /** The merged result of {@code point}. @throws IllegalStateException if a range is missing */
    synchronized ResultAccumulator total(int point) {
        if (cursor[point] != rangesPerPoint) {
            throw new IllegalStateException("point " + point + " lacks range " + cursor[point]);
        }
        return totals[point];
    }
}
