package dev.tariffsim.benchmarks;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.tariff.ProductLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A naive baseline: the same reference path (same equations, same draws per path) written the obvious way:
 * commons-math3 {@code NormalDistribution.sample()} and {@code UniformRealDistribution.sample()}, a matrix-vector
 * product that allocates for the correlated normals, a new object per month, boxed lists for the series, and
 * {@code Math.pow} for every line every month. It shows what the library's design buys.
 *
 * <pre>mvn -B -pl benchmarks -am verify -Pbenchmark -Dbenchmark=NaiveReferencePathBenchmark -Djmh.args="-f 1 -wi 3 -i 5 -prof gc"</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NaiveReferencePathBenchmark {
    private Scenario s;
    private NormalDistribution normal;
    private UniformRealDistribution uniform;
    private RealMatrix cholesky;

    /** One month's state, allocated every month as a naive implementation would. */
    record Month(int regime, double demand, double fx, double nav, double paid, double receipts, double reserves) {
    }

    @Setup
    public void setUp() {
        s = Reference.scenario();
        Well19937c rng = new Well19937c(42);
        normal = new NormalDistribution(rng, 0, 1);
        uniform = new UniformRealDistribution(rng, 0, 1);
        cholesky = new CholeskyDecomposition(new Array2DRowRealMatrix(s.correlation().toArray())).getL();
    }

    /** One path; returns its net deal value. */
    @Benchmark
    public double naivePath() {
        double dt = 1.0 / 12;
        double phi = s.trade().passThrough().inverseCdf(uniform.sample());
        double eps = s.trade().elasticity().inverseCdf(uniform.sample());
        List<Double> fxSeries = new ArrayList<>();
        List<Double> reserveSeries = new ArrayList<>();
        List<Double> paidSeries = new ArrayList<>();
        List<Double> navSeries = new ArrayList<>();
        List<Double> dealSeries = new ArrayList<>();
        Month m = new Month(s.regimes().initial(), 1, Math.log(s.fx().initial()), 0, 0, 0, s.reserves().initial());
        double savings = 0;
        double contributions = 0;
        double korea = 0;
        double financing = 0;
        double rf = s.financing().blendedRate();
        for (int t = 0; t < s.horizonMonths(); t++) {
            double df = Math.exp(-s.discountRate() * (t + 1) * dt);
            var regime = s.regimes().regimes().get(m.regime());
            double fx = Math.exp(m.fx());
            for (ProductLine line : s.lines()) {
                double base = line.annualValue() / 12 * m.demand();
                double tau = line.rate(regime, s.start().plusMonths(t));
                double tauC = line.counterfactualRate();
                double p = 1 + phi * tau;
                double pc = 1 + phi * tauC;
                double loss = base - base * Math.pow(p, -eps) * p / (1 + tau);
                double lossC = base - base * Math.pow(pc, -eps) * pc / (1 + tauC);
                savings += df * (lossC - loss);
            }
            double cap = regime.dealInForce() ? s.pledge().cash().annualCap() / 12 : 0;
            if (fx > s.pledge().cash().safeguardRate()) {
                cap *= s.pledge().cash().safeguardFactor();
            }
            double c = Math.min(cap, s.pledge().cash().total() - m.paid());
            double[] z = cholesky.operate(new double[] {normal.sample(), normal.sample(), normal.sample()});
            var v = s.pledge().vehicle();
            double g = Math.exp((v.capitalGrowth() + v.cashYield() - v.volatility() * v.volatility() / 2) * dt
                + v.volatility() * Math.sqrt(dt) * z[2]);
            double navGross = (m.nav() + c) * g;
            double d = v.cashYield() * dt * navGross;
            double paid = m.paid() + c;
            double k = m.receipts() < paid ? s.pledge().waterfall().shareBeforeRecoup() : s.pledge().waterfall().shareAfterRecoup();
            double receipts = m.receipts() + k * d;
            contributions += df * c;
            korea += df * k * d;
            financing += df * Math.max(0, paid - receipts) * rf * dt;
            double iv = s.reserves().interventionIntensity() * Math.max(0, fx / s.reserves().interventionThreshold() - 1) * m.reserves();
            double reserves = m.reserves() * (1 + s.reserves().annualYield() * dt)
                - s.financing().reserveWeight() * c + k * d - iv;
            double x = m.fx() + s.fx().meanReversion() * (Math.log(s.fx().longRun()) - m.fx()) * dt
                + s.fx().volatility() * Math.sqrt(dt) * z[1];
            double demand = m.demand() * Math.exp((s.demand().drift() - s.demand().volatility() * s.demand().volatility() / 2) * dt
                + s.demand().volatility() * Math.sqrt(dt) * z[0]);
            int next = s.regimes().next(m.regime(), uniform.sample());
            fxSeries.add(fx);
            reserveSeries.add(m.reserves());
            paidSeries.add(paid);
            navSeries.add(navGross - d);
            dealSeries.add(regime.dealInForce() ? 1.0 : 0.0);
            m = new Month(next, demand, x, navGross - d, paid, receipts, reserves);
        }
        var book = s.pledge().shipbuilding().guarantees();
        double y = normal.sample();
        int defaults = 0;
        double threshold = book.threshold(s.horizonMonths());
        for (int j = 0; j < book.projects(); j++) {
            if (Math.sqrt(book.assetCorrelation()) * y + Math.sqrt(1 - book.assetCorrelation()) * normal.sample() < threshold) {
                defaults++;
            }
        }
        double annuity = 0;
        for (int t = 0; t < s.horizonMonths(); t++) {
            annuity += dt * Math.exp(-s.discountRate() * (t + 1) * dt);
        }
        double guaranteeNet = defaults * book.exposure() * book.lossGivenDefault()
            * Math.exp(-s.discountRate() * s.horizonMonths() / 24.0) - book.annualFee() * book.total() * annuity;
        double sum = 0;
        for (List<Double> series : List.of(fxSeries, reserveSeries, paidSeries, navSeries, dealSeries)) {
            for (Double value : series) {
                sum += value;
            }
        }
        return savings - (contributions + financing + guaranteeNet - korea) + 1e-300 * sum;
    }
}
