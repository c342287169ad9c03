package dev.tariffsim.engine;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;

/**
 * A geometric Brownian motion for engine tests: metrics {@code terminal}, {@code above} (event
 * {@code S_T > strike}) and, when {@code withNoise}, {@code noise} from a second component; series {@code price}.
 */
final class GbmModel implements PathModel {
    final double s0;
    final double mu;
    final double sigma;
    final int steps;
    final double dt;
    final double strike;
    final boolean withNoise;
    final long failOnPath;
    private final OutputSpec spec;

    GbmModel(double s0, double mu, double sigma, int steps, double dt, double strike, boolean withNoise, long failOnPath) {
        this.s0 = s0;
        this.mu = mu;
        this.sigma = sigma;
        this.steps = steps;
        this.dt = dt;
        this.strike = strike;
        this.withNoise = withNoise;
        this.failOnPath = failOnPath;
        OutputSpec.Builder b = OutputSpec.builder();
        if (withNoise) {
            b.metric("noise", "1", "a discarded normal draw");
        }
        b.metric("terminal", "price", "the price at the last step");
        b.event("above", "the terminal price is above the strike");
        b.series("price", steps, "price", "the price at each step");
        this.spec = b.build();
    }

    static GbmModel standard() {
        return new GbmModel(100, 0.05, 0.2, 120, 1.0 / 12, 110, false, -1);
    }

    @Override
    public OutputSpec outputs() {
        return spec;
    }

    @Override
    public PathSimulator newSimulator(PathRandom random) {
        RandomStream noise = withNoise ? random.stream("noise") : null;
        RandomStream price = random.stream("price");
        int terminal = spec.metricIndex("terminal");
        int above = spec.metricIndex("above");
        int series = spec.seriesIndex("price");
        int noiseMetric = withNoise ? spec.metricIndex("noise") : -1;
        double drift = (mu - 0.5 * sigma * sigma) * dt;
        double vol = sigma * Math.sqrt(dt);
        return out -> {
            if (random.pathIndex() == failOnPath) {
                throw new ArithmeticException("planted failure");
            }
            if (noise != null) {
                out.metric(noiseMetric, noise.nextGaussian() + noise.nextUniform());
            }
            double s = s0;
            for (int t = 0; t < steps; t++) {
                s *= Math.exp(drift + vol * price.nextGaussian());
                out.series(series, t, s);
            }
            out.metric(terminal, s);
            out.metric(above, s > strike ? 1 : 0);
        };
    }
}
