package dev.tariffsim.trade;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;

/**
 * The trade flows of one path. A line's monthly flows are its base value {@code v} times {@code D(t)} times the
 * share still exported from Korea {@code 1 - d(t)} times a factor of the price point in force, so a month only adds
 * {@code w = (1 - d) D} times {@code DF}, {@code DF X}, 1 and (first year) {@code X} to the line's cell of that point
 * ({@link #month}); {@link #finish} turns the cells into flows with the path's factors ({@link #startPath}): exports
 * {@code v sum_k f(k) S(k)}, tariff {@code v sum_k tau_k f(k) S(k)}, loss {@code v sum_k (1 - f(k)) S(k)}, saving
 * {@code v sum_k (f(k) - fC(k)) S(k)} with {@code f} the export value factor {@code q p/(1+tau)}
 * ({@link TradeEffects}), {@code fC} the same at the counterfactual point and {@code S} the cell's sum (KRW
 * amounts divided by 1000, to trillions). Mutable and not thread-safe: one per worker; allocates nothing after
 * construction.
 */
public final class TradeLedger {
    private final TradeTable table;
    private final double[] valueFactor;
    private final double[] volumeFactor;
    private final double[] priceFactor;
    private final double[] cfValueFactor;
    private final double[] cfVolumeFactor;
    private final double[] cfPriceFactor;
    /** Per (line, rate) cell: sum of DF D, of DF D X, of D, and of D X over the first 12 months. */
    private final double[] discounted;
    private final double[] discountedKrw;
    private final double[] undiscounted;
    private final double[] firstYearKrw;
    private final double[] exportValue;
    private final double[] tariffRevenue;
    private final double[] lineExporterLoss;
    private final double[] lineDealSavings;
    private final double[] volumeChange;
    private final double[] usPriceChange;
    private double tariffPaid;
    private double tariffPaidKrwTn;
    private double exporterLoss;
    private double exporterLossKrwTn;
    private double dealSavings;
    private double firstYearSavingsKrwTn;

    /**
     * A ledger of a table.
     *
     * @throws IllegalArgumentException if the table is null
     */
    public TradeLedger(TradeTable table) {
        this.table = Checks.requireNonNull(table, "table");
        int rates = table.rates.length;
        this.valueFactor = new double[rates];
        this.volumeFactor = new double[rates];
        this.priceFactor = new double[rates];
        this.cfValueFactor = new double[rates];
        this.cfVolumeFactor = new double[rates];
        this.cfPriceFactor = new double[rates];
        int cells = table.lineCount * rates;
        this.discounted = new double[cells];
        this.discountedKrw = new double[cells];
        this.undiscounted = new double[cells];
        this.firstYearKrw = new double[cells];
        this.exportValue = new double[table.lineCount];
        this.tariffRevenue = new double[table.lineCount];
        this.lineExporterLoss = new double[table.lineCount];
        this.lineDealSavings = new double[table.lineCount];
        this.volumeChange = new double[table.lineCount];
        this.usPriceChange = new double[table.lineCount];
    }

    /**
     * Starts a path with pass-through {@code phi} and own-price elasticity {@code eps}; lines with a market use
     * {@code sigma = eta = eps}, which gives the same {@code p^(-eps)}.
     */
    public void startPath(double phi, double eps) {
        startPath(phi, eps, eps, eps);
    }

    /**
     * Starts a path: the factors of every price point, with pass-through {@code phi}, own-price elasticity
     * {@code eps} (lines without a market), Armington substitution {@code sigma} and market elasticity {@code eta}
     * (lines with one).
     */
    public void startPath(double phi, double eps, double sigma, double eta) {
        final double[] rates = table.rates;
        for (int k = 0; k < rates.length; k++) {
            double tau = rates[k];
            double m = table.market[k];
            double q = Double.isNaN(m) ? TradeEffects.volume(phi, eps, tau)
                : TradeEffects.volume(phi, sigma, eta, tau, m);
            volumeFactor[k] = q;
            valueFactor[k] = q * TradeEffects.exporterPrice(phi, tau);
            priceFactor[k] = TradeEffects.landedPrice(phi, tau);
            double tauC = table.cfRates[k];
            double mC = table.cfMarket[k];
            double qC = Double.isNaN(mC) ? TradeEffects.volume(phi, eps, tauC)
                : TradeEffects.volume(phi, sigma, eta, tauC, mC);
            cfVolumeFactor[k] = qC;
            cfValueFactor[k] = qC * TradeEffects.exporterPrice(phi, tauC);
            cfPriceFactor[k] = TradeEffects.landedPrice(phi, tauC);
        }
        Arrays.fill(discounted, 0);
        Arrays.fill(discountedKrw, 0);
        Arrays.fill(undiscounted, 0);
        Arrays.fill(firstYearKrw, 0);
    }

    /** Month {@code t} in regime {@code regime} with no legal event: {@link #month(int, int, int, double, double, double)}. */
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
        final double[] discounted = this.discounted;
        final double[] discountedKrw = this.discountedKrw;
        final double[] undiscounted = this.undiscounted;
        final double[] firstYearKrw = this.firstYearKrw;
        for (int i = 0; i < lineCount; i++) {
            final int at = (i * regimeCount + regime) * months + t;
            final int cell = i * rates + pointIndex[outcome * lineCount * regimeCount * months + at];
            final double w = exported[at] * demand;
            final double dd = discount * w;
            discounted[cell] += dd;
            discountedKrw[cell] += dd * fxRate;
            undiscounted[cell] += w;
            if (t < 12) {
                firstYearKrw[cell] += w * fxRate;
            }
        }
    }

    /** Turns the path's cells into flows, read by the per-line getters and the totals. */
    public void finish() {
        final TradeTable tt = this.table;
        final int rates = tt.rates.length;
        tariffPaid = 0;
        tariffPaidKrwTn = 0;
        exporterLoss = 0;
        exporterLossKrwTn = 0;
        dealSavings = 0;
        firstYearSavingsKrwTn = 0;
        for (int i = 0; i < tt.lineCount; i++) {
            double v = tt.monthlyBase[i];
            double exports = 0;
            double tariff = 0;
            double loss = 0;
            double saving = 0;
            double volume = 0;
            double volumeC = 0;
            double price = 0;
            double weight = 0;
            for (int k = 0; k < rates; k++) {
                int cell = i * rates + k;
                double sd = discounted[cell];
                double f = valueFactor[k];
                exports += f * sd;
                tariff += tt.rates[k] * f * sd;
                loss += (1 - f) * sd;
                saving += (f - cfValueFactor[k]) * sd;
                exporterLossKrwTn += v * (1 - f) * discountedKrw[cell] / 1000;
                tariffPaidKrwTn += v * tt.rates[k] * f * discountedKrw[cell] / 1000;
                firstYearSavingsKrwTn += v * (f - cfValueFactor[k]) * firstYearKrw[cell] / 1000;
                double su = undiscounted[cell];
                volume += volumeFactor[k] * su;
                volumeC += cfVolumeFactor[k] * su;
                price += (priceFactor[k] / cfPriceFactor[k] - 1) * su;
                weight += su;
            }
            exportValue[i] = v * exports;
            tariffRevenue[i] = v * tariff;
            lineExporterLoss[i] = v * loss;
            lineDealSavings[i] = v * saving;
            volumeChange[i] = volumeC > 0 ? volume / volumeC - 1 : 0;
            usPriceChange[i] = weight > 0 ? price / weight : 0;
            tariffPaid += v * tariff;
            exporterLoss += v * loss;
            dealSavings += v * saving;
        }
    }

    /** Line {@code i}'s export value (FOB), USD bn PV. */
    public double exportValue(int i) {
        return exportValue[i];
    }

    /** Line {@code i}'s tariff paid, USD bn PV. */
    public double tariffRevenue(int i) {
        return tariffRevenue[i];
    }

    /** Line {@code i}'s export value lost against no tariff, USD bn PV. */
    public double exporterLoss(int i) {
        return lineExporterLoss[i];
    }

    /** Line {@code i}'s export value gained against its counterfactual rate, USD bn PV. */
    public double dealSavings(int i) {
        return lineDealSavings[i];
    }

    /** Line {@code i}'s total volume against the counterfactual, minus 1. */
    public double volumeChange(int i) {
        return volumeChange[i];
    }

    /** Line {@code i}'s US landed price against the counterfactual, minus 1, weighted by tariff-free value. */
    public double usPriceChange(int i) {
        return usPriceChange[i];
    }

    /** Tariff paid on all lines, USD bn PV. */
    public double tariffPaid() {
        return tariffPaid;
    }

    /** {@link #tariffPaid()} in KRW trillions at each month's rate, PV. */
    public double tariffPaidKrwTn() {
        return tariffPaidKrwTn;
    }

    /** Export value lost against no tariff, all lines, USD bn PV. */
    public double exporterLoss() {
        return exporterLoss;
    }

    /** {@link #exporterLoss()} in KRW trillions at each month's rate, PV. */
    public double exporterLossKrwTn() {
        return exporterLossKrwTn;
    }

    /** Export value gained against the counterfactual rates, all lines, USD bn PV. */
    public double dealSavings() {
        return dealSavings;
    }

    /** The saving of the first 12 months in KRW trillions, undiscounted. */
    public double firstYearSavingsKrwTn() {
        return firstYearSavingsKrwTn;
    }
}
