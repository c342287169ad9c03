package dev.tariffsim.engine;

/**
 * A flag a caller sets to stop a run. Workers look at it before each batch of paths (or part of one); the run then
 * returns the statistics of the batches completed so far, with {@link StopReason#CANCELLED}. Thread-safe.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** A flag not yet set. */
    public Cancellation() {
    }

    /** Asks the run to stop. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }
}
