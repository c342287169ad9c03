package dev.tariffsim.trade;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.RegimeChain;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The tariff rate of every product line, regime and month, computed once: the distinct rates, and for each
 * (line, regime, month) the index of its rate among them, with each line's counterfactual rate and monthly
 * tariff-free export value. Immutable (arrays are not handed out) and thread-safe; read by {@link TradeLedger}.
 */
public final class TradeTable {
    final int months;
    final int lineCount;
    final int regimeCount;
    /** Distinct tariff rates. */
    final double[] rates;
    /** rateIndex[(line * regimeCount + regime) * months + t] into {@link #rates}. */
    final int[] rateIndex;
    /** Index into {@link #rates} of each line's counterfactual rate. */
    final int[] counterfactualIndex;
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

    /**
     * The table of {@code lines} under the regimes of {@code chain}, for {@code months} months from {@code start}.
     *
     * @throws IllegalArgumentException if an argument is null or {@code months} is not positive
     */
    public TradeTable(List<ProductLine> lines, RegimeChain chain, YearMonth start, int months) {
        Checks.requireNonNull(lines, "lines");
        Checks.requireNonNull(chain, "regimes");
        Checks.requireNonNull(start, "start");
        this.months = Checks.requirePositive(months, "months");
        this.lineCount = lines.size();
        this.regimeCount = chain.size();
        List<Double> distinct = new ArrayList<>();
        this.rateIndex = new int[lineCount * regimeCount * months];
        this.counterfactualIndex = new int[lineCount];
        this.monthlyBase = new double[lineCount];
        this.valueAdded = new double[lineCount];
        this.affiliate = new double[lineCount];
        this.fobAbsorption = new double[lineCount];
        this.firstYear = start.getYear();
        this.yearCount = start.plusMonths(months - 1).getYear() - firstYear + 1;
        this.yearOf = new int[months];
        for (int t = 0; t < months; t++) {
            yearOf[t] = start.plusMonths(t).getYear() - firstYear;
        }
        this.monthsInYear = new int[yearCount];
        for (int t = 0; t < months; t++) {
            monthsInYear[yearOf[t]]++;
        }
        for (int i = 0; i < lineCount; i++) {
            ProductLine line = lines.get(i);
            monthlyBase[i] = line.annualValue() / 12;
            valueAdded[i] = line.valueAddedShare();
            affiliate[i] = line.affiliateShare();
            fobAbsorption[i] = line.fobAbsorption();
            counterfactualIndex[i] = indexOf(distinct, line.counterfactualRate());
            for (int s = 0; s < regimeCount; s++) {
                for (int t = 0; t < months; t++) {
                    double r = line.rate(chain.regimes().get(s), start.plusMonths(t));
                    rateIndex[(i * regimeCount + s) * months + t] = indexOf(distinct, r);
                }
            }
        }
        this.rates = new double[distinct.size()];
        for (int k = 0; k < rates.length; k++) {
            rates[k] = distinct.get(k);
        }
    }

    private static int indexOf(List<Double> distinct, double rate) {
        for (int k = 0; k < distinct.size(); k++) {
            if (distinct.get(k) == rate) {
                return k;
            }
        }
        distinct.add(rate);
        return distinct.size() - 1;
    }

    /** The number of product lines. */
    public int lineCount() {
        return lineCount;
    }

    /** The number of months. */
    public int months() {
        return months;
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

    /** The tariff rate of a line in a regime and month. */
    public double rate(int line, int regime, int t) {
        return rates[rateIndex[(line * regimeCount + regime) * months + t]];
    }
}
