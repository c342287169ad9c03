package dev.tariffsim.examples.cli;

/** A user's mistake on the command line: the message is printed alone, and the exit code is 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
