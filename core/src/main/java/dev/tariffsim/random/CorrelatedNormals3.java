package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;

/**
 * Three correlated standard normals {@code z = L n} a step, from a 3 x 3 {@link CorrelationMatrix} whose root
 * {@code L} is copied into nine constants once. {@link #next} draws the three independent normals {@code n} from a
 * stream, in order, and keeps the product; {@link #first()}, {@link #second()}, {@link #third()} read it.
 * Mutable and not thread-safe: one per worker; allocates nothing after construction.
 */
public final class CorrelatedNormals3 {
    private final double l00, l01, l02, l10, l11, l12, l20, l21, l22;
    private double z0;
    private double z1;
    private double z2;

    /**
     * A sampler of a 3 x 3 correlation.
     *
     * @throws IllegalArgumentException if the matrix is not 3 x 3
     */
    public CorrelatedNormals3(CorrelationMatrix c) {
        Checks.requireNonNull(c, "correlation");
        Checks.requireArgument(c.dimension() == 3, "correlation dimension", c.dimension(), "3");
        this.l00 = c.root(0, 0);
        this.l01 = c.root(0, 1);
        this.l02 = c.root(0, 2);
        this.l10 = c.root(1, 0);
        this.l11 = c.root(1, 1);
        this.l12 = c.root(1, 2);
        this.l20 = c.root(2, 0);
        this.l21 = c.root(2, 1);
        this.l22 = c.root(2, 2);
    }

    /** Draws three independent normals from {@code stream} and forms their correlated image. */
    public void next(RandomStream stream) {
        final double n0 = stream.nextGaussian();
        final double n1 = stream.nextGaussian();
        final double n2 = stream.nextGaussian();
        z0 = l00 * n0 + l01 * n1 + l02 * n2;
        z1 = l10 * n0 + l11 * n1 + l12 * n2;
        z2 = l20 * n0 + l21 * n1 + l22 * n2;
    }

    /** The first correlated normal of the last draw. */
    public double first() {
        return z0;
    }

    /** The second correlated normal of the last draw. */
    public double second() {
        return z1;
    }

    /** The third correlated normal of the last draw. */
    public double third() {
        return z2;
    }
}
