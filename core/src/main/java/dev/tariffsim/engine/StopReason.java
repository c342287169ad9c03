package dev.tariffsim.engine;

/** Why a run stopped. */
public enum StopReason {
    /** The requested number of paths ran. */
    PATHS_COMPLETED,
    /** Every precision target was met at a checkpoint. */
    PRECISION_REACHED,
    /** Precision control ran the maximum number of paths without meeting every target. */
    MAX_PATHS_REACHED,
    /** The run was cancelled; the result covers the paths completed before the cancellation was seen. */
    CANCELLED
}
