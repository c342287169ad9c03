package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A product line exported to the US: passenger vehicles (HS 8703) or parts (HS 8708), say.
 *
 * @param name unique name, used in output names ({@code lines.<name>.tariffPaid})
 * @param hsCode the HS heading, for reference (may be empty)
 * @param annualValue base export value, USD billions a year, at demand index 1
 * @param rates the tariff rate in each regime, by regime name, decimals in [0, 10]
 * @param counterfactualRate the rate without the deal, against which savings are measured
 * @param qualifiesForDeal whether the line gets its regime rate while the deal is in force; a line that does
 *     not qualify pays {@code counterfactualRate} in those regimes
 * @param schedule a dated schedule that, when present, sets the rate of each calendar month instead of the
 *     regime rates (for history and what-if work); null when absent
 */
public record ProductLine(String name, String hsCode, double annualValue, Map<String, Double> rates,
                          double counterfactualRate, boolean qualifiesForDeal, TariffSchedule schedule) {
    /** @throws IllegalArgumentException naming the offending field and value */
    public ProductLine {
        Checks.requireName(name, "name");
        hsCode = hsCode == null ? "" : hsCode;
        Checks.requireAmount(annualValue, "annualValue");
        Checks.requireNonNull(rates, "rates");
        Map<String, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : rates.entrySet()) {
            Checks.requireNonNull(e.getValue(), "rates." + e.getKey());
            copy.put(e.getKey(), Checks.requireInRange(e.getValue(), 0, 10, "rates." + e.getKey()));
        }
        rates = Collections.unmodifiableMap(copy);
        Checks.requireInRange(counterfactualRate, 0, 10, "counterfactualRate");
    }

    /** A line with regime rates and no dated schedule. */
    public static ProductLine of(String name, String hsCode, double annualValue, Map<String, Double> rates,
                                 double counterfactualRate) {
        return new ProductLine(name, hsCode, annualValue, rates, counterfactualRate, true, null);
    }

    /**
     * The rate the line pays in {@code regime} during calendar month {@code month}.
     *
     * @throws IllegalArgumentException if the line has no rate for the regime
     */
    public double rate(Regime regime, YearMonth month) {
        if (schedule != null) {
            return schedule.monthlyRate(month);
        }
        if (regime.dealInForce() && !qualifiesForDeal) {
            return counterfactualRate;
        }
        Double r = rates.get(regime.name());
        if (r == null) {
            throw new IllegalArgumentException(Checks.format("lines.%s.rates has no rate for regime %s (it has %s)",
                name, regime.name(), rates.keySet()));
        }
        return r;
    }
}
