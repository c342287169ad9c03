package dev.tariffsim.scenario;

/**
 * A scenario file is not valid: malformed JSON, a field of the wrong type, an unknown or missing field, or a
 * value out of range. The message names the field by its path in the file ({@code pledge.cash.annualCap}), the
 * value, and what was expected.
 */
public final class ScenarioFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An exception with a complete message. */
    public ScenarioFormatException(String message) {
        super(message);
    }

    /** An exception with a complete message and the error that caused it (a parse or I/O error). */
    public ScenarioFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
