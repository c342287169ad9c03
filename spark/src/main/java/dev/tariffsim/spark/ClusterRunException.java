package dev.tariffsim.spark;

/**
 * A Spark job of a run failed: a task failed more often than Spark retries it, or the cluster went away.
 * The message is Spark's, which names the failing task and the model's original exception; the cause is
 * Spark's exception.
 */
public final class ClusterRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClusterRunException(Throwable cause) {
        super("the Spark job failed: " + cause.getMessage(), cause);
    }
}
