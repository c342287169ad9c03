package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;

/**
 * A political state of the trade relationship, such as {@code NEGOTIATING}, {@code DEAL} or
 * {@code COLLAPSED}.
 *
 * @param name unique name within a chain
 * @param dealInForce whether the deal is in force: deal rates apply to qualifying lines and the pledge is paid
 */
public record Regime(String name, boolean dealInForce) {
    /** @throws IllegalArgumentException if the name is not an identifier ({@code [A-Za-z][A-Za-z0-9_-]*}) */
    public Regime {
        Checks.requireIdentifier(name, "name");
    }
}
