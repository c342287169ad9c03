package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.RandomStream;
import java.time.YearMonth;

/**
 * The cash tranche on one path: what is paid in each month under the cap and the safeguard, and the present
 * value of the payments. Fixed schedule: {@code c(t) = min(cap(t), C - P(t))}, {@code cap(t) = A/12} while the
 * deal is in force (else 0), times {@code h} when {@code X(t) > Xsafe}. With capital calls, the {@link CallQueue}
 * decides. Nothing is paid before the tranche's first payment month {@code t0}; the safeguard applies only on a
 * path where it is granted ({@link #reset(boolean)}). Mutable and not thread-safe: one per worker,
 * {@link #reset} per path; allocates nothing after construction.
 */
public final class CashAccount {
    private final double total;
    private final double cashCapMonthly;
    private final double safeguardRate;
    private final double safeguardFactor;
    private final CallQueue calls;
    private final int firstMonth;
    private final boolean grantUncertain;
    private final double grantProbability;
    private double activeSafeguardRate;
    private double paidIn;
    private double contributionsPv;
    private boolean snapBack;

    /**
     * The account of a tranche whose horizon starts in calendar month {@code start}.
     *
     * @throws IllegalArgumentException if the tranche is null, or {@code start} is null while the tranche has dates
     */
    public CashAccount(CashTranche cash, YearMonth start) {
        Checks.requireNonNull(cash, "cash");
        boolean dated = cash.firstPayment() != null
            || (cash.capitalCalls() != null && cash.capitalCalls().selectionDeadline() != null);
        Checks.requireArgument(!dated || start != null, "start", null,
            "the horizon's first month (the tranche has dates)");
        this.total = cash.total();
        this.cashCapMonthly = cash.annualCap() / 12;
        this.safeguardRate = cash.safeguardRate();
        this.safeguardFactor = cash.safeguardFactor();
        this.firstMonth = cash.firstPayment() == null ? 0 : monthsBetween(start, cash.firstPayment());
        this.grantProbability = cash.safeguardGrantProbability();
        this.grantUncertain = grantProbability < 1;
        int deadline = Integer.MAX_VALUE;
        if (cash.capitalCalls() != null && cash.capitalCalls().selectionDeadline() != null) {
            deadline = monthsBetween(start, cash.capitalCalls().selectionDeadline());
        }
        this.calls = cash.capitalCalls() == null ? null
            : new CallQueue(cash.capitalCalls(), cash.annualCap(), firstMonth, deadline);
        this.activeSafeguardRate = safeguardRate;
    }

    /** The account of an undated tranche. @throws IllegalArgumentException if the tranche is null or dated */
    public CashAccount(CashTranche cash) {
        this(cash, null);
    }

    /** Months from {@code start} to {@code month}, negative if before. */
    static int monthsBetween(YearMonth start, YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, month);
    }

    /** Whether the safeguard's grant is uncertain, so a path draws it ({@code 0 < pg < 1}). */
    public boolean grantIsRandom() {
        return grantUncertain;
    }

    /** The probability {@code pg} that the US grants the safeguard on a path. */
    public double grantProbability() {
        return grantProbability;
    }

    /** Whether payments follow random capital calls (which draw from the {@code capitalCalls} stream). */
    public boolean hasCapitalCalls() {
        return calls != null;
    }

    /** Starts a path: nothing paid; the safeguard granted. */
    public void reset() {
        reset(true);
    }

    /** Starts a path: nothing paid; the safeguard applies only if {@code safeguardGranted}. */
    public void reset(boolean safeguardGranted) {
        activeSafeguardRate = safeguardGranted ? safeguardRate : Double.POSITIVE_INFINITY;
        paidIn = 0;
        contributionsPv = 0;
        snapBack = false;
        if (calls != null) {
            calls.reset();
        }
    }

    /**
     * Pays month {@code t}'s contribution and returns it, USD billions.
     *
     * @param deal whether the deal is in force
     * @param fxRate the KRW/USD rate at the start of the month (the safeguard's test)
     * @param discount the month's discount factor, for the present value
     * @param callRng the capital-call stream (unused, may be null, on the fixed schedule)
     */
    public double pay(int t, boolean deal, double fxRate, double discount, RandomStream callRng) {
        double c;
        if (calls == null) {
            double cap = deal && t >= firstMonth ? cashCapMonthly : 0;
            if (fxRate > activeSafeguardRate) {
                cap = cap * safeguardFactor;
            }
            c = Math.min(cap, total - paidIn);
        } else {
            double factor = fxRate > activeSafeguardRate ? safeguardFactor : 1;
            c = calls.month(t, deal, total - paidIn, factor, callRng);
            snapBack |= calls.snapBackNow();
        }
        paidIn = paidIn + c;
        contributionsPv += discount * c;
        return c;
    }

    /** Paid in so far, {@code P(t)}, USD billions. */
    public double paidIn() {
        return paidIn;
    }

    /** Present value of the payments so far, USD billions. */
    public double contributionsPv() {
        return contributionsPv;
    }

    /** Whether the last month's refusal switches the regime next month. */
    public boolean snapBackNow() {
        return calls != null && calls.snapBackNow();
    }

    /** Whether any refusal on this path triggered a snap-back. */
    public boolean snapBack() {
        return snapBack;
    }

    /** Calls refused on this path (0 on the fixed schedule). */
    public int refusedCalls() {
        return calls == null ? 0 : calls.refusedCalls();
    }
}
