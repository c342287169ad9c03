package dev.tariffsim.benchmarks;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import java.util.Locale;

/**
 * The variance-reduction factor per metric at equal paths, and the paths each sampling needs to reach the targets
 * of {@link TimeToPrecisionBenchmark}: for each sampling, runs of {@code paths} paths on {@code seeds} seeds; the
 * factor is plain Monte Carlo's mean squared standard error over the sampling's; then the mean number of paths at
 * which a run with the benchmark's precision target stops. Not a JMH benchmark: it counts paths, not time.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.tariffsim.benchmarks.VarianceReduction 65536 8 [rqmc16,rqmc16cv]</pre>
 */
public final class VarianceReduction {
    private VarianceReduction() {
    }

    /** @param args paths per run, seeds, and optionally the samplings after {@code mc} (comma-separated) */
    public static void main(String[] args) {
        int paths = Integer.parseInt(args[0]);
        int seeds = Integer.parseInt(args[1]);
        ScenarioModel model = new ScenarioModel(Reference.scenario());
        String[] metrics = {"dealSavings", "netDealValue", "tariffPaid", "koreaReceipts", "financingCost",
            "guaranteeNet", "minReserves"};
        String[] samplings = args.length > 2 ? ("mc," + args[2]).split(",")
            : new String[] {"mc", "mccv", "antithetic", "rqmc16", "rqmc32", "rqmc16cv", "rqmc32cv", "lhs", "lhscv",
                "lhs128", "lhs128cv"};
        double[][] se2 = new double[samplings.length][metrics.length];
        for (int s = 0; s < samplings.length; s++) {
            for (int k = 1; k <= seeds; k++) {
                SimulationResult r = TimeToPrecisionBenchmark.builder(samplings[s], k).paths(paths).build().run(model);
                for (int m = 0; m < metrics.length; m++) {
                    double e = r.metric(metrics[m]).stdError();
                    se2[s][m] += e * e / seeds;
                }
                if (k == 1 && (samplings[s].startsWith("rqmc") || samplings[s].startsWith("lhs"))) {
                    System.out.println(samplings[s] + ": " + r.run().generator());
                }
            }
        }
        System.out.printf(Locale.US, "%-16s", "metric");
        for (String s : samplings) {
            System.out.printf(Locale.US, "%11s", s);
        }
        System.out.println("   (variance-reduction factor at " + paths + " paths, " + seeds + " seeds)");
        for (int m = 0; m < metrics.length; m++) {
            System.out.printf(Locale.US, "%-16s", metrics[m]);
            for (int s = 0; s < samplings.length; s++) {
                System.out.printf(Locale.US, "%11.2f", se2[0][m] / se2[s][m]);
            }
            System.out.printf(Locale.US, "   (mc se %.4f)%n", Math.sqrt(se2[0][m]));
        }
        for (String target : new String[] {"dealSavings=0.1", "netDealValue=0.25"}) {
            System.out.printf(Locale.US, "%-16s", target);
            for (String sampling : samplings) {
                long sum = 0;
                for (int k = 1; k <= seeds; k++) {
                    sum += TimeToPrecisionBenchmark.runner(sampling, target, 1000 + k).run(model).run().paths();
                }
                System.out.printf(Locale.US, "%11d", sum / seeds);
            }
            System.out.println("   (mean paths to the target, " + seeds + " seeds)");
        }
    }
}
