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
}
