package dev.tariffsim.trade;

/**
 * The partial-equilibrium response of one product line to an ad valorem tariff {@code tau}, per unit of
 * tariff-free export value (the {@code base}):
 * <ul>
 *   <li>landed US price {@code p = 1 + phi tau} (tariff-free = 1);</li>
 *   <li>volume {@code q = p^(-eps)};</li>
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

    /** The volume relative to the tariff-free volume. */
    public static double volume(double phi, double eps, double tau) {
        return Math.pow(landedPrice(phi, tau), -eps);
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
