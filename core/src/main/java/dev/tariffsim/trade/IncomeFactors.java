package dev.tariffsim.trade;

/**
 * A path's factors per unit of tariff-free export value, for every (line, point) cell of a {@link TradeTable}
 * ({@code docs/model.md}, section 3, step 3, and section 8.1). With pass-through {@code phi}, the point's rate
 * {@code tau} (and market tariff {@code M}), and the line's value-added share {@code va}, affiliate share {@code a}
 * and FOB absorption {@code psi}: US buyers' price {@code p = 1 + phi tau}, volume {@code q = p^-eps} (own-price)
 * or {@code (p/P)^-sigma P^-eta} with {@code P = 1 + phi M} (a line with a market), FOB unit value
 * {@code u = 1 - psi (1 - phi) tau / (1 + tau)}. Each cell also holds the counterfactual point's volume, price and
 * income loss (Korea at {@code tauC}, the market at {@code MC}). Mutable, one per {@link TradeLedger}; allocates
 * nothing after construction.
 */
final class IncomeFactors {
    private final TradeTable table;
    final double[] volume;
    final double[] price;
    /** {@code q u}. */
    final double[] export;
    /** {@code q (1 - psi)(1 - phi) tau}: the unpassed tariff borne by the importers' margin. */
    final double[] absorbed;
    /** {@code va (1 - q) + q (1 - u) + a q (1 - psi)(1 - phi) tau}. */
    final double[] incomeLoss;
    /** {@code q phi tau}. */
    final double[] consumerCost;
    /** The same at the cell's counterfactual point. */
    final double[] volumeC;
    final double[] priceC;
    final double[] incomeLossC;
    /** {@code q} and {@code qC} of each point, shared by the lines (one or two {@code Math.pow} per point). */
    private final double[] volumeOfPoint;
    private final double[] cfVolumeOfPoint;

    IncomeFactors(TradeTable table) {
        this.table = table;
        int cells = table.lineCount * table.rates.length;
        volume = new double[cells];
        price = new double[cells];
        export = new double[cells];
        absorbed = new double[cells];
        incomeLoss = new double[cells];
        consumerCost = new double[cells];
        volumeC = new double[cells];
        priceC = new double[cells];
        incomeLossC = new double[cells];
        volumeOfPoint = new double[table.rates.length];
        cfVolumeOfPoint = new double[table.rates.length];
    }

    void compute(double phi, double eps, double sigma, double eta) {
        final double[] rates = table.rates;
        for (int k = 0; k < rates.length; k++) {
            volumeOfPoint[k] = volume(phi, eps, sigma, eta, rates[k], table.market[k]);
            cfVolumeOfPoint[k] = volume(phi, eps, sigma, eta, table.cfRates[k], table.cfMarket[k]);
        }
        for (int i = 0; i < table.lineCount; i++) {
            double va = table.valueAdded[i];
            double a = table.affiliate[i];
            double psi = table.fobAbsorption[i];
            for (int k = 0; k < rates.length; k++) {
                int cell = i * rates.length + k;
                double tau = rates[k];
                double q = volumeOfPoint[k];
                double u = TradeEffects.fobUnitValue(phi, tau, psi);
                volume[cell] = q;
                price[cell] = TradeEffects.landedPrice(phi, tau);
                export[cell] = q * u;
                absorbed[cell] = margin(q, psi, phi, tau);
                incomeLoss[cell] = incomeLoss(va, a, q, u, margin(q, psi, phi, tau));
                consumerCost[cell] = q * phi * tau;
                // The counterfactual point by the same expressions, so that equal points give equal losses exactly.
                double tauC = table.cfRates[k];
                double qC = cfVolumeOfPoint[k];
                volumeC[cell] = qC;
                priceC[cell] = TradeEffects.landedPrice(phi, tauC);
                incomeLossC[cell] = incomeLoss(va, a, qC, TradeEffects.fobUnitValue(phi, tauC, psi),
                    margin(qC, psi, phi, tauC));
            }
        }
    }

    private static double margin(double q, double psi, double phi, double tau) {
        return q * (1 - psi) * (1 - phi) * tau;
    }

    private static double incomeLoss(double va, double a, double q, double u, double margin) {
        return va * (1 - q) + q * (1 - u) + a * margin;
    }

    private static double volume(double phi, double eps, double sigma, double eta, double tau, double m) {
        return Double.isNaN(m) ? TradeEffects.volume(phi, eps, tau) : TradeEffects.volume(phi, sigma, eta, tau, m);
    }
}
