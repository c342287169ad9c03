package dev.tariffsim.trade;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;

/**
 * The trade flows of one path. A line's monthly flows are its base value {@code b} times {@code w = (1 - d(t)) D(t)}
 * (the share still exported from Korea, section 8.2, times US demand) times a factor of the price point in force
 * (rate, market tariff and their counterfactuals, section 8.1), so a month only adds {@code DF w}, {@code DF w X},
 * {@code w}, (first year) {@code w X} and (by calendar year) {@code w}, {@code w X} to the line's cell of that point
 * ({@link #month}); {@link #finish} turns the cells into flows with the path's factors ({@link IncomeFactors}):
 * export (customs) value {@code q u}, tariff {@code tau q u}, importers' absorption {@code q (1-psi)(1-phi) tau},
 * Korea's income loss {@code va (1-q) + q (1-u) + a q (1-psi)(1-phi) tau}, FOB revenue loss {@code 1 - q u},
 * US buyers' cost {@code q phi tau}; the saving is the income loss at the counterfactual point minus the income
 * loss; KRW amounts in trillions. Mutable, not thread-safe (one per worker); allocates nothing after construction.
 */
public final class TradeLedger {
    private final TradeTable table;
    private final IncomeFactors f;
    /** Per (line, rate) cell: sum of DF D, of DF D X, of D, and of D X over the first 12 months. */
    /** Interleaved by cell ({@code 4 cell + j}), so that a month's four sums of a cell share a cache line. */
    private final double[] cellSums;
    private static final int DISCOUNTED = 0;
    private static final int DISCOUNTED_KRW = 1;
    private static final int UNDISCOUNTED = 2;
    private static final int FIRST_YEAR_KRW = 3;
    /** Per (year, line, rate) cell: sum of D ({@code 2 (year cell)}) and of D X ({@code 2 (year cell) + 1}). */
    private final double[] yearly;
    /** Per line (index {@code flow * lines + line}), present values. */
    private final double[] line;
    /** Per (year, line): export value, tariff paid, volume index; per year: income loss, savings (USD, KRW). */
    private final double[] total = new double[FLOWS + 4];
    private final CalendarYears calendar;

    /** Per-line flows, present values: indices of {@link #line(int, int)}. */
    public static final int EXPORT = 0;
    public static final int TARIFF = 1;
    public static final int ABSORBED = 2;
    public static final int INCOME_LOSS = 3;
    public static final int REVENUE_LOSS = 4;
    public static final int SAVINGS = 5;
    public static final int US_CONSUMER_COST = 6;
    public static final int VOLUME_CHANGE = 7;
    public static final int US_PRICE_CHANGE = 8;
    static final int FLOWS = 9;
    private static final int INCOME_LOSS_KRW = FLOWS;
    private static final int REVENUE_LOSS_KRW = FLOWS + 1;
    private static final int FIRST_YEAR_SAVINGS_KRW = FLOWS + 2;
    private static final int TARIFF_KRW = FLOWS + 3;

    /**
     * A ledger of a table.
     *
     * @throws IllegalArgumentException if the table is null
     */
    public TradeLedger(TradeTable table) {
        this.table = Checks.requireNonNull(table, "table");
        this.f = new IncomeFactors(table);
        int cells = table.lineCount * table.rates.length;
        this.cellSums = new double[4 * cells];
        this.yearly = new double[2 * table.yearCount * cells];
        this.calendar = new CalendarYears(table);
        this.line = new double[FLOWS * table.lineCount];
    }

    /** Starts a path with {@code sigma = eta = eps} for lines with a market (the same {@code p^(-eps)}). */
    public void startPath(double phi, double eps) {
        startPath(phi, eps, eps, eps);
    }

    /**
     * Starts a path: each cell's factors with pass-through {@code phi}, own-price elasticity {@code eps}, and for
     * lines with a market Armington substitution {@code sigma} and market elasticity {@code eta}.
     */
    public void startPath(double phi, double eps, double sigma, double eta) {
        f.compute(phi, eps, sigma, eta);
        Arrays.fill(cellSums, 0);
        Arrays.fill(yearly, 0);
    }

    /** Month {@code t} in regime {@code regime} on a path where no legal event happens (outcome 0). */
    public void month(int t, int regime, double discount, double demand, double fxRate) {
        month(t, regime, 0, discount, demand, fxRate);
    }

    /**
     * Month {@code t} in regime {@code regime}.
     *
     * @param outcome the path's legal-event outcome (bit set of the events that happen)
     * @param discount the month's discount factor
     * @param demand the US demand index {@code D(t)}
     * @param fxRate the KRW/USD rate {@code X(t)}
     */
    public void month(int t, int regime, int outcome, double discount, double demand, double fxRate) {
        final TradeTable tt = this.table;
        final int months = tt.months;
        final int rates = tt.rates.length;
        final int regimeCount = tt.regimeCount;
        final int lineCount = tt.lineCount;
        final int[] pointIndex = tt.pointIndex;
        final double[] exported = tt.exported;
        final int outcomeBase = outcome * lineCount * regimeCount * months;
        final int yearBase = tt.yearOf[t] * lineCount * rates;
        for (int i = 0; i < lineCount; i++) {
            final int at = (i * regimeCount + regime) * months + t;
            final int cell = i * rates + pointIndex[outcomeBase + at];
            final double w = exported[at] * demand;
            final double dd = discount * w;
            final double wKrw = w * fxRate;
            final int c4 = 4 * cell;
            cellSums[c4 + DISCOUNTED] += dd;
            cellSums[c4 + DISCOUNTED_KRW] += dd * fxRate;
            cellSums[c4 + UNDISCOUNTED] += w;
            final int y2 = 2 * (yearBase + cell);
            yearly[y2] += w;
            yearly[y2 + 1] += wKrw;
            if (t < 12) {
                cellSums[c4 + FIRST_YEAR_KRW] += wKrw;
            }
        }
    }

    /** Turns the path's cells into flows, read by the getters. */
    public void finish() {
        final TradeTable tt = this.table;
        final int rates = tt.rates.length;
        final int lines = tt.lineCount;
        Arrays.fill(total, 0);
        calendar.clear();
        for (int i = 0; i < lines; i++) {
            double v = tt.monthlyBase[i];
            double volume = 0;
            double volumeC = 0;
            double price = 0;
            double weight = 0;
            for (int flow = 0; flow < VOLUME_CHANGE; flow++) {
                line[flow * lines + i] = 0;
            }
            for (int k = 0; k < rates; k++) {
                int cell = i * rates + k;
                double sd = v * cellSums[4 * cell + DISCOUNTED];
                double saving = f.incomeLossC[cell] - f.incomeLoss[cell];
                line[EXPORT * lines + i] += f.export[cell] * sd;
                line[TARIFF * lines + i] += tt.rates[k] * f.export[cell] * sd;
                line[ABSORBED * lines + i] += f.absorbed[cell] * sd;
                line[INCOME_LOSS * lines + i] += f.incomeLoss[cell] * sd;
                line[REVENUE_LOSS * lines + i] += (1 - f.export[cell]) * sd;
                line[SAVINGS * lines + i] += saving * sd;
                line[US_CONSUMER_COST * lines + i] += f.consumerCost[cell] * sd;
                total[INCOME_LOSS_KRW] += v * f.incomeLoss[cell] * cellSums[4 * cell + DISCOUNTED_KRW] / 1000;
                total[TARIFF_KRW] += v * tt.rates[k] * f.export[cell] * cellSums[4 * cell + DISCOUNTED_KRW] / 1000;
                total[REVENUE_LOSS_KRW] += v * (1 - f.export[cell]) * cellSums[4 * cell + DISCOUNTED_KRW] / 1000;
                total[FIRST_YEAR_SAVINGS_KRW] += v * saving * cellSums[4 * cell + FIRST_YEAR_KRW] / 1000;
                double su = cellSums[4 * cell + UNDISCOUNTED];
                volume += f.volume[cell] * su;
                volumeC += f.volumeC[cell] * su;
                price += (f.price[cell] / f.priceC[cell] - 1) * su;
                weight += su;
            }
            line[VOLUME_CHANGE * lines + i] = volumeC > 0 ? volume / volumeC - 1 : 0;
            line[US_PRICE_CHANGE * lines + i] = weight > 0 ? price / weight : 0;
            for (int flow = 0; flow < VOLUME_CHANGE; flow++) {
                total[flow] += line[flow * lines + i];
            }
            calendar.add(i, v, f, yearly);
        }
    }

    /** The path's calendar-year flows, once {@link #finish} has run. */
    public CalendarYears calendar() {
        return calendar;
    }

    /**
     * Line {@code i}'s flow, USD bn PV ({@link #VOLUME_CHANGE} and {@link #US_PRICE_CHANGE}: fractions).
     *
     * @param flow one of {@link #EXPORT}, {@link #TARIFF}, {@link #ABSORBED}, {@link #INCOME_LOSS},
     *     {@link #REVENUE_LOSS}, {@link #SAVINGS}, {@link #US_CONSUMER_COST}, {@link #VOLUME_CHANGE},
     *     {@link #US_PRICE_CHANGE}
     */
    public double line(int flow, int i) {
        return line[flow * table.lineCount + i];
    }

    /** A flow summed over the lines, USD bn PV; {@code flow} as in {@link #line(int, int)}, not a change. */
    public double total(int flow) {
        return total[flow];
    }

    /** {@link #INCOME_LOSS} in KRW trillions at each month's rate, PV. */
    public double koreaIncomeLossKrwTn() {
        return total[INCOME_LOSS_KRW];
    }

    /** {@link #TARIFF} in KRW trillions at each month's rate, PV. */
    public double tariffPaidKrwTn() {
        return total[TARIFF_KRW];
    }

    /** {@link #REVENUE_LOSS} in KRW trillions at each month's rate, PV. */
    public double exporterRevenueLossKrwTn() {
        return total[REVENUE_LOSS_KRW];
    }

    /** The saving of the first 12 months in KRW trillions, undiscounted. */
    public double firstYearSavingsKrwTn() {
        return total[FIRST_YEAR_SAVINGS_KRW];
    }
}
