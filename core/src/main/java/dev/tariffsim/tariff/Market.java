package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.util.List;

/**
 * A product line's US market: Korea's share, its rivals, and the US-made rest, which pays no tariff. With the
 * path's pass-through {@code phi}, the market's price index is {@code P = 1 + phi M},
 * {@code M = sK tau + sum_j s_j tau_j} (the share-weighted tariff over all sources, US-made at 0), and Korea's
 * volume is {@code q = (p / P)^(-sigma) P^(-eta)}, {@code p = 1 + phi tau} (docs/model.md, step 3). Immutable.
 *
 * @param koreaShare {@code sK}, Korea's share of US sales of the product, in [0, 1]
 * @param rivals the rival supplier groups; shares with Korea's sum to at most 1, the rest being US-made
 */
public record Market(double koreaShare, List<Rival> rivals) {
    /** @throws IllegalArgumentException naming the offending field */
    public Market {
        Checks.requireProbability(koreaShare, "koreaShare");
        rivals = List.copyOf(Checks.requireNonNull(rivals, "rivals"));
        double sum = koreaShare;
        for (int j = 0; j < rivals.size(); j++) {
            Checks.requireNonNull(rivals.get(j), "rivals[" + j + "]");
            sum += rivals.get(j).share();
        }
        Checks.requireArgument(sum <= 1 + 1e-9, "rivals", Checks.format("shares summing with koreaShare to %.6g", sum),
            "at most 1 (the rest is US-made)");
    }

    /** The US-made share, {@code 1 - sK - sum_j s_j}, which pays no tariff. */
    public double usMadeShare() {
        double s = 1 - koreaShare;
        for (Rival r : rivals) {
            s -= r.share();
        }
        return Math.max(0, s);
    }
}
