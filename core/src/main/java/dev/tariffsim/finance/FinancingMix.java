package dev.tariffsim.finance;

import dev.tariffsim.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the pledge's outstanding funding is financed: sources with weights summing to 1 (within 1e-9). The
 * blended rate is {@code rf = sum w_k r_k}; the reserves' weight {@code wR} is the sum of the weights of the
 * sources that draw on reserves.
 *
 * @param sources the funding sources, with unique names
 */
public record FinancingMix(List<FundingSource> sources) {
    /** @throws IllegalArgumentException naming the offending field */
    public FinancingMix {
        Checks.requireNonNull(sources, "sources");
        Checks.requireArgument(!sources.isEmpty(), "sources", "[]", "at least one funding source");
        sources = List.copyOf(sources);
        Set<String> names = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < sources.size(); i++) {
            FundingSource s = sources.get(i);
            Checks.requireArgument(names.add(s.name()), "sources[" + i + "].name", s.name(), "unique");
            sum += s.weight();
        }
        Checks.requireArgument(Math.abs(sum - 1) <= 1e-9, "sources[*].weight",
            Checks.format("weights summing to %.12g", sum), "weights summing to 1 within 1e-9");
    }

    /** The blended annual rate {@code rf}. */
    public double blendedRate() {
        double r = 0;
        for (FundingSource s : sources) {
            r += s.weight() * s.annualRate();
        }
        return r;
    }

    /** The share of funding that leaves the FX reserves, {@code wR}. */
    public double reserveWeight() {
        double w = 0;
        for (FundingSource s : sources) {
            if (s.drawsOnReserves()) {
                w += s.weight();
            }
        }
        return w;
    }
}
