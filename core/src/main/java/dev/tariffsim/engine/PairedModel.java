package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.PathRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Two models on common random numbers: on every path, {@code a} and then {@code b} are simulated from the same
 * draws (the worker's streams are re-seeded for the path before {@code b}), so that differences between them
 * are not buried in sampling noise. For every metric the two share, the pair records {@code a.<metric>},
 * {@code b.<metric>} and {@code diff.<metric>} = b - a; an event metric's difference is an ordinary metric.
 * A metric that a sub-model leaves unrecorded on a path fails that path (it is never taken from an earlier
 * path). Series are not recorded. Immutable.
 */
public final class PairedModel implements PathModel {
    private final PathModel a;
    private final PathModel b;
    private final OutputSpec spec;
    private final int[] fromA;
    private final int[] fromB;
    private final int[] out;

    private PairedModel(PathModel a, PathModel b) {
        this.a = a;
        this.b = b;
        OutputSpec sa = a.outputs();
        OutputSpec sb = b.outputs();
        List<String> shared = new ArrayList<>();
        for (OutputSpec.Metric m : sa.metrics()) {
            if (sb.hasMetric(m.name())) {
                shared.add(m.name());
            }
        }
        Checks.requireArgument(!shared.isEmpty(), "b", "a model with no metric in common with a",
            "a model sharing at least one metric name with a");
        OutputSpec.Builder builder = OutputSpec.builder();
        fromA = new int[shared.size()];
        fromB = new int[shared.size()];
        out = new int[shared.size()];
        for (int k = 0; k < shared.size(); k++) {
            String name = shared.get(k);
            fromA[k] = sa.metricIndex(name);
            fromB[k] = sb.metricIndex(name);
            OutputSpec.Metric ma = sa.metrics().get(fromA[k]);
            OutputSpec.Metric mb = sb.metrics().get(fromB[k]);
            boolean event = ma.event() && mb.event();
            String unit = ma.event() ? "probability" : ma.unit();
            out[k] = event ? builder.event("a." + name, "a: " + ma.description())
                : builder.metric("a." + name, unit, "a: " + ma.description());
            if (event) {
                builder.event("b." + name, "b: " + mb.description());
            } else {
                builder.metric("b." + name, unit, "b: " + mb.description());
            }
            builder.metric("diff." + name, unit, "b minus a: " + ma.description());
        }
        this.spec = builder.build();
    }

    /**
     * Pairs two models.
     *
     * @throws IllegalArgumentException if they share no metric name
     */
    public static PairedModel of(PathModel a, PathModel b) {
        return new PairedModel(Checks.requireNonNull(a, "a"), Checks.requireNonNull(b, "b"));
    }

    /** Prefixes of the metrics of a paired result: first model, second model, difference. */
    public static final String A = "a.";
    /** @see #A */
    public static final String B = "b.";
    /** @see #A */
    public static final String DIFF = "diff.";

    /** "a vs b", from the two models' names. */
    @Override
    public String name() {
        return a.name() + " vs " + b.name();
    }

    /** The first model's calendar. */
    @Override
    public java.util.Optional<java.time.YearMonth> startMonth() {
        return a.startMonth();
    }

    /**
     * The first model's quasi-random blocks, then the second's for streams the first does not declare. Both models
     * draw from the same streams, restarted between them, so under RQMC both see the same scrambled points (common
     * random numbers).
     */
    @Override
    public java.util.List<dev.tariffsim.random.QuasiRandomBlock> quasiRandomBlocks() {
        java.util.List<dev.tariffsim.random.QuasiRandomBlock> blocks = new java.util.ArrayList<>(a.quasiRandomBlocks());
        for (dev.tariffsim.random.QuasiRandomBlock q : b.quasiRandomBlocks()) {
            if (blocks.stream().noneMatch(x -> x.stream().equals(q.stream()))) {
                blocks.add(q);
            }
        }
        return java.util.List.copyOf(blocks);
    }

    @Override
    public OutputSpec outputs() {
        return spec;
    }

    @Override
    public PathSimulator newSimulator(PathRandom random) {
        PathSimulator simA = a.newSimulator(random);
        PathSimulator simB = b.newSimulator(random);
        MetricCapture capA = new MetricCapture(a.outputs().metrics().size());
        MetricCapture capB = new MetricCapture(b.outputs().metrics().size());
        return recorder -> {
            capA.reset();
            capB.reset();
            simA.simulate(capA);
            random.startPath(random.pathIndex());
            simB.simulate(capB);
            for (int k = 0; k < out.length; k++) {
                double x = capA.value(fromA[k]);
                double y = capB.value(fromB[k]);
                recorder.metric(out[k], x);
                recorder.metric(out[k] + 1, y);
                recorder.metric(out[k] + 2, y - x);
            }
        };
    }
}
