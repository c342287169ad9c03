package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;

/**
 * A model's declaration that the first draws of one named stream matter most, so that randomised quasi-Monte Carlo
 * should take them from coordinates of a scrambled Sobol' point instead of the stream's pseudo-random numbers.
 * Two kinds:
 * <ul>
 *   <li>{@link #uniforms}: the stream's first {@code draws} calls of {@code nextUniform}, {@code nextDouble} or
 *   {@code nextGaussian} each take one coordinate {@code u} ({@code nextGaussian} returns {@code Phi^-1(u)});</li>
 *   <li>{@link #brownian}: the stream's first {@code components * steps} calls of {@code nextGaussian} (draw
 *   {@code k} is step {@code k / components} of component {@code k % components}) are the unit increments of
 *   {@code components} independent Brownian motions built by a Brownian bridge, whose first {@code levels}
 *   bridge normals per component come from Sobol' coordinates (the coarse shape: the end point, then the
 *   midpoint, ...) and the rest from the stream's pseudo-random normals.</li>
 * </ul>
 * Draws beyond the block come from the stream's ordinary generator. Under plain Monte Carlo a block has no effect.
 *
 * @param stream the stream's name
 * @param draws the number of draws the block covers
 * @param components the number of Brownian components (0 for a block of uniforms)
 * @param levels Sobol' coordinates per Brownian component (0 for a block of uniforms)
 */
public record QuasiRandomBlock(String stream, int draws, int components, int levels) {
    /** @throws IllegalArgumentException if the name is blank or the counts are out of range */
    public QuasiRandomBlock {
        Checks.requireName(stream, "stream");
        Checks.requirePositive(draws, "draws");
        Checks.requireArgument(components >= 0, "components", components, "non-negative");
        if (components > 0) {
            Checks.requireArgument(draws % components == 0, "draws", draws, "a multiple of components " + components);
            Checks.requireArgument(levels >= 1 && levels <= draws / components, "levels", levels,
                "in [1, steps " + draws / components + "]");
        } else {
            Checks.requireArgument(levels == 0, "levels", levels, "0 for a block of uniforms");
        }
    }

    /** The first {@code draws} draws of {@code stream}, one Sobol' coordinate each. */
    public static QuasiRandomBlock uniforms(String stream, int draws) {
        return new QuasiRandomBlock(stream, draws, 0, 0);
    }

    /** The first {@code components * steps} normals of {@code stream} as Brownian increments by a bridge. */
    public static QuasiRandomBlock brownian(String stream, int components, int steps, int levels) {
        Checks.requirePositive(components, "components");
        Checks.requirePositive(steps, "steps");
        return new QuasiRandomBlock(stream, components * steps, components, levels);
    }

    /** Whether the block is a Brownian bridge. */
    public boolean isBrownian() {
        return components > 0;
    }

    /** The Sobol' dimensions the block takes. */
    public int dimensions() {
        return isBrownian() ? components * levels : draws;
    }
}
