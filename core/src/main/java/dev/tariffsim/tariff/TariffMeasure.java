package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.LocalDate;

/**
 * A dated tariff measure.
 *
 * @param name label, for example {@code "Section 232 autos"}
 * @param from first day in force (inclusive)
 * @param until last day in force (inclusive), or null for "still in force"
 * @param rate ad valorem rate, an annual-independent decimal (0.25 for 25%), in [0, 10]
 * @param stacking how it combines with other measures
 * @param legalBasis the statute it rests on (for example {@code IEEPA}, {@code SECTION_232}), which a
 *     {@link LegalEvent} can end; empty for none
 */
public record TariffMeasure(String name, LocalDate from, LocalDate until, double rate, Stacking stacking,
                            String legalBasis) {
    /** @throws IllegalArgumentException naming the offending field */
    public TariffMeasure {
        Checks.requireName(name, "name");
        Checks.requireNonNull(from, "from");
        if (until != null) {
            Checks.requireArgument(!until.isBefore(from), "until", until, "not before from " + from);
        }
        Checks.requireInRange(rate, 0, 10, "rate");
        Checks.requireNonNull(stacking, "stacking");
        legalBasis = legalBasis == null ? "" : legalBasis;
    }

    /** A measure with no stated legal basis. */
    public TariffMeasure(String name, LocalDate from, LocalDate until, double rate, Stacking stacking) {
        this(name, from, until, rate, stacking, "");
    }

    /** Whether the measure is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
