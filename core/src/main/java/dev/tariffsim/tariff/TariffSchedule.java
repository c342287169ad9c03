package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A product line's tariff over calendar time: a base (FTA or MFN) rate and dated measures. On a day, the
 * rate is {@code max(base, highest all-in rate in force)} if an {@link Stacking#ALL_IN} measure is in force,
 * else {@code base + sum of additive rates in force}. A month's rate is the average of its days' rates.
 *
 * @param baseRate the FTA or MFN rate, in [0, 10]
 * @param measures the dated measures
 */
public record TariffSchedule(double baseRate, List<TariffMeasure> measures) {
    /** @throws IllegalArgumentException naming the offending field */
    public TariffSchedule {
        Checks.requireInRange(baseRate, 0, 10, "baseRate");
        measures = List.copyOf(Checks.requireNonNull(measures, "measures"));
    }

    /** The rate in force on {@code day}. */
    public double rateOn(LocalDate day) {
        double additive = baseRate;
        double allIn = -1;
        for (TariffMeasure m : measures) {
            if (m.inForceOn(day)) {
                if (m.stacking() == Stacking.ALL_IN) {
                    allIn = Math.max(allIn, m.rate());
                } else {
                    additive += m.rate();
                }
            }
        }
        return allIn >= 0 ? Math.max(baseRate, allIn) : additive;
    }

    /** The day-weighted average rate of a calendar month. */
    public double monthlyRate(YearMonth month) {
        int days = month.lengthOfMonth();
        double sum = 0;
        double run = rateOn(month.atDay(1));
        int runStart = 1;
        for (int d = 2; d <= days + 1; d++) {
            double r = d <= days ? rateOn(month.atDay(d)) : Double.NaN;
            if (r != run) {
                sum += run * ((d - runStart) / (double) days);
                run = r;
                runStart = d;
            }
        }
        return sum;
    }

    /**
     * The schedule on a path where {@code event} happens: every measure resting on the event's basis ends the day
     * before the event's date (one that would only start later is dropped), and, if any was in force the day
     * before or would have started later, the event's replacement layer starts on the date with the stacking of
     * the first such measure. Measures on other bases are untouched.
     *
     * @throws IllegalArgumentException if the event is null
     */
    public TariffSchedule after(LegalEvent event) {
        Checks.requireNonNull(event, "event");
        LocalDate date = event.date();
        List<TariffMeasure> out = new ArrayList<>();
        Stacking replaced = null;
        for (TariffMeasure m : measures) {
            boolean hit = m.legalBasis().equals(event.basis()) && (m.until() == null || !m.until().isBefore(date));
            if (!hit) {
                out.add(m);
                continue;
            }
            replaced = replaced == null ? m.stacking() : replaced;
            if (m.from().isBefore(date)) {
                out.add(new TariffMeasure(m.name(), m.from(), date.minusDays(1), m.rate(), m.stacking(), m.legalBasis()));
            }
        }
        if (replaced != null && event.replacement() != null) {
            out.add(event.replacement().measure(event.name(), date, replaced));
        }
        return new TariffSchedule(baseRate, out);
    }
}
