package dev.tariffsim.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import org.junit.jupiter.api.Test;

final class CallQueueTest {
    private static final double CAP = 20;

    private static double[] payments(CallQueue q, RandomStream rng, boolean[] deal, double factor, double total) {
        q.reset();
        double[] paid = new double[deal.length];
        double sum = 0;
        for (int t = 0; t < deal.length; t++) {
            paid[t] = q.month(t, deal[t], total - sum, factor, rng);
            sum += paid[t];
        }
        return paid;
    }

    private static boolean[] always(int months) {
        boolean[] d = new boolean[months];
        java.util.Arrays.fill(d, true);
        return d;
    }

    @Test
    void noTwelveConsecutiveMonthsPayMoreThanTheCap() {
        CallQueue q = new CallQueue(new CapitalCalls(24, Math.log(3), 0.8, 45, 0.3, "COLLAPSED"), CAP);
        PathRandom random = new PathRandom(4, false);
        RandomStream rng = random.stream("capitalCalls");
        double maxWindow = 0;
        double paidTotal = 0;
        for (int path = 0; path < 500; path++) {
            random.startPath(path);
            double[] paid = payments(q, rng, always(120), 1, 200);
            for (int t = 0; t + 12 <= paid.length; t++) {
                double w = 0;
                for (int k = t; k < t + 12; k++) {
                    w += paid[k];
                }
                maxWindow = Math.max(maxWindow, w);
            }
            for (double p : paid) {
                paidTotal += p;
                assertThat(p).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(maxWindow).isLessThanOrEqualTo(CAP + 1e-9).isGreaterThan(CAP - 1);
        assertThat(paidTotal / 500).isLessThanOrEqualTo(200 + 1e-9);
    }

    @Test
    void callsUnpaidByTheirDeadlineAreRefused() {
        // About 5 calls of about 10 a month against a cap of 20 a year: most calls cannot be paid in time.
        CallQueue q = new CallQueue(new CapitalCalls(60, Math.log(10), 0.1, 45, 1.0, "COLLAPSED"), CAP);
        PathRandom random = new PathRandom(5, false);
        RandomStream rng = random.stream("capitalCalls");
        random.startPath(0);
        payments(q, rng, always(24), 1, 1_000);
        assertThat(q.refusedCalls()).isGreaterThan(10);
        // With a generous cap every call is paid in its month, and none is refused.
        CallQueue generous = new CallQueue(new CapitalCalls(12, Math.log(1), 0.1, 45, 1.0, "COLLAPSED"), 1_000);
        payments(generous, rng, always(24), 1, 1_000);
        assertThat(generous.refusedCalls()).isZero();
        assertThat(new CapitalCalls(12, 0, 0.1, 45, 1.0, "COLLAPSED").deadlineMonths()).isEqualTo(2);
    }

    @Test
    void aBindingGrantedSafeguardDefersCallsInsteadOfRefusingThem() {
        // The refusal case above, with the safeguard binding every month: nothing reaches its deadline.
        CallQueue q = new CallQueue(new CapitalCalls(60, Math.log(10), 0.1, 45, 1.0, "COLLAPSED"), CAP);
        PathRandom random = new PathRandom(5, false);
        RandomStream rng = random.stream("capitalCalls");
        random.startPath(0);
        payments(q, rng, always(24), 0.5, 1_000);
        assertThat(q.refusedCalls()).isZero();
    }

    @Test
    void safeguardCutsWhatAMonthMayPay() {
        CallQueue q = new CallQueue(new CapitalCalls(120, Math.log(50), 0.01, 2_000, 0, "COLLAPSED"), CAP);
        PathRandom random = new PathRandom(6, false);
        RandomStream rng = random.stream("capitalCalls");
        random.startPath(0);
        double[] paid = payments(q, rng, always(1), 0.5, 200);
        assertThat(paid[0]).isEqualTo(CAP * 0.5);
    }

    @Test
    void nothingIsPaidOutsideTheDeal() {
        CallQueue q = new CallQueue(new CapitalCalls(120, Math.log(5), 0.5, 45, 0, "COLLAPSED"), CAP);
        PathRandom random = new PathRandom(7, false);
        RandomStream rng = random.stream("capitalCalls");
        random.startPath(0);
        boolean[] deal = new boolean[24];
        double[] paid = payments(q, rng, deal, 1, 200);
        for (double p : paid) {
            assertThat(p).isZero();
        }
    }

    @Test
    void noCallIsDroppedWhenMoreThan256ArePending() {
        // 1,000 calls a year (83.3 a month) with a 9-month deadline and a cap too small to pay anything: about 750
        // calls are pending at once, and every call that reaches its deadline is refused. Before the queue grew,
        // arrivals beyond 256 pending were dropped silently, so only about 256 refusals came per 9 months.
        CapitalCalls calls = new CapitalCalls(1000, 0, 0.1, 200, 0, "COLLAPSED");
        CallQueue q = new CallQueue(calls, 1e-9);
        PathRandom random = new PathRandom(5, false);
        RandomStream rng = random.stream("capitalCalls");
        random.startPath(0);
        int months = 36;
        payments(q, rng, always(months), 1, 1e5);
        double expiredMonths = months - calls.deadlineMonths();
        // Poisson total over 27 months has mean 2,250 and sd 47; 0.9 of the mean is 4.8 sd below it (p < 1e-6)
        assertThat(q.refusedCalls()).isGreaterThan((int) (0.9 * 1000 / 12.0 * expiredMonths));
    }
}
