package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.YearMonth;
import java.util.Map;

/**
 * A rival supplier group of a product line in the US market (Japan, the EU, Mexico and Canada), with its share of
 * the market and its own tariff, by regime or by a dated schedule. Immutable.
 *
 * @param name label, for example {@code "japan"}
 * @param share its share of US sales of the product at base prices, in [0, 1]
 * @param rates its tariff in each regime of the chain, by regime name (ignored when a schedule is given)
 * @param schedule its dated tariff schedule, or null to use {@code rates}
 */
public record Rival(String name, double share, Map<String, Double> rates, TariffSchedule schedule) {
    /** @throws IllegalArgumentException naming the offending field */
    public Rival {
        Checks.requireIdentifier(name, "name");
        Checks.requireProbability(share, "share");
        rates = ProductLine.checkedRates(rates);
        Checks.requireArgument(schedule != null || !rates.isEmpty(), "rates", rates, "regime rates or a schedule");
    }

    /** The rival's rate in {@code regime} during {@code month}, on a path with the given schedule. */
    double rate(Regime regime, YearMonth month, TariffSchedule pathSchedule) {
        if (pathSchedule != null) {
            return pathSchedule.monthlyRate(month);
        }
        Double r = rates.get(regime.name());
        if (r == null) {
            throw new IllegalArgumentException(Checks.format("rival %s has no rate for regime %s (it has %s)", name,
                regime.name(), rates.keySet()));
        }
        return r;
    }
}
