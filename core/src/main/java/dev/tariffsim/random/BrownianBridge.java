package dev.tariffsim.random;

/**
 * The Brownian-bridge construction of a Brownian motion at unit times {@code 1 .. steps} from {@code steps}
 * independent normals: normal 0 fixes the end point {@code W(steps) = sqrt(steps) z}, each next normal the
 * midpoint of the widest interval not yet filled (breadth first), so the first normals carry most of the path's
 * variance. The increments {@code W(t+1) - W(t)} are independent standard normals whatever the normals' order.
 * Immutable; {@link #increments} allocates nothing.
 */
final class BrownianBridge {
    private final int steps;
    private final int[] point;
    private final int[] left;
    private final int[] right;
    private final double[] wLeft;
    private final double[] wRight;
    private final double[] sd;

    BrownianBridge(int steps) {
        this.steps = steps;
        point = new int[steps];
        left = new int[steps];
        right = new int[steps];
        wLeft = new double[steps];
        wRight = new double[steps];
        sd = new double[steps];
        point[0] = steps;
        sd[0] = Math.sqrt(steps);
        int[] qa = new int[2 * steps];
        int[] qb = new int[2 * steps];
        int head = 0;
        int tail = 0;
        qa[tail] = 0;
        qb[tail++] = steps;
        int k = 1;
        while (head < tail) {
            int a = qa[head];
            int b = qb[head++];
            if (b - a < 2) {
                continue;
            }
            int m = (a + b) >>> 1;
            point[k] = m;
            left[k] = a;
            right[k] = b;
            wLeft[k] = (double) (b - m) / (b - a);
            wRight[k] = (double) (m - a) / (b - a);
            sd[k] = Math.sqrt((double) (m - a) * (b - m) / (b - a));
            k++;
            qa[tail] = a;
            qb[tail++] = m;
            qa[tail] = m;
            qb[tail++] = b;
        }
    }

    /** The number of steps. */
    int steps() {
        return steps;
    }

    /**
     * Fills {@code out[offset + t * stride]} with the increment {@code W(t+1) - W(t)}, {@code t < steps}, from the
     * normals {@code z[0..steps)} in bridge order; {@code w} is scratch of length {@code steps + 1}.
     */
    void increments(double[] z, double[] w, double[] out, int offset, int stride) {
        w[0] = 0;
        w[steps] = sd[0] * z[0];
        for (int k = 1; k < steps; k++) {
            w[point[k]] = wLeft[k] * w[left[k]] + wRight[k] * w[right[k]] + sd[k] * z[k];
        }
        for (int t = 0; t < steps; t++) {
            out[offset + t * stride] = w[t + 1] - w[t];
        }
    }
}
