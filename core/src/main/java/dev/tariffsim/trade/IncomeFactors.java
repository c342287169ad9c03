package dev.tariffsim.trade;

/**
 * A path's factors per unit of tariff-free export value, for every (line, rate) cell of a {@link TradeTable}
 * ({@code docs/model.md}, section 3, step 3). With pass-through {@code phi}, elasticity {@code eps}, rate
 * {@code tau} and the line's value-added share {@code va}, affiliate share {@code a} and FOB absorption
 * {@code psi}: US buyers' price {@code p = 1 + phi tau}, volume {@code q = p^-eps}, FOB unit value
 * {@code u = 1 - psi (1 - phi) tau / (1 + tau)}. Mutable, one per {@link TradeLedger}; allocates nothing after
 * construction.
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
    /** {@code q} of each rate, shared by the lines. */
    private final double[] volumeOfRate;

    IncomeFactors(TradeTable table) {
        this.table = table;
        int cells = table.lineCount * table.rates.length;
        volume = new double[cells];
        price = new double[cells];
        export = new double[cells];
        absorbed = new double[cells];
        incomeLoss = new double[cells];
        consumerCost = new double[cells];
        volumeOfRate = new double[table.rates.length];
    }

    void compute(double phi, double eps) {
        final double[] rates = table.rates;
        for (int k = 0; k < rates.length; k++) {
            volumeOfRate[k] = TradeEffects.volume(phi, eps, rates[k]);
        }
        for (int i = 0; i < table.lineCount; i++) {
            double va = table.valueAdded[i];
            double a = table.affiliate[i];
            double psi = table.fobAbsorption[i];
            for (int k = 0; k < rates.length; k++) {
                int cell = i * rates.length + k;
                double tau = rates[k];
                double q = volumeOfRate[k];
                double u = TradeEffects.fobUnitValue(phi, tau, psi);
                double margin = q * (1 - psi) * (1 - phi) * tau;
                volume[cell] = q;
                price[cell] = TradeEffects.landedPrice(phi, tau);
                export[cell] = q * u;
                absorbed[cell] = margin;
                incomeLoss[cell] = va * (1 - q) + q * (1 - u) + a * margin;
                consumerCost[cell] = q * phi * tau;
            }
        }
    }
}
