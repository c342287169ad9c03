package dev.tariffsim.pledge;

import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.random.RandomStream;

/**
 * The pending capital calls of one path, in preallocated arrays (no allocation per path), and the payments of
 * the last 12 months for the rolling annual cap. Not thread-safe; one per worker.
 */
public final class CallQueue {
    private final CapitalCalls calls;
    private final double annualCap;
    private final double arrivalMean;
    private final int deadlineMonths;
    private final int firstNotice;
    private final int lastNotice;
    private double[] amount = new double[CapitalCalls.MAX_PENDING];
    private int[] deadline = new int[CapitalCalls.MAX_PENDING];
    private final double[] lastTwelve = new double[12];
    private int head;
    private int size;
    private double pendingTotal;
    private double paidInWindow;
    private int refused;
    private boolean snapBack;

    /** An empty queue for calls of {@code calls} under a rolling cap of {@code annualCap} USD billions a year. */
    public CallQueue(CapitalCalls calls, double annualCap) {
        this(calls, annualCap, 0, Integer.MAX_VALUE);
    }

    /**
     * An empty queue whose notices arrive only in months {@code firstNotice .. lastNotice} (the MOU's first date
     * and selection deadline, as month indices); calls noticed by then are still paid afterwards.
     */
    public CallQueue(CapitalCalls calls, double annualCap, int firstNotice, int lastNotice) {
        this.firstNotice = firstNotice;
        this.lastNotice = lastNotice;
        this.calls = calls;
        this.annualCap = annualCap;
        this.arrivalMean = calls.callsPerYear() / 12;
        this.deadlineMonths = calls.deadlineMonths();
    }

    /** Empties the queue and the payment window for a new path. */
    public void reset() {
        head = 0;
        size = 0;
        pendingTotal = 0;
        paidInWindow = 0;
        refused = 0;
        java.util.Arrays.fill(lastTwelve, 0);
    }

    /** Calls refused so far on this path. */
    public int refusedCalls() {
        return refused;
    }

    /**
     * One month: new notices (only while the deal is in force, and within the notice window), payments oldest
     * first within the rolling cap (times {@code safeguardFactor} when the safeguard binds), then refusals of calls
     * at their deadline. While the safeguard binds ({@code safeguardFactor < 1}) every pending deadline moves on a
     * month: a granted request defers calls instead of refusing them.
     * Returns the month's payment; {@link #snapBackNow()} tells whether a refusal triggered a snap-back.
     *
     * @param t the month, from 0
     * @param deal whether the deal is in force this month
     * @param unallocated cash not yet paid or called, {@code C - P(t)}, USD billions
     * @param safeguardFactor share of the cap still paid ({@code h} when the safeguard binds, else 1)
     * @param rng the path's capital-call stream
     */
    public double month(int t, boolean deal, double unallocated, double safeguardFactor, RandomStream rng) {
        snapBack = false;
        double paid = 0;
        int slot = t % 12;
        paidInWindow -= lastTwelve[slot];
        if (!deal) {
            head = 0;
            size = 0;
            pendingTotal = 0;
            drawArrivals(0, rng);
        } else {
            int arrivals = drawArrivals(t >= firstNotice && t <= lastNotice ? arrivalMean : 0, rng);
            double room = unallocated - pendingTotal;
            for (int k = 0; k < arrivals; k++) {
                double z = rng.nextGaussian();
                double size = Math.min(Math.exp(calls.sizeMeanLog() + calls.sizeSdLog() * z), room);
                if (size > 0) {
                    if (this.size == amount.length) {
                        grow();
                    }
                    int at = (head + this.size) % amount.length;
                    amount[at] = size;
                    deadline[at] = t + deadlineMonths;
                    this.size++;
                    pendingTotal += size;
                    room -= size;
                }
            }
            double capacity = Math.max(0, annualCap - paidInWindow) * safeguardFactor;
            for (int k = 0; k < this.size && capacity > 0; k++) {
                int at = (head + k) % amount.length;
                double pay = Math.min(amount[at], capacity);
                amount[at] -= pay;
                pendingTotal -= pay;
                capacity -= pay;
                paid += pay;
            }
            if (safeguardFactor < 1) {
                // A granted safeguard request changes the timing (the MOU's FX clause): while it binds, the
                // pending calls' deadlines move on a month, so they are deferred, not refused.
                for (int k = 0; k < this.size; k++) {
                    deadline[(head + k) % amount.length]++;
                }
            }
            while (this.size > 0 && (amount[head] <= 0 || deadline[head] <= t)) {
                if (amount[head] > 0) {
                    refused++;
                    pendingTotal -= amount[head];
                    if (rng.nextUniform() < calls.snapBackProbability()) {
                        snapBack = true;
                    }
                }
                head = (head + 1) % amount.length;
                this.size--;
            }
        }
        lastTwelve[slot] = paid;
        paidInWindow += paid;
        return paid;
    }

    /** Doubles the ring buffer, oldest call first: rare (beyond the initial capacity), never a dropped call. */
    private void grow() {
        double[] a = new double[amount.length * 2];
        int[] d = new int[amount.length * 2];
        for (int k = 0; k < size; k++) {
            a[k] = amount[(head + k) % amount.length];
            d[k] = deadline[(head + k) % amount.length];
        }
        amount = a;
        deadline = d;
        head = 0;
    }

    /** The number of calls pending. */
    int pending() {
        return size;
    }

    /** Whether a refusal in the last {@link #month} switches the regime. */
    public boolean snapBackNow() {
        return snapBack;
    }

    /** A Poisson draw by inversion from one uniform (the mean is a few calls a month). */
    private static int drawArrivals(double mean, RandomStream rng) {
        double u = rng.nextUniform();
        if (mean <= 0) {
            return 0;
        }
        double p = Math.exp(-mean);
        double c = p;
        int k = 0;
        while (u > c && k < 10_000) {
            k++;
            p *= mean / k;
            c += p;
        }
        return k;
    }
}
