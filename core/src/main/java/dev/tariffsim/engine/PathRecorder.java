package dev.tariffsim.engine;

/**
 * Where a simulator writes the outputs of the path in progress. Indices are those of the model's
 * {@link OutputSpec}. Every metric, and every step of every series when {@link #recordsSeries()}, must be
 * recorded once per path; the engine fails the run otherwise. Calls never allocate.
 */
public interface PathRecorder {
    /** Records the value of metric {@code metric} for this path. */
    void metric(int metric, double value);

    /** Records the value of series {@code series} at step {@code step} for this path. */
    void series(int series, int step, double value);

    /** Whether series are being recorded; a simulator may skip computing series values when not. */
    boolean recordsSeries();

    /**
     * Records the value of control variate {@code control} ({@link PathModel#controlVariates()}) for this path; ignored
     * (the default) unless {@link #recordsControls()}.
     */
    default void control(int control, double value) {
    }

    /** Whether control variates are being recorded; a simulator may skip computing them when not. */
    default boolean recordsControls() {
        return false;
    }
}
