package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class ConvergenceTraceTest {
    /**
     * The trace of a replicated run (RQMC replicates, LHS blocks) gives, bit for bit, its definition: the running
     * mean of the plain trace and, at each checkpoint, the replicate-mean standard error of the paths so far.
     */
    @Test
    void theReplicatedTraceIsItsDefinitionBitForBit() {
        SplittableRandom r = new SplittableRandom(3);
        for (Replication replication : new Replication[] {Replication.interleaved(2), Replication.interleaved(16),
            Replication.interleaved(32), Replication.blocks(64), Replication.blocks(1_024)}) {
            for (int count : new int[] {0, 1, 15, 16, 1_000, 1_024, 5_000}) {
                double[] v = new double[count];
                for (int i = 0; i < count; i++) {
                    v[i] = 30 + 20 * r.nextGaussian() + (i % 7);
                }
                ConvergenceTrace plain = ConvergenceTrace.of(v, count, 1_024, false);
                ConvergenceTrace t = ConvergenceTrace.ofReplicated(v, count, 1_024, replication);
                assertThat(t.size()).isEqualTo(plain.size());
                for (int k = 0; k < t.size(); k++) {
                    assertThat(t.paths(k)).isEqualTo(plain.paths(k));
                    assertThat(Double.doubleToRawLongBits(t.mean(k))).isEqualTo(Double.doubleToRawLongBits(plain.mean(k)));
                    double se = replication.stdError(v, 0, (int) t.paths(k));
                    assertThat(Double.doubleToRawLongBits(t.stdError(k)))
                        .as("%s, n %d, checkpoint %d", replication, count, k).isEqualTo(Double.doubleToRawLongBits(se));
                }
            }
        }
    }

    /**
     * Traces computed together for a group of metrics are, bit for bit, those of a plain running (Welford) update of
     * each metric alone, with and without antithetic pairs.
     */
    @Test
    void tracesComputedTogetherAreEachMetricsOwnBitForBit() {
        SplittableRandom r = new SplittableRandom(4);
        for (boolean paired : new boolean[] {false, true}) {
            for (int count : new int[] {0, 1, 3, 1_024, 3_001}) {
                double[][] columns = new double[8][count];
                for (double[] c : columns) {
                    for (int i = 0; i < count; i++) {
                        c[i] = Math.exp(r.nextGaussian());
                    }
                }
                ConvergenceTrace[] together = ConvergenceTrace.ofEach(columns, count, 1_024, paired);
                for (int c = 0; c < columns.length; c++) {
                    double[][] want = welford(columns[c], count, 1_024, paired);
                    assertThat(together[c].size()).isEqualTo(want[0].length);
                    for (int k = 0; k < want[0].length; k++) {
                        assertThat(together[c].paths(k)).isEqualTo((long) want[0][k]);
                        assertThat(Double.doubleToRawLongBits(together[c].mean(k)))
                            .isEqualTo(Double.doubleToRawLongBits(want[1][k]));
                        assertThat(Double.doubleToRawLongBits(together[c].stdError(k)))
                            .as("paired %s, n %d, metric %d, checkpoint %d", paired, count, c, k)
                            .isEqualTo(Double.doubleToRawLongBits(want[2][k]));
                    }
                }
            }
        }
    }

    /** Checkpoints, running means and standard errors by the one-metric update the trace was first written with. */
    private static double[][] welford(double[] values, int count, int first, boolean paired) {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        long next = first;
        double sum = 0;
        double wMean = 0;
        double wM2 = 0;
        long units = 0;
        for (int i = 0; i < count; i++) {
            double x = values[i];
            sum += x;
            if (!paired || (i & 1) == 1) {
                units++;
                double y = paired ? 0.5 * (values[i - 1] + x) : x;
                double d = y - wMean;
                wMean += d / units;
                wM2 += d * (y - wMean);
            }
            int n = i + 1;
            if (n == next || n == count) {
                rows.add(new double[] {n, sum / n, units < 2 ? Double.NaN : Math.sqrt(wM2 / (units - 1) / units)});
                if (n == next) {
                    next = 2 * next;
                }
            }
        }
        double[][] out = new double[3][rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            for (int j = 0; j < 3; j++) {
                out[j][k] = rows.get(k)[j];
            }
        }
        return out;
    }
}
