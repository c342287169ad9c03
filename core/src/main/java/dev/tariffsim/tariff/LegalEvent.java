package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.LocalDate;

/**
 * A dated legal event that, with a probability, ends every tariff measure resting on one legal basis and may put
 * a replacement layer in its place: the Supreme Court holding that IEEPA does not authorise tariffs (decided
 * 2026-02-20), replaced by a Section 122 surcharge for at most 150 days. Each path draws once per event whether it
 * happens ({@code legal} stream, in declaration order); events apply in declaration order, so a later event may
 * act on an earlier one's replacement. Only dated measures ({@link TariffSchedule}) rest on a basis; regime rates
 * do not. Immutable.
 *
 * @param name label, for example {@code "IEEPA struck down"}
 * @param basis the legal basis it ends
 * @param date the first day without the ended measures
 * @param probability the chance it happens on a path, in [0, 1] (1 for an event that has happened)
 * @param replacement the layer that replaces them, or null for none
 */
public record LegalEvent(String name, String basis, LocalDate date, double probability, Replacement replacement) {
    /** @throws IllegalArgumentException naming the offending field */
    public LegalEvent {
        Checks.requireName(name, "name");
        Checks.requireName(basis, "basis");
        Checks.requireNonNull(date, "date");
        Checks.requireProbability(probability, "probability");
    }

    /**
     * A replacement layer.
     *
     * @param basis its own legal basis (a later event can end it)
     * @param rate ad valorem rate, decimal in [0, 10]
     * @param days how many days it lasts from the event's date (Section 122: 150), or 0 for open-ended
     */
    public record Replacement(String basis, double rate, int days) {
        /** @throws IllegalArgumentException naming the offending field */
        public Replacement {
            Checks.requireName(basis, "replacement.basis");
            Checks.requireInRange(rate, 0, 10, "replacement.rate");
            Checks.requireArgument(days >= 0 && days <= 36_500, "replacement.days", days, "in [0, 36500]");
        }

        TariffMeasure measure(String name, LocalDate from, Stacking stacking) {
            LocalDate until = days == 0 ? null : from.plusDays(days - 1L);
            return new TariffMeasure(name, from, until, rate, stacking, basis);
        }
    }
}
