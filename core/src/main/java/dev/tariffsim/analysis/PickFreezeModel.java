package dev.tariffsim.analysis;

import dev.tariffsim.engine.MetricCapture;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.random.PathRandom;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A model simulated k + 2 times per path for pick-freeze estimation: once with every component from sample A
 * (the run seed), once with every component from sample B (the seed {@link #bSeed}), and once per component j
 * with component j from B and the rest from A (the paths "AB_j" of Saltelli 2010). Metric
 * {@code m * (k + 2) + e} is metric m of the inner model under evaluation e (0 = A, 1 = B, 2 + j = AB_j),
 * followed by the inner model's {@code inputs.*} metrics under A. Not antithetic-aware: run without pairs.
 */
final class PickFreezeModel implements PathModel {
    private final PathModel inner;
    private final int[] metrics;
    private final int[] inputs;
    private final long bSeed;
    private final Pick[] picks;
    private final OutputSpec spec;

    PickFreezeModel(PathModel inner, List<Component> components, int[] metrics, int[] inputs, long seed) {
        this.inner = inner;
        this.metrics = metrics.clone();
        this.inputs = inputs.clone();
        this.bSeed = bSeed(seed);
        this.picks = components.stream().map(c -> new Pick(c.streams())).toArray(Pick[]::new);
        OutputSpec.Builder b = OutputSpec.builder();
        OutputSpec in = inner.outputs();
        for (int m : metrics) {
            OutputSpec.Metric x = in.metrics().get(m);
            String name = x.name();
            b.metric(name + "@A", x.unit(), x.description() + " (sample A)");
            b.metric(name + "@B", x.unit(), x.description() + " (sample B)");
            for (Component c : components) {
                b.metric(name + "@AB." + c.name(), x.unit(), x.description() + " (sample A with " + c.name()
                    + " from B)");
            }
        }
        for (int m : inputs) {
            OutputSpec.Metric x = in.metrics().get(m);
            b.metric(x.name() + "@A", x.unit(), x.description() + " (sample A)");
        }
        this.spec = b.build();
    }

    /** The seed of the B sample: a fixed bijection of the run seed, so that B differs from A. */
    static long bSeed(long seed) {
        return ~seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    @Override
    public OutputSpec outputs() {
        return spec;
    }

    @Override
    public PathSimulator newSimulator(PathRandom random) {
        PathSimulator sim = inner.newSimulator(random);
        MetricCapture values = new MetricCapture(inner.outputs().metrics().size());
        Predicate<String> all = name -> true;
        int evals = picks.length + 2;
        return out -> {
            long i = random.pathIndex();
            values.reset();
            sim.simulate(values);
            for (int k = 0; k < metrics.length; k++) {
                out.metric(k * evals, values.value(metrics[k]));
            }
            int base = metrics.length * evals;
            for (int k = 0; k < inputs.length; k++) {
                out.metric(base + k, values.value(inputs[k]));
            }
            for (int e = 1; e < evals; e++) {
                random.startPath(i, bSeed, e == 1 ? all : picks[e - 2]);
                values.reset();
                sim.simulate(values);
                for (int k = 0; k < metrics.length; k++) {
                    out.metric(k * evals + e, values.value(metrics[k]));
                }
            }
        };
    }

    /** Selects the streams of one component. */
    private record Pick(Set<String> streams) implements Predicate<String> {
        @Override
        public boolean test(String name) {
            return streams.contains(name);
        }
    }
}
