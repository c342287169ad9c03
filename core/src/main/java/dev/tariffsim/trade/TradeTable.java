package dev.tariffsim.trade;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.tariff.LegalEvent;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.RegimeChain;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about the product lines that does not depend on the path, computed once: the distinct price points
 * (a point is Korea's rate {@code tau}, the market tariff {@code M}, and the counterfactual {@code tauC} and
 * {@code MC = M + sK (tauC - tau)}), and for each legal-event outcome, line, regime and month the index of its
 * point; each line's share of the base still exported from Korea ({@code 1 - d}) by regime and month; each line's
 * monthly base value. Outcome {@code o} is the bit set of the {@link LegalEvent}s that happen on a path.
 * Immutable (arrays are not handed out) and thread-safe; read by {@link TradeLedger}.
 */
public final class TradeTable {
    /** The most legal events a scenario may declare (outcomes are 2^events). */
    public static final int MAX_EVENTS = 6;

    final int months;
    final int lineCount;
    final int regimeCount;
    final int outcomes;
    /** Per point: Korea's rate, the market tariff (NaN without a market), and their counterfactual values. */
    final double[] rates;
    final double[] market;
    final double[] cfRates;
    final double[] cfMarket;
    /** pointIndex[((o * lineCount + line) * regimeCount + regime) * months + t]. */
    final int[] pointIndex;
    /** exported[(line * regimeCount + regime) * months + t] = 1 - d. */
    final double[] exported;
    /** Each line's tariff-free export value a month, USD billions. */
    final double[] monthlyBase;
    /** Each line's value-added share {@code va}, affiliate share {@code a} and FOB absorption {@code psi}. */
    final double[] valueAdded;
    final double[] affiliate;
    final double[] fobAbsorption;
    /** The calendar year of month 0, the number of calendar years touched, and each month's year index. */
    final int firstYear;
    final int yearCount;
    final int[] yearOf;
    final int[] monthsInYear;

    /** The table without legal events. @throws IllegalArgumentException as the full constructor */
    public TradeTable(List<ProductLine> lines, RegimeChain chain, YearMonth start, int months) {
        this(lines, chain, start, months, List.of());
    }

    /**
     * The table of {@code lines} under the regimes of {@code chain}, for {@code months} months from {@code start},
     * for every outcome of {@code events}.
     *
     * @throws IllegalArgumentException if an argument is null, {@code months} is not positive, there are more than
     *     {@link #MAX_EVENTS} events, or a line or rival lacks a regime's rate
     */
    public TradeTable(List<ProductLine> lines, RegimeChain chain, YearMonth start, int months,
                      List<LegalEvent> events) {
        Checks.requireNonNull(lines, "lines");
        Checks.requireNonNull(chain, "regimes");
        Checks.requireNonNull(start, "start");
        Checks.requireNonNull(events, "legalEvents");
        Checks.requireArgument(events.size() <= MAX_EVENTS, "legalEvents", events.size() + " events",
            "at most " + MAX_EVENTS);
        this.months = Checks.requirePositive(months, "months");
        this.lineCount = lines.size();
        this.regimeCount = chain.size();
        this.outcomes = 1 << events.size();
        Map<Point, Integer> index = new HashMap<>();
        List<Point> points = new ArrayList<>();
        this.pointIndex = new int[outcomes * lineCount * regimeCount * months];
        this.exported = new double[lineCount * regimeCount * months];
        this.monthlyBase = new double[lineCount];
        this.valueAdded = new double[lineCount];
        this.affiliate = new double[lineCount];
        this.fobAbsorption = new double[lineCount];
        this.firstYear = start.getYear();
        this.yearCount = start.plusMonths(months - 1).getYear() - firstYear + 1;
        this.yearOf = new int[months];
        this.monthsInYear = new int[yearCount];
        for (int t = 0; t < months; t++) {
            yearOf[t] = start.plusMonths(t).getYear() - firstYear;
            monthsInYear[yearOf[t]]++;
        }
        for (int i = 0; i < lineCount; i++) {
            ProductLine line = lines.get(i);
            monthlyBase[i] = line.annualValue() / 12;
            valueAdded[i] = line.valueAddedShare();
            affiliate[i] = line.affiliateShare();
            fobAbsorption[i] = line.fobAbsorption();
        }
        double[] out = new double[3];
        for (int o = 0; o < outcomes; o++) {
            for (int i = 0; i < lineCount; i++) {
                ProductLine line = lines.get(i);
                double tauC = line.counterfactualRate();
                double sK = line.market() == null ? 0 : line.market().koreaShare();
                for (int s = 0; s < regimeCount; s++) {
                    for (int t = 0; t < months; t++) {
                        line.pricePoint(chain.regimes().get(s), start.plusMonths(t), events, o, out);
                        Point p = new Point(out[0], out[1], tauC, out[1] + sK * (tauC - out[0]));
                        int k = index.computeIfAbsent(p, key -> {
                            points.add(key);
                            return points.size() - 1;
                        });
                        pointIndex[((o * lineCount + i) * regimeCount + s) * months + t] = k;
                        exported[(i * regimeCount + s) * months + t] = out[2];
                    }
                }
            }
        }
        int n = points.size();
        this.rates = new double[n];
        this.market = new double[n];
        this.cfRates = new double[n];
        this.cfMarket = new double[n];
        for (int k = 0; k < n; k++) {
            Point p = points.get(k);
            rates[k] = p.tau;
            market[k] = p.m;
            cfRates[k] = p.tauC;
            cfMarket[k] = p.mC;
        }
    }

    private record Point(double tau, double m, double tauC, double mC) {
    }

    /** The number of product lines. */
    public int lineCount() {
        return lineCount;
    }

    /** The number of months. */
    public int months() {
        return months;
    }

    /** The number of legal-event outcomes, {@code 2^events}. */
    public int outcomes() {
        return outcomes;
    }

    /** The calendar year of month 0. */
    public int firstYear() {
        return firstYear;
    }

    /** The number of calendar years the months touch (the first and last may be partial). */
    public int yearCount() {
        return yearCount;
    }

    /** The number of months of calendar year index {@code y} (0 = {@link #firstYear()}) within the horizon. */
    public int monthsInYear(int y) {
        return monthsInYear[y];
    }

    /** The tariff rate of a line in a regime and month, with no legal event. */
    public double rate(int line, int regime, int t) {
        return rate(0, line, regime, t);
    }

    /** The tariff rate of a line in a regime and month, for legal-event outcome {@code o}. */
    public double rate(int o, int line, int regime, int t) {
        return rates[pointIndex[((o * lineCount + line) * regimeCount + regime) * months + t]];
    }

    /** The market tariff {@code M} of a line (NaN without a market), for outcome {@code o}. */
    public double marketTariff(int o, int line, int regime, int t) {
        return market[pointIndex[((o * lineCount + line) * regimeCount + regime) * months + t]];
    }

    /** The share of a line's base still exported from Korea, {@code 1 - d}, in a regime and month. */
    public double exportedShare(int line, int regime, int t) {
        return exported[(line * regimeCount + regime) * months + t];
    }
}
