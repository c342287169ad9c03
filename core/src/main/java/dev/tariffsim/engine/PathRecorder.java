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

    /**
     * Records every step of series {@code series} for this path at once: {@code values[t]} is step {@code t}, and
     * {@code values} must have exactly the series' number of steps. The same as calling
     * {@link #series(int, int, double)} for each step, in order (the default does that); the engine's recorder takes
     * the whole row in one call, which is cheaper than one call per step. The array is read, not kept.
     */
    default void series(int series, double[] values) {
        for (int t = 0; t < values.length; t++) {
            series(series, t, values[t]);
        }
    }

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
