package dev.tariffsim.engine;

/**
 * A path produced a NaN or infinite metric or series value: the model overflowed or divided by zero, usually
 * because an input was far outside the range the model is meant for. The engine stops the run and reports it
 * as the cause of a {@link SimulationException}, whose message names the path; this exception's message names
 * the output and the value.
 */
public final class NonFiniteValueException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** @param message names the output (metric, or series and step) and its value */
    public NonFiniteValueException(String message) {
        super(message);
    }
}
