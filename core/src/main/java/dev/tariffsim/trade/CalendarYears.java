package dev.tariffsim.trade;

import java.util.Arrays;

/**
 * A path's trade flows by calendar year (docs/model.md, section 8.4), filled by {@link TradeLedger#finish} from the
 * ledger's per (year, line, point) sums of {@code w} and {@code w X}: per (year, line) the export (customs) value, the
 * tariff paid (USD and KRW) and the volume index; per year Korea's income loss and the deal's saving (USD and KRW),
 * undiscounted. KRW amounts are summed over a line's points in KRW billions and turned into trillions once per
 * (year, line). Mutable, not thread-safe (one per ledger); allocates nothing after construction.
 */
public final class CalendarYears {
    private final TradeTable table;
    private final double[] export;
    private final double[] tariff;
    private final double[] tariffKrw;
    private final double[] volume;
    private final double[] incomeLoss;
    private final double[] incomeLossKrw;
    private final double[] savings;
    private final double[] savingsKrw;

    CalendarYears(TradeTable table) {
        this.table = table;
        int years = table.yearCount;
        this.export = new double[years * table.lineCount];
        this.tariff = new double[years * table.lineCount];
        this.tariffKrw = new double[years * table.lineCount];
        this.volume = new double[years * table.lineCount];
        this.incomeLoss = new double[years];
        this.incomeLossKrw = new double[years];
        this.savings = new double[years];
        this.savingsKrw = new double[years];
    }

    /** Starts a path's years: the per-year totals are summed over the lines by {@link #add}. */
    void clear() {
        Arrays.fill(incomeLoss, 0);
        Arrays.fill(incomeLossKrw, 0);
        Arrays.fill(savings, 0);
        Arrays.fill(savingsKrw, 0);
    }

    /**
     * Adds line {@code i} of base value {@code v}, with the path's factors {@code f}, from {@code yearly}: per (year,
     * line, point) cell {@code c}, the sum of {@code w} at {@code 2c} and of {@code w X} at {@code 2c + 1}.
     */
    void add(int i, double v, IncomeFactors f, double[] yearly) {
        final TradeTable tt = this.table;
        final int rates = tt.rates.length;
        final int lines = tt.lineCount;
        final int first = i * rates;
        for (int y = 0, row = first; y < tt.yearCount; y++, row += lines * rates) {
            double exports = 0;
            double tariffUsd = 0;
            double tariffKrwBn = 0;
            double volumeSum = 0;
            double loss = 0;
            double lossKrwBn = 0;
            double saving = 0;
            double savingKrwBn = 0;
            for (int k = 0; k < rates; k++) {
                final int cell = first + k;
                final double su = yearly[2 * (row + k)];
                final double sk = yearly[2 * (row + k) + 1];
                final double cellTariff = v * tt.rates[k] * f.export[cell];
                final double cellLoss = v * f.incomeLoss[cell];
                final double cellSaving = v * (f.incomeLossC[cell] - f.incomeLoss[cell]);
                exports += v * f.export[cell] * su;
                tariffUsd += cellTariff * su;
                tariffKrwBn += cellTariff * sk;
                volumeSum += f.volume[cell] * su;
                loss += cellLoss * su;
                lossKrwBn += cellLoss * sk;
                saving += cellSaving * su;
                savingKrwBn += cellSaving * sk;
            }
            final int months = tt.monthsInYear[y];
            export[y * lines + i] = exports;
            tariff[y * lines + i] = tariffUsd;
            tariffKrw[y * lines + i] = tariffKrwBn / 1000;
            volume[y * lines + i] = months > 0 ? volumeSum / months : 0;
            incomeLoss[y] += loss;
            incomeLossKrw[y] += lossKrwBn / 1000;
            savings[y] += saving;
            savingsKrw[y] += savingKrwBn / 1000;
        }
    }

    /** Line {@code i}'s export (customs) value in calendar year index {@code y}, USD bn, undiscounted. */
    public double exportValue(int y, int i) {
        return export[y * table.lineCount + i];
    }

    /** Line {@code i}'s tariff paid in calendar year index {@code y}, USD bn, undiscounted. */
    public double tariffPaid(int y, int i) {
        return tariff[y * table.lineCount + i];
    }

    /** {@link #tariffPaid} in KRW trillions at each month's rate. */
    public double tariffPaidKrwTn(int y, int i) {
        return tariffKrw[y * table.lineCount + i];
    }

    /** Line {@code i}'s volume in calendar year index {@code y}: the mean of {@code D q} over its months. */
    public double volumeIndex(int y, int i) {
        return volume[y * table.lineCount + i];
    }

    /** Korea's income loss in calendar year index {@code y}, USD bn, undiscounted. */
    public double incomeLoss(int y) {
        return incomeLoss[y];
    }

    /** {@link #incomeLoss} in KRW trillions at each month's rate. */
    public double incomeLossKrwTn(int y) {
        return incomeLossKrw[y];
    }

    /** The deal's saving (value added) in calendar year index {@code y}, USD bn, undiscounted. */
    public double savings(int y) {
        return savings[y];
    }

    /** {@link #savings} in KRW trillions at each month's rate. */
    public double savingsKrwTn(int y) {
        return savingsKrw[y];
    }
}
