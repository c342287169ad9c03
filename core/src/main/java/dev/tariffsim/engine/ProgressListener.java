package dev.tariffsim.engine;

/**
 * Told how a run advances: at most about ten times a second, and once at the end. It is called from
 * whichever thread merged the latest paths, one call at a time; it should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = p -> { };

    /** Called with the latest progress. */
    void onProgress(Progress progress);
}
