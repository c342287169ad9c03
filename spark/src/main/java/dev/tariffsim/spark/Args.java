package dev.tariffsim.spark;

import java.util.Locale;

/** Argument checks of this module, with the core library's messages (its own helpers are not exported). */
final class Args {
    private Args() {
    }

    /** @throws IllegalArgumentException naming {@code name} if {@code value} is null */
    static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing (null)");
        }
        return value;
    }

    /** @throws IllegalArgumentException "{@code name} is not {@code expected}: {@code value}" unless {@code ok} */
    static void require(boolean ok, String name, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(String.format(Locale.US, "%s is not %s: %s", name, expected, value));
        }
    }
}
