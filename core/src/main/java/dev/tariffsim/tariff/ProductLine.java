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
 * @param valueAddedShare {@code va}, Korean value added per USD of tariff-free export revenue (OECD TiVA's
 *     domestic value-added share of gross exports), in [0, 1]
 * @param affiliateShare {@code a}, the share of the line imported by Korean-owned US affiliates, whose margin
 *     loss is Korean income, in [0, 1]
 * @param fobAbsorption {@code psi}, the share of the tariff not passed on to US buyers that is taken in a lower
 *     FOB (transfer) price rather than in the importer's margin, in [0, 1]
 * @param market the line's US market (Korea's share, rivals, US-made rest), or null for the own-price response
 *     {@code q = p^(-eps)}
 * @param displacement the share of the base displaced by US production over time, or null for none
 */
public record ProductLine(String name, String hsCode, double annualValue, Map<String, Double> rates,
                          double counterfactualRate, boolean qualifiesForDeal, TariffSchedule schedule,
                          double valueAddedShare, double affiliateShare, double fobAbsorption, Market market,
                          Displacement displacement) {
    /** @throws IllegalArgumentException naming the offending field and value */
    public ProductLine {
        Checks.requireIdentifier(name, "name");
        hsCode = hsCode == null ? "" : hsCode;
        Checks.requireAmount(annualValue, "annualValue");
        rates = checkedRates(rates);
        Checks.requireInRange(counterfactualRate, 0, 10, "counterfactualRate");
        Checks.requireProbability(valueAddedShare, "valueAddedShare");
        Checks.requireProbability(affiliateShare, "affiliateShare");
        Checks.requireProbability(fobAbsorption, "fobAbsorption");
    }

    /** A line without a market or local production. */
    public ProductLine(String name, String hsCode, double annualValue, Map<String, Double> rates,
                       double counterfactualRate, boolean qualifiesForDeal, TariffSchedule schedule,
                       double valueAddedShare, double affiliateShare, double fobAbsorption) {
        this(name, hsCode, annualValue, rates, counterfactualRate, qualifiesForDeal, schedule, valueAddedShare,
            affiliateShare, fobAbsorption, null, null);
    }

    /**
     * A line with the gross-revenue accounting of the reference model ({@code valueAddedShare = 1},
     * {@code affiliateShare = 0}, {@code fobAbsorption = 1}), no market and no local production.
     */
    public ProductLine(String name, String hsCode, double annualValue, Map<String, Double> rates,
                       double counterfactualRate, boolean qualifiesForDeal, TariffSchedule schedule) {
        this(name, hsCode, annualValue, rates, counterfactualRate, qualifiesForDeal, schedule, 1, 0, 1);
    }

    /**
     * A line with regime rates, no dated schedule and the gross-revenue accounting of the reference model
     * ({@code valueAddedShare = 1}, {@code affiliateShare = 0}, {@code fobAbsorption = 1}): the income loss is
     * then the loss of FOB revenue.
     */
    public static ProductLine of(String name, String hsCode, double annualValue, Map<String, Double> rates,
                                 double counterfactualRate) {
        return new ProductLine(name, hsCode, annualValue, rates, counterfactualRate, true, null, 1, 0, 1);
    }

    /** This line with value-added share {@code va}, affiliate share {@code a} and FOB absorption {@code psi}. */
    public ProductLine withIncome(double va, double a, double psi) {
        return new ProductLine(name, hsCode, annualValue, rates, counterfactualRate, qualifiesForDeal, schedule,
            va, a, psi, market, displacement);
    }

    /** This line with a US market (or null) and a local-production schedule (or null). */
    public ProductLine withMarket(Market market, Displacement displacement) {
        return new ProductLine(name, hsCode, annualValue, rates, counterfactualRate, qualifiesForDeal, schedule,
            valueAddedShare, affiliateShare, fobAbsorption, market, displacement);
    }

    /**
     * The rate the line pays in {@code regime} during calendar month {@code month}.
     *
     * @throws IllegalArgumentException if the line has no rate for the regime
     */
    public double rate(Regime regime, YearMonth month) {
        return rate(regime, month, schedule);
    }

    /** As {@link #rate(Regime, YearMonth)}, with the path's schedule (after its legal events) in place of the line's. */
    double rate(Regime regime, YearMonth month, TariffSchedule pathSchedule) {
        if (pathSchedule != null) {
            return pathSchedule.monthlyRate(month);
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

    /**
     * The line's rate and market tariff {@code M} in a regime and month on a path where the events flagged in
     * {@code occurred} happen (bit {@code e} for {@code events.get(e)}): {@code out[0] = tau}, {@code out[1] = M}
     * (NaN without a market), {@code out[2] = 1 - d}, the share of the base still exported from Korea.
     */
    public void pricePoint(Regime regime, YearMonth month, java.util.List<LegalEvent> events, int occurred,
                           double[] out) {
        double tau = rate(regime, month, afterEvents(schedule, events, occurred));
        out[0] = tau;
        if (market == null) {
            out[1] = Double.NaN;
        } else {
            double m = market.koreaShare() * tau;
            for (Rival r : market.rivals()) {
                m += r.share() * r.rate(regime, month, afterEvents(r.schedule(), events, occurred));
            }
            out[1] = m;
        }
        out[2] = displacement == null ? 1 : 1 - displacement.share(month, regime.dealInForce());
    }

    /** A schedule after the events that occur on a path, in declaration order; null stays null. */
    static TariffSchedule afterEvents(TariffSchedule s, java.util.List<LegalEvent> events, int occurred) {
        if (s == null) {
            return null;
        }
        for (int e = 0; e < events.size(); e++) {
            if ((occurred & (1 << e)) != 0) {
                s = s.after(events.get(e));
            }
        }
        return s;
    }

    /**
     * An unmodifiable copy of tariff rates by regime name, each checked to be in [0, 10].
     *
     * @throws IllegalArgumentException naming {@code rates.<regime>} and its value
     */
    static Map<String, Double> checkedRates(Map<String, Double> rates) {
        Checks.requireNonNull(rates, "rates");
        Map<String, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : rates.entrySet()) {
            Checks.requireNonNull(e.getValue(), "rates." + e.getKey());
            copy.put(e.getKey(), Checks.requireInRange(e.getValue(), 0, 10, "rates." + e.getKey()));
        }
        return Collections.unmodifiableMap(copy);
    }
}
