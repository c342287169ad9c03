package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.YearMonth;
import java.util.List;

/**
 * Local production: the share of a line's baseline exports displaced by production in the US, as a dated step
 * schedule, for the deal and (optionally) a faster one without it. In month {@code t} the line's base is
 * {@code v (1 - d(t))} in every regime, with {@code d} from {@code withDeal} while the deal is in force and from
 * {@code withoutDeal} otherwise (the same schedule when that is empty). Immutable.
 *
 * @param withDeal steps in calendar order; each share holds from its month until the next step
 * @param withoutDeal steps for regimes without the deal, or empty to use {@code withDeal}
 */
public record Displacement(List<Step> withDeal, List<Step> withoutDeal) {
    /** @throws IllegalArgumentException naming the offending field */
    public Displacement {
        withDeal = checked(withDeal, "withDeal");
        withoutDeal = checked(withoutDeal, "withoutDeal");
        Checks.requireArgument(!withDeal.isEmpty(), "withDeal", "[]", "at least one step");
    }

    private static List<Step> checked(List<Step> steps, String field) {
        List<Step> copy = List.copyOf(Checks.requireNonNull(steps, field));
        for (int i = 1; i < copy.size(); i++) {
            Checks.requireArgument(copy.get(i).from().isAfter(copy.get(i - 1).from()), field + "[" + i + "].from",
                copy.get(i).from(), "after the previous step's month " + copy.get(i - 1).from());
        }
        return copy;
    }

    /** The share displaced in {@code month}, with or without the deal in force. */
    public double share(YearMonth month, boolean deal) {
        List<Step> steps = deal || withoutDeal.isEmpty() ? withDeal : withoutDeal;
        double d = 0;
        for (Step s : steps) {
            if (!s.from().isAfter(month)) {
                d = s.share();
            }
        }
        return d;
    }

    /**
     * A step: from calendar month {@code from}, the share {@code share} of the baseline is made in the US.
     *
     * @param from first month of the step
     * @param share displaced share, in [0, 1]
     */
    public record Step(YearMonth from, double share) {
        /** @throws IllegalArgumentException naming the offending field */
        public Step {
            Checks.requireNonNull(from, "from");
            Checks.requireProbability(share, "share");
        }
    }
}
