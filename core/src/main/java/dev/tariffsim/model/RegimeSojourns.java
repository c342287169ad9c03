package dev.tariffsim.model;

import dev.tariffsim.random.RandomStream;
import dev.tariffsim.tariff.RegimeChain;

/**
 * The regime chain's transitions drawn by sojourn instead of month by month: the form the model uses under a
 * quasi-random design (randomised QMC or Latin hypercube), where the chain's timing should depend on a few uniforms
 * rather than on one per month (docs/model.md, section 3, step 10; docs/engine.md).
 *
 * <p>From regime {@code s} with monthly stay probability {@code p = P[s][s]}, the chain stays {@code N} more
 * month-ends, {@code P(N = n) = p^n (1 - p)}, drawn by inversion, {@code N = floor(ln u1 / ln p)} (never leaves if
 * {@code p = 1}, leaves at once if {@code p = 0}), and then moves to {@code j != s} with probability
 * {@code P[s][j] / (1 - p)}, drawn with a second uniform {@code u2}. Month by month this is the same Markov chain as
 * {@link RegimeChain#next}: the number of months to the first exit is geometric, and the exit's destination is
 * independent of when it happens. A regime set from outside (a forced month, a snap-back) that differs from the one
 * the count was drawn for starts a new sojourn; one that equals it continues the count, which the chain's lack of
 * memory makes correct.
 *
 * <p>Every sojourn takes two uniforms, in order, from one per-path sequence: the {@code k}-th sojourn's are numbers
 * {@code 2k} and {@code 2k + 1}, so a design's first dimensions are the first sojourns. Two {@link Walker}s (the
 * chain with its snap-backs, and the chain alone for the control variate) read the same sequence with their own
 * cursors, so they coincide until a snap-back separates them, as their month-by-month forms share each month's
 * uniform. Mutable, not thread-safe: one per simulator; allocates nothing after construction.
 */
final class RegimeSojourns {
    private final RandomStream stream;
    /** Per regime, {@code ln P[s][s]}: 0 for an absorbing regime, negative infinity for one always left. */
    private final double[] logStay;
    /** Per regime, the cumulative exit probabilities {@code sum_{i <= j, i != s} P[s][i] / (1 - p)}. */
    private final double[][] exitCumulative;
    private final double[] drawn;
    private int drawnCount;
    private final int months;

    RegimeSojourns(RegimeChain chain, RandomStream stream, int months) {
        this.stream = stream;
        this.months = months;
        int n = chain.size();
        this.logStay = new double[n];
        this.exitCumulative = new double[n][n];
        for (int s = 0; s < n; s++) {
            double p = chain.transition(s, s);
            logStay[s] = Math.log(p);
            double leave = 1 - p;
            double c = 0;
            for (int j = 0; j < n; j++) {
                c += j == s || leave <= 0 ? 0 : chain.transition(s, j) / leave;
                exitCumulative[s][j] = c;
            }
        }
        // two walkers of at most one sojourn a month each, two uniforms a sojourn
        this.drawn = new double[4 * months + 4];
    }

    /** Starts a path: no uniform drawn yet. */
    void startPath() {
        drawnCount = 0;
    }

    /** The path's uniform number {@code k}, drawn from the stream in order the first time either walker asks. */
    private double uniform(int k) {
        while (drawnCount <= k) {
            drawn[drawnCount++] = stream.nextUniform();
        }
        return drawn[k];
    }

    /**
     * The regime after this month-end, for a walker in {@code regime}.
     */
    int next(Walker w, int regime) {
        if (w.held != regime) {
            w.held = regime;
            double u = uniform(w.cursor);
            double logStay = this.logStay[regime];
            w.remaining = logStay == 0 ? Integer.MAX_VALUE
                : logStay == Double.NEGATIVE_INFINITY ? 0 : (int) Math.min(months + 1, Math.log(u) / logStay);
            w.destination = exit(regime, uniform(w.cursor + 1));
            w.cursor += 2;
        }
        if (w.remaining > 0) {
            w.remaining--;
            return regime;
        }
        w.held = -1;
        return w.destination;
    }

    private int exit(int regime, double u) {
        double[] c = exitCumulative[regime];
        int last = regime;
        for (int j = 0; j < c.length; j++) {
            if (j == regime || c[j] == (j == 0 ? 0 : c[j - 1])) {
                continue;
            }
            if (u < c[j]) {
                return j;
            }
            last = j;
        }
        return last;
    }

    /** One reader of the sequence: its regime's sojourn in progress. Reset per path. */
    static final class Walker {
        private int held = -1;
        private int remaining;
        private int destination;
        private int cursor;

        void startPath() {
            held = -1;
            remaining = 0;
            cursor = 0;
        }
    }
}
