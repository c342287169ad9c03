package dev.tariffsim.pledge;

import dev.tariffsim.internal.Checks;
import java.time.YearMonth;

/**
 * Project notices that arrive at random instead of the fixed monthly schedule: a Poisson number of calls a
 * month while the deal is in force, each of lognormal size, each to be paid within a deadline. A call not paid
 * in full by its deadline is refused; with probability {@code snapBackProbability} the refusal makes the
 * regime switch to {@code snapBackRegime} the next month (a tariff snap-back).
 *
 * <p>Deadline: {@code deadlineBusinessDays} are converted to whole months at 21.75 business days a month
 * (261 a year), rounded down: 45 business days give 2, so a call noticed in month {@code t} may be paid in
 * months {@code t}, {@code t+1} and {@code t+2}.
 *
 * @param callsPerYear mean number of project notices a year while the deal is in force, in [0, 1000]
 * @param sizeMeanLog mean of the log of a call's size (USD billions)
 * @param sizeSdLog standard deviation of the log size, in [0, 3]
 * @param deadlineBusinessDays business days from notice to payment deadline
 * @param snapBackProbability chance that a refused call switches the regime
 * @param snapBackRegime the regime a refusal switches to
 * @param selectionDeadline the last calendar month in which a project may be selected (a call noticed), or null
 *     for none; calls noticed by then are still paid afterwards
 */
public record CapitalCalls(double callsPerYear, double sizeMeanLog, double sizeSdLog, int deadlineBusinessDays,
                           double snapBackProbability, String snapBackRegime, YearMonth selectionDeadline) {
    /** Business days in a month, 261 / 12. */
    public static final double BUSINESS_DAYS_PER_MONTH = 261.0 / 12;
    /** Calls a worker's queue holds before it first grows (it doubles as needed; no call is ever dropped). */
    public static final int MAX_PENDING = 256;

    /** @throws IllegalArgumentException naming the offending field */
    public CapitalCalls {
        Checks.requireInRange(callsPerYear, 0, 1000, "callsPerYear");
        Checks.requireInRange(sizeMeanLog, -20, 11.5, "sizeMeanLog");
        Checks.requireInRange(sizeSdLog, 0, 3, "sizeSdLog");
        Checks.requireArgument(deadlineBusinessDays >= 1 && deadlineBusinessDays <= 2610, "deadlineBusinessDays",
            deadlineBusinessDays, "in [1, 2610]");
        Checks.requireProbability(snapBackProbability, "snapBackProbability");
        Checks.requireIdentifier(snapBackRegime, "snapBackRegime");
    }

    /** Calls without a selection deadline. */
    public CapitalCalls(double callsPerYear, double sizeMeanLog, double sizeSdLog, int deadlineBusinessDays,
                        double snapBackProbability, String snapBackRegime) {
        this(callsPerYear, sizeMeanLog, sizeSdLog, deadlineBusinessDays, snapBackProbability, snapBackRegime, null);
    }

    /** Months after the notice month in which a call may still be paid. */
    public int deadlineMonths() {
        return (int) Math.floor(deadlineBusinessDays / BUSINESS_DAYS_PER_MONTH);
    }
}
