package dev.tariffsim.model;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.tariff.RegimeChain;

/**
 * The regime's steps (docs/model.md, section 3, steps 1 and 10), with the forced months and each regime's deal
 * status computed once: a forced month overrides the chain; a capital-call snap-back overrides the transition.
 * Immutable and thread-safe.
 */
final class RegimeSteps {
    private final RegimeChain chain;
    private final int[] forced;
    private final boolean[] dealInForce;
    private final int snapBackRegime;

    RegimeSteps(Scenario scenario) {
        this.chain = scenario.regimes();
        this.forced = chain.forcedPath(scenario.start(), scenario.horizonMonths());
        this.dealInForce = new boolean[chain.size()];
        for (int s = 0; s < dealInForce.length; s++) {
            dealInForce[s] = chain.regimes().get(s).dealInForce();
        }
        this.snapBackRegime = scenario.pledge().cash().capitalCalls() == null ? -1
            : chain.indexOf(scenario.pledge().cash().capitalCalls().snapBackRegime());
    }

    /** The regime at month 0. */
    int initial() {
        return chain.initial();
    }

    /** Step 1: the regime in force during month {@code t}, given the chain's {@code regime}. */
    int inForce(int t, int regime) {
        return forced[t] >= 0 ? forced[t] : regime;
    }

    /** Whether the deal is in force in a regime. */
    boolean deal(int regime) {
        return dealInForce[regime];
    }

    /** The regime a capital-call snap-back switches to (-1 without capital calls). */
    int snapBack() {
        return snapBackRegime;
    }

    /** Step 10: next month's regime for the uniform {@code u}, or the snap-back regime. */
    int next(int regime, double u, boolean snapBack) {
        return snapBack ? snapBackRegime : chain.next(regime, u);
    }
}
