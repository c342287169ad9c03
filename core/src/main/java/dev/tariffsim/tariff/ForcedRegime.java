package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.YearMonth;

/**
 * A stretch of months in which the regime is fixed rather than drawn, for example "deal in force from
 * 2025-11". After it ends, the chain moves on from the forced regime.
 *
 * @param regime the regime's name
 * @param from first month (inclusive)
 * @param until last month (inclusive), or null for "to the end of the horizon"
 */
public record ForcedRegime(String regime, YearMonth from, YearMonth until) {
    /** @throws IllegalArgumentException if a field is missing or {@code until} precedes {@code from} */
    public ForcedRegime {
        Checks.requireIdentifier(regime, "regime");
        Checks.requireNonNull(from, "from");
        if (until != null) {
            Checks.requireArgument(!until.isBefore(from), "until", until, "not before from " + from);
        }
    }

    /** Whether {@code month} lies in this stretch. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (until == null || !month.isAfter(until));
    }
}
