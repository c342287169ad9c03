package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.LatinHypercubeDesign;
import dev.tariffsim.random.PointDesign;
import dev.tariffsim.random.QuasiRandomBlock;
import dev.tariffsim.random.QuasiRandomDesign;
import dev.tariffsim.stats.Replication;
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
 *   <li>{@link #LHS}: replicated Latin hypercube sampling of the same declared draws
 *   ({@link LatinHypercubeDesign}): paths {@code [b m, (b + 1) m)} form block {@code b}, an independent Latin
 *   hypercube of {@code m} points; Brownian blocks are stratified at their end points only. The standard error is
 *   that of the block means (Student's t with one degree of freedom fewer than the blocks). Not combined with
 *   antithetic pairs.</li>
 * </ul>
 */
public enum Sampling {
    /** Plain Monte Carlo. */
    MC,
    /** Randomised quasi-Monte Carlo: scrambled Sobol' points in the model's declared dimensions, R replicates. */
    RQMC,
    /** Latin hypercube sampling of the model's declared dimensions, in independent blocks of m paths. */
    LHS;

    /** The default number of RQMC replicates. */
    public static final int DEFAULT_REPLICATES = 16;
    /**
     * The block size that asks for the automatic one ({@link LatinHypercubeDesign#autoBlockSize}): the largest power
     * of two up to 1,024 that divides the paths into at least 16 blocks.
     */
    public static final int AUTO_BLOCK_SIZE = 0;

    /** The command-line name: {@code mc}, {@code rqmc} or {@code lhs}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names {@link #parse} accepts, for messages: {@code mc, rqmc or lhs}. */
    public static String choices() {
        Sampling[] all = values();
        StringBuilder b = new StringBuilder(all[0].label());
        for (int i = 1; i < all.length; i++) {
            b.append(i == all.length - 1 ? " or " : ", ").append(all[i].label());
        }
        return b.toString();
    }

    /**
     * The sampling named {@code mc}, {@code rqmc} or {@code lhs} (case-insensitive).
     *
     * @throws IllegalArgumentException for another name
     */
    public static Sampling parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("sampling is not " + choices() + ": " + name, e);
        }
    }

    /**
     * How the paths of a run form independent replicates for its standard errors: none under MC, {@code R}
     * interleaved replicates under RQMC, blocks of {@code blockSize} paths under LHS; after checking that the
     * settings go together.
     */
    static Replication replication(Sampling sampling, int replicates, int blockSize, boolean antithetic, long paths) {
        if (sampling == MC) {
            return Replication.none();
        }
        String s = sampling.label();
        Checks.requireArgument(!antithetic, "antithetic", true, "false under sampling " + s + " (" + s
            + " and antithetic pairs are not combined; see docs/engine.md)");
        if (sampling == LHS && blockSize == AUTO_BLOCK_SIZE) {
            blockSize = LatinHypercubeDesign.autoBlockSize(paths);
            Checks.requireArgument(blockSize > 0, "paths", paths, "even and at least 32 under sampling lhs with the"
                + " automatic block size (a power of two up to 1024 giving at least 16 blocks), or set blockSize");
        }
        int unit = sampling == RQMC ? replicates : blockSize;
        Checks.requireArgument(paths % unit == 0, "paths", paths,
            "a multiple of " + (sampling == RQMC ? "replicates " : "blockSize ") + unit + " under sampling " + s);
        return sampling == RQMC ? Replication.interleaved(replicates) : Replication.blocks(blockSize);
    }

    /** Refuses a replicate count set under another sampling than RQMC, or a block size under another than LHS. */
    static void requireApplies(Sampling sampling, boolean replicatesSet, int replicates, boolean blockSizeSet,
                               int blockSize) {
        Checks.requireArgument(!replicatesSet || sampling == RQMC, "replicates", replicates,
            "set only under sampling rqmc (sampling is " + sampling.label() + ")");
        Checks.requireArgument(!blockSizeSet || sampling == LHS, "blockSize", blockSize,
            "set only under sampling lhs (sampling is " + sampling.label() + ")");
    }

    /** The replication of a run with {@code design} (null: plain Monte Carlo). */
    static Replication replication(PointDesign design) {
        if (design instanceof QuasiRandomDesign q) {
            return Replication.interleaved(q.replicates());
        }
        return design instanceof LatinHypercubeDesign l ? Replication.blocks(l.blockSize()) : Replication.none();
    }

    /** The quantile mode of a run: replicated runs and control variates need every path's value: AUTO means EXACT. */
    static QuantileMode quantiles(QuantileMode asked, boolean replicated, boolean controlVariates) {
        if (!replicated && !controlVariates) {
            return asked;
        }
        Checks.requireArgument(asked != QuantileMode.SKETCH, "quantiles", asked,
            "EXACT or AUTO under sampling rqmc or lhs or with control variates (they need every path's value)");
        return QuantileMode.EXACT;
    }

    /** The generator a result records: the pseudo-random algorithm, the design if any, the control variates. */
    static String generator(PointDesign design, List<ControlVariate> controls) {
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

    /** The design of an RQMC or LHS run of {@code model}, or null under plain Monte Carlo. */
    static PointDesign design(Sampling sampling, PathModel model, long seed, Replication replication) {
        if (sampling == MC) {
            return null;
        }
        List<QuasiRandomBlock> blocks = model.quasiRandomBlocks();
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("sampling " + sampling.label() + ": model " + model.name()
                + " declares no quasi-random draws (PathModel.quasiRandomBlocks); run it with plain Monte Carlo");
        }
        return sampling == RQMC ? QuasiRandomDesign.of(blocks, seed, replication.replicates())
            : LatinHypercubeDesign.of(blocks, seed, replication.blockSize());
    }
}
