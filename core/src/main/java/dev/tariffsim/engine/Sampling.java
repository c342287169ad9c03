package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.QuasiRandomBlock;
import dev.tariffsim.random.QuasiRandomDesign;
import java.util.List;
import java.util.Locale;

/**
 * How a run chooses its paths' random numbers.
 *
 * <ul>
 *   <li>{@link #MC}: plain (pseudo-random) Monte Carlo, optionally with antithetic pairs; standard errors from the
 *   paths (or pair means), as independent draws.</li>
 *   <li>{@link #RQMC}: randomised quasi-Monte Carlo. The draws a model declares important
 *   ({@link PathModel#quasiRandomBlocks()}) come from {@code R} independently scrambled Sobol' sequences
 *   ({@link QuasiRandomDesign}), path {@code i} taking point {@code i / R} of replicate {@code i mod R}; every other
 *   draw from the ordinary streams. The standard error is that of the {@code R} replicate means, never the i.i.d.
 *   formula (the paths of one replicate are not independent). Not combined with antithetic pairs.</li>
 * </ul>
 */
public enum Sampling {
    /** Plain Monte Carlo. */
    MC,
    /** Randomised quasi-Monte Carlo: scrambled Sobol' points in the model's declared dimensions, R replicates. */
    RQMC;

    /** The default number of RQMC replicates. */
    public static final int DEFAULT_REPLICATES = 16;

    /**
     * The sampling named {@code mc} or {@code rqmc} (case-insensitive).
     *
     * @throws IllegalArgumentException for another name
     */
    public static Sampling parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("sampling is not mc or rqmc: " + name, e);
        }
    }

    /** The replicates of a run (0 unless RQMC), after checking the settings go together. */
    static int replicates(Sampling sampling, int replicates, boolean antithetic, long paths) {
        if (sampling != RQMC) {
            return 0;
        }
        Checks.requireArgument(!antithetic, "antithetic", true,
            "false under sampling rqmc (randomised QMC and antithetic pairs are not combined; see docs/engine.md)");
        Checks.requireArgument(paths % replicates == 0, "paths", paths,
            "a multiple of replicates " + replicates + " under sampling rqmc");
        return replicates;
    }

    /** The quantile mode of a run: RQMC and control variates need every path's value, so AUTO means EXACT. */
    static QuantileMode quantiles(QuantileMode asked, int replicates, boolean controlVariates) {
        if (replicates == 0 && !controlVariates) {
            return asked;
        }
        Checks.requireArgument(asked != QuantileMode.SKETCH, "quantiles", asked,
            "EXACT or AUTO under sampling rqmc or with control variates (they need every path's value)");
        return QuantileMode.EXACT;
    }

    /** The generator a result records: the pseudo-random algorithm, the design under RQMC, the control variates. */
    static String generator(QuasiRandomDesign design, List<ControlVariate> controls) {
        String prng = dev.tariffsim.random.PathRandom.ALGORITHM;
        String g = design == null ? prng : prng + " + " + design.describe();
        return controls.isEmpty() ? g
            : g + "; control variates " + controls.stream().map(ControlVariate::name).toList();
    }

    /** The model's control variates if asked for, else none. */
    static List<ControlVariate> controls(boolean asked, PathModel model) {
        if (!asked) {
            return List.of();
        }
        List<ControlVariate> c = model.controlVariates();
        if (c.isEmpty()) {
            throw new IllegalArgumentException("control variates: model " + model.name() + " declares none"
                + " (PathModel.controlVariates); run it without");
        }
        return List.copyOf(c);
    }

    /** The design of an RQMC run of {@code model}, or null under plain Monte Carlo. */
    static QuasiRandomDesign design(Sampling sampling, PathModel model, long seed, int replicates) {
        if (sampling != RQMC) {
            return null;
        }
        List<QuasiRandomBlock> blocks = model.quasiRandomBlocks();
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("sampling rqmc: model " + model.name() + " declares no quasi-random"
                + " draws (PathModel.quasiRandomBlocks); run it with plain Monte Carlo");
        }
        return QuasiRandomDesign.of(blocks, seed, replicates);
    }
}
