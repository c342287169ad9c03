package dev.tariffsim.trade;

/**
 * The partial-equilibrium response of one product line to an ad valorem tariff {@code tau}, per unit of
 * tariff-free export value (the {@code base}):
 * <ul>
 *   <li>landed US price {@code p = 1 + phi tau} (tariff-free = 1);</li>
 *   <li>volume, own-price: {@code q = p^(-eps)}; with a market whose share-weighted tariff is {@code M}:
 *       {@code P = 1 + phi M}, {@code q = (p / P)^(-sigma) P^(-eta)} (Armington substitution {@code sigma} among
 *       sources, market demand elasticity {@code eta}); with {@code sigma = eta = eps} both are {@code p^(-eps)};</li>
 *   <li>exporter's price, FOB, {@code f = p / (1 + tau)};</li>
 *   <li>export value {@code X = base q f}, tariff paid {@code tau X}, exporter loss {@code base - X}.</li>
 * </ul>
 * The volume responds to the US buyers' price {@code p}; with {@code fobAbsorption psi < 1} the FOB unit value is
 * {@link #fobUnitValue} instead and the importer absorbs the rest. Pure functions; thread-safe.
 */
public final class TradeEffects {
    private TradeEffects() {
    }

    /** The landed US price relative to the tariff-free price. */
    public static double landedPrice(double phi, double tau) {
        return 1 + phi * tau;
    }

    /** The volume relative to the tariff-free volume, own-price response. */
    public static double volume(double phi, double eps, double tau) {
        return Math.pow(landedPrice(phi, tau), -eps);
    }

    /**
     * The volume relative to the tariff-free volume in a market with share-weighted tariff {@code m}:
     * {@code (p/P)^(-sigma) P^(-eta)}, {@code P = 1 + phi m}.
     */
    public static double volume(double phi, double sigma, double eta, double tau, double m) {
        double p = landedPrice(phi, tau);
        double index = 1 + phi * m;
        return Math.pow(p / index, -sigma) * Math.pow(index, -eta);
    }

    /** The exporter's price (FOB) relative to the tariff-free price: {@code f = p / (1 + tau)}. */
    public static double exporterPrice(double phi, double tau) {
        return landedPrice(phi, tau) / (1 + tau);
    }

    /**
     * The FOB (customs, transfer-price) unit value relative to the tariff-free price when the share {@code psi} of
     * the unpassed tariff is taken in the FOB price: {@code u = 1 - psi (1 - phi) tau / (1 + tau)}; with
     * {@code psi = 1} it is {@link #exporterPrice}.
     */
    public static double fobUnitValue(double phi, double tau, double psi) {
        return 1 - psi * (1 - phi) * tau / (1 + tau);
    }

    /** Export value (FOB) per unit of tariff-free export value: {@code q f}. */
    public static double valueFactor(double phi, double eps, double tau) {
        return volume(phi, eps, tau) * exporterPrice(phi, tau);
    }
}
