package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;

/**
 * The investment vehicle and its waterfall on one path. A month with contribution {@code c} and shock {@code z}:
 * {@code G = exp(a + b z)} with {@code a = (muI + delta - sigmaI^2/2) dt}, {@code b = sigmaI sqrt(dt)} computed once;
 * {@code N' = (N + c) G}; the distribution {@code delta dt N'} leaves the vehicle; the amount to recoup accrues
 * ({@link Waterfall#accrue}); Korea receives its share ({@link Waterfall#koreaShare}) of the distribution.
 * Mutable and not thread-safe: one per worker, {@link #reset} per path; allocates nothing.
 */
public final class VehicleAccount {
    private final double a;
    private final double b;
    private final double yieldDt;
    private final double dt;
    private final Waterfall waterfall;
    private double nav;
    private double toRecoup;
    private double receipts;
    private double koreaPv;
    private double usPv;
    private double logGrowth;
    private int months;

    /**
     * The account of a vehicle and waterfall, stepped every {@code dt} years.
     *
     * @throws IllegalArgumentException if a part is null or {@code dt} is not positive and finite
     */
    public VehicleAccount(InvestmentVehicle vehicle, Waterfall waterfall, double dt) {
        Checks.requireNonNull(vehicle, "vehicle");
        Checks.requireNonNull(waterfall, "waterfall");
        Checks.requirePositiveFinite(dt, "dt");
        this.a = (vehicle.capitalGrowth() + vehicle.cashYield() - 0.5 * vehicle.volatility() * vehicle.volatility()) * dt;
        this.b = vehicle.volatility() * Math.sqrt(dt);
        this.yieldDt = vehicle.cashYield() * dt;
        this.dt = dt;
        this.waterfall = waterfall;
    }

    /** Starts a path: an empty vehicle. */
    public void reset() {
        nav = 0;
        toRecoup = 0;
        receipts = 0;
        koreaPv = 0;
        usPv = 0;
        logGrowth = 0;
        months = 0;
    }

    /**
     * One month: pays in {@code c}, grows by the shock {@code z}, distributes, and returns Korea's share of the
     * distribution, USD billions.
     *
     * @param discount the month's discount factor, for the present value of Korea's receipts
     */
    public double month(double c, double z, double discount) {
        double logG = a + b * z;
        double growth = Math.exp(logG);
        logGrowth += logG;
        months++;
        double navGross = (nav + c) * growth;
        double distribution = yieldDt * navGross;
        nav = navGross - distribution;
        toRecoup = waterfall.accrue(toRecoup, c, dt);
        double korea = waterfall.koreaShare(receipts, toRecoup) * distribution;
        receipts = receipts + korea;
        koreaPv += discount * korea;
        usPv += discount * (distribution - korea);
        return korea;
    }

    /** Adds Korea's share of the vehicle's value at the horizon, discounted by {@code discount}. */
    public void liquidate(double discount) {
        double share = waterfall.koreaShare(receipts, toRecoup);
        koreaPv += share * nav * discount;
        usPv += (1 - share) * nav * discount;
    }

    /**
     * The annualised log total return of the vehicle's assets over the months stepped so far: the mean of
     * {@code ln G} per month divided by {@code dt}, {@code muI + delta - sigmaI^2/2 + sigmaI sqrt(dt) mean(z)/dt}.
     * A time-weighted return (capital growth and cash yield before distributions): it does not depend on when
     * or how much cash is paid in. Zero before the first month.
     */
    public double annualLogReturn() {
        return months == 0 ? 0 : logGrowth / (months * dt);
    }

    /** The vehicle's net asset value, USD billions. */
    public double nav() {
        return nav;
    }

    /** Korea's receipts so far (undiscounted), USD billions. */
    public double receipts() {
        return receipts;
    }

    /** Present value of the US share of the distributions (and of the value at the horizon) so far, USD bn. */
    public double usPv() {
        return usPv;
    }

    /** Present value of Korea's receipts so far, USD billions. */
    public double koreaPv() {
        return koreaPv;
    }
}
