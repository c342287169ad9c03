package dev.tariffsim.engine;

/**
 * A path model failed inside a worker. {@link #getCause()} is the original exception; the message names
 * the path index on which it happened.
 */
public final class SimulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long pathIndex;

    SimulationException(long pathIndex, Throwable cause) {
        super("path " + pathIndex + " failed: " + cause, cause);
        this.pathIndex = pathIndex;
    }

    /** The path on which the model failed. */
    public long pathIndex() {
        return pathIndex;
    }
}
