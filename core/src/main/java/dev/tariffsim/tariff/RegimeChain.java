package dev.tariffsim.tariff;

import dev.tariffsim.internal.Checks;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A monthly Markov chain over named regimes: an initial regime, a transition matrix, and optional forced
 * stretches. Immutable.
 *
 * <p>Transition: from regime {@code s}, with a uniform draw {@code u}, the next regime is the first
 * {@code j} in declaration order with {@code u < M[s][0] + ... + M[s][j]} (the last regime if rounding
 * leaves {@code u} above the row's sum).
 */
public final class RegimeChain {
    private static final double ROW_TOLERANCE = 1e-9;

    private final List<Regime> regimes;
    private final int initial;
    private final double[][] transitions;
    private final double[][] cumulative;
    private final List<ForcedRegime> forced;

    private RegimeChain(List<Regime> regimes, int initial, double[][] transitions, List<ForcedRegime> forced) {
        this.regimes = regimes;
        this.initial = initial;
        this.transitions = transitions;
        this.forced = forced;
        this.cumulative = new double[transitions.length][];
        for (int i = 0; i < transitions.length; i++) {
            cumulative[i] = new double[transitions.length];
            double c = 0;
            for (int j = 0; j < transitions.length; j++) {
                c += transitions[i][j];
                cumulative[i][j] = c;
            }
        }
    }

    /**
     * A validated chain.
     *
     * @param regimes the regimes, with unique names, in transition order
     * @param initial the name of the regime in force at month 0
     * @param transitions {@code transitions[i][j]}: probability of moving from regime i to regime j in one month;
     *     entries in [0, 1], rows summing to 1 within 1e-9
     * @param forced forced stretches (may be empty), each naming a declared regime
     * @throws IllegalArgumentException naming the offending field and value
     */
    public static RegimeChain of(List<Regime> regimes, String initial, double[][] transitions, List<ForcedRegime> forced) {
        Checks.requireNonNull(regimes, "regimes");
        Checks.requireArgument(!regimes.isEmpty(), "regimes", "[]", "at least one regime");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < regimes.size(); i++) {
            Regime r = Checks.requireNonNull(regimes.get(i), "regimes[" + i + "]");
            Checks.requireArgument(names.add(r.name()), "regimes[" + i + "].name", r.name(), "unique");
        }
        int init = indexIn(regimes, initial, "initial");
        Checks.requireNonNull(transitions, "transitions");
        int n = regimes.size();
        Checks.requireArgument(transitions.length == n, "transitions", transitions.length + " rows",
            n + " rows, one per regime");
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            Checks.requireNonNull(transitions[i], "transitions[" + i + "]");
            Checks.requireArgument(transitions[i].length == n, "transitions[" + i + "]", Arrays.toString(transitions[i]),
                n + " entries, one per regime");
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += Checks.requireProbability(transitions[i][j], "transitions[" + i + "][" + j + "]");
            }
            Checks.requireArgument(Math.abs(sum - 1) <= ROW_TOLERANCE, "transitions[" + i + "]",
                Arrays.toString(transitions[i]), Checks.format("a row summing to 1 within 1e-9 (it sums to %.12g)", sum));
            copy[i] = transitions[i].clone();
        }
        List<ForcedRegime> f = List.copyOf(Checks.requireNonNull(forced, "forced"));
        for (int i = 0; i < f.size(); i++) {
            indexIn(regimes, f.get(i).regime(), "forced[" + i + "].regime");
        }
        return new RegimeChain(List.copyOf(regimes), init, copy, f);
    }

    /** A chain with no forced stretches. */
    public static RegimeChain of(List<Regime> regimes, String initial, double[][] transitions) {
        return of(regimes, initial, transitions, List.of());
    }

    private static int indexIn(List<Regime> regimes, String name, String field) {
        for (int i = 0; i < regimes.size(); i++) {
            if (regimes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(Checks.format("%s is not a declared regime: %s (declared: %s)", field, name,
            regimes.stream().map(Regime::name).toList()));
    }

    /** The regimes in order. */
    public List<Regime> regimes() {
        return regimes;
    }

    /** The number of regimes. */
    public int size() {
        return regimes.size();
    }

    /** The index of the regime in force at month 0. */
    public int initial() {
        return initial;
    }

    /** The name of the initial regime. */
    public String initialName() {
        return regimes.get(initial).name();
    }

    /** The index of the named regime. @throws IllegalArgumentException if not declared */
    public int indexOf(String name) {
        return indexIn(regimes, name, "regime");
    }

    /** Transition probability from {@code i} to {@code j}. */
    public double transition(int i, int j) {
        return transitions[i][j];
    }

    /** A copy of the transition matrix. */
    public double[][] transitions() {
        double[][] out = new double[transitions.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = transitions[i].clone();
        }
        return out;
    }

    /** The forced stretches. */
    public List<ForcedRegime> forced() {
        return forced;
    }

    /** The next regime from {@code current} given a uniform draw {@code u} in [0, 1). Allocates nothing. */
    public int next(int current, double u) {
        double[] c = cumulative[current];
        for (int j = 0; j < c.length - 1; j++) {
            if (u < c[j]) {
                return j;
            }
        }
        return c.length - 1;
    }

    /**
     * For each month {@code t} of a horizon that starts at {@code start}, the index of the forced regime, or
     * -1 where the chain runs free. When stretches overlap the later one wins.
     */
    public int[] forcedPath(YearMonth start, int months) {
        int[] out = new int[months];
        Arrays.fill(out, -1);
        for (ForcedRegime f : forced) {
            int r = indexOf(f.regime());
            for (int t = 0; t < months; t++) {
                if (f.covers(start.plusMonths(t))) {
                    out[t] = r;
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegimeChain c && regimes.equals(c.regimes) && initial == c.initial
            && Arrays.deepEquals(transitions, c.transitions) && forced.equals(c.forced);
    }

    @Override
    public int hashCode() {
        return regimes.hashCode() * 31 + Arrays.deepHashCode(transitions);
    }

    @Override
    public String toString() {
        return "RegimeChain[" + regimes + ", initial=" + initialName() + ", transitions="
            + Arrays.deepToString(transitions) + ", forced=" + forced + "]";
    }
}
