package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The random source of one worker: named sub-streams, re-seeded at the start of every path from
 * (run seed, path index, stream name) alone.
 *
 * <h2>Reproducibility contract</h2>
 * The numbers a stream produces on path {@code i} are a function of the run seed, {@code i} and the
 * stream's name only: not of the worker, the thread count, the order in which paths run, or which other
 * streams exist. Hence (model, seed, paths) determines every number of a run, whatever the thread count,
 * and two models that name a component alike draw the same numbers for it (common random numbers).
 *
 * <p>Each stream is the JDK's {@code L64X128MixRandom} seeded with
 * {@code mixStafford13(mixStafford13(seed ^ nameHash) + GOLDEN * (pair + 1))}, where {@code nameHash} is
 * a 64-bit FNV-1a hash of the UTF-8 name mixed by MurmurHash3's finaliser and {@code pair} is the path
 * index ({@code index / 2} under antithetic sampling, the odd path mirroring the even one).
 *
 * <p>Not thread-safe: one instance belongs to one worker; the engine creates them.
 */
public final class PathRandom {
    /** The generator algorithm, as named by {@code java.util.random}. */
    public static final String ALGORITHM = Lxm.ALGORITHM;

    private final long seed;
    private final boolean antithetic;
    private final Map<String, RandomStream> byName = new LinkedHashMap<>();
    private RandomStream[] streams = new RandomStream[0];
    private long pathIndex = -1;
    private final PointDesign design;
    private final double[] point;
    private final PointDesign.Cursor cursor;
    private RandomStream[] blockStreams;
    private BrownianBridge[] bridges;
    private double[] bridgeNormals = new double[0];
    private double[] bridgeScratch = new double[0];

    /**
     * @param seed the run seed
     * @param antithetic whether paths come in mirrored pairs (2k, 2k+1)
     */
    public PathRandom(long seed, boolean antithetic) {
        this(seed, antithetic, null);
    }

    /**
     * A random source for randomised quasi-Monte Carlo or Latin hypercube sampling: the streams named by the
     * design's blocks take their first draws from path {@code i}'s point ({@link PointDesign#point}: a scrambled
     * Sobol' point or a Latin hypercube point).
     *
     * @param seed the run seed
     * @param design the run's design
     * @throws IllegalArgumentException if the design is null
     */
    public PathRandom(long seed, PointDesign design) {
        this(seed, false, Checks.requireNonNull(design, "design"));
    }

    private PathRandom(long seed, boolean antithetic, PointDesign design) {
        this.seed = seed;
        this.antithetic = antithetic;
        this.design = design;
        this.point = design == null ? null : new double[design.dimensions()];
        this.cursor = design == null ? null : design.cursor();
        if (design != null) {
            int n = design.blocks().size();
            blockStreams = new RandomStream[n];
            bridges = new BrownianBridge[n];
            for (int b = 0; b < n; b++) {
                QuasiRandomBlock block = design.blocks().get(b);
                blockStreams[b] = stream(block.stream());
                if (block.isBrownian()) {
                    int steps = block.draws() / block.components();
                    bridges[b] = new BrownianBridge(steps);
                    bridgeNormals = new double[Math.max(bridgeNormals.length, steps)];
                    bridgeScratch = new double[Math.max(bridgeScratch.length, steps + 1)];
                }
            }
        }
    }

    /**
     * The stream of the named component; asking twice for one name returns the same stream. Call this
     * when a simulator is built, not per path.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public RandomStream stream(String name) {
        Checks.requireName(name, "stream name");
        RandomStream s = byName.get(name);
        if (s == null) {
            s = new RandomStream(name, nameHash(name));
            byName.put(name, s);
            streams = byName.values().toArray(new RandomStream[0]);
            if (pathIndex >= 0) {
                startOne(s, pathIndex);
            }
        }
        return s;
    }

    /** Re-seeds every stream for path {@code index}. Called by the engine before each path. */
    public void startPath(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("path index is not non-negative: " + index);
        }
        pathIndex = index;
        for (RandomStream s : streams) {
            startOne(s, index);
        }
        if (design != null) {
            presetQuasiRandom(index);
        }
    }

    /** Hands every declared stream its quasi-random draws of path {@code index}, in the design's dimension order. */
    private void presetQuasiRandom(long index) {
        cursor.point(index, point);
        int dim = 0;
        for (int b = 0; b < blockStreams.length; b++) {
            QuasiRandomBlock block = design.blocks().get(b);
            RandomStream s = blockStreams[b];
            double[] out = s.presetBuffer(block.draws());
            if (!block.isBrownian()) {
                System.arraycopy(point, dim, out, 0, block.draws());
                dim += block.draws();
                s.usePreset(block.draws(), false);
                continue;
            }
            int c = block.components();
            BrownianBridge bridge = bridges[b];
            for (int k = 0; k < c; k++) {
                for (int l = 0; l < bridge.steps(); l++) {
                    // Level l of component k: coordinate dim + l * c + k (coarse levels of all components first).
                    bridgeNormals[l] = l < block.levels() ? NormalQuantile.of(point[dim + l * c + k]) : s.rawGaussian();
                }
                bridge.increments(bridgeNormals, bridgeScratch, out, k, c);
            }
            dim += block.dimensions();
            s.usePreset(block.draws(), true);
        }
    }

    /**
     * Re-seeds every stream for path {@code index}, taking the streams that {@code alternate} selects from
     * {@code alternateSeed} instead of the run seed: the hook of pick-freeze (Sobol) sensitivity analysis, where
     * one path is simulated several times, each component drawn either from its "A" sample (the run seed) or its
     * "B" sample (another seed), always for the same path index. {@code startPath(i, s, n -> false)} equals
     * {@code startPath(i)}. The selector is asked once per stream and call; it should not allocate, so that the
     * call stays allocation-free.
     *
     * @param alternateSeed the seed of the selected streams
     * @param alternate selects streams by name
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public void startPath(long index, long alternateSeed, Predicate<String> alternate) {
        if (index < 0) {
            throw new IllegalArgumentException("path index is not non-negative: " + index);
        }
        pathIndex = index;
        for (RandomStream s : streams) {
            startOne(s, index, alternate.test(s.name()) ? alternateSeed : seed);
        }
    }

    /** The names of the streams taken so far, in the order they were first asked for. */
    public List<String> streamNames() {
        return List.copyOf(byName.keySet());
    }

    private void startOne(RandomStream s, long index) {
        startOne(s, index, seed);
    }

    private void startOne(RandomStream s, long index, long runSeed) {
        if (antithetic) {
            s.startPath(runSeed, index >>> 1, (index & 1) == 1, true);
        } else {
            s.startPath(runSeed, index, false, false);
        }
    }

    /** The index of the path in progress, or -1 before the first. */
    public long pathIndex() {
        return pathIndex;
    }

    /** The run's design (scrambled Sobol' or Latin hypercube), or null under plain Monte Carlo. */
    public PointDesign design() {
        return design;
    }

    /** Whether paths come in antithetic pairs. */
    public boolean antithetic() {
        return antithetic;
    }

    static long streamSeed(long runSeed, long pairIndex, long nameHash) {
        long base = Lxm.mixStafford13(runSeed ^ nameHash);
        return Lxm.mixStafford13(base + Lxm.golden() * (pairIndex + 1));
    }

    static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return Lxm.mixMurmur64(h);
    }
}
