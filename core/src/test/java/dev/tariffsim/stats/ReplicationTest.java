package dev.tariffsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ReplicationTest {
    /** Blocks of 3: the means of [1 2 3], [4 5 6], [10 11 12] are 2, 5, 11; sd 4.583, se 2.646; t(2) = 4.303. */
    @Test
    void blocksGiveTheStandardErrorOfTheCompleteBlockMeans() {
        double[] v = {1, 2, 3, 4, 5, 6, 10, 11, 12, 99};
        Replication r = Replication.blocks(3);
        assertThat(r.stdError(v, 0, 10)).isCloseTo(Math.sqrt(21.0) / Math.sqrt(3), within(1e-12));
        assertThat(r.critical(0, 10)).isCloseTo(4.302653, within(1e-6));
        double[] out = new double[10];
        assertThat(ControlledMean.units(v, 10, r.group(), out)).isEqualTo(3);
        assertThat(out).startsWith(2.0, 5.0, 11.0);
        // The same values as paths 2 .. 10: 1 ends block 0, then blocks [2 3 4], [5 6 10] (means 3, 7), then [11 12].
        assertThat(r.stdError(v, 2, 9)).isCloseTo(2.0, within(1e-12));
        assertThat(r.stdError(v, 0, 5)).isNaN();
        assertThat(r.critical(0, 5)).isNaN();
    }

    /** Pairs are blocks of two: the antithetic standard error is the same number. */
    @Test
    void pairsAreBlocksOfTwo() {
        double[] v = {0.3, 1.9, -2.0, 0.7, 5.5, 1.25, 0.0, 8.0};
        assertThat(Replication.blocks(2).stdError(v, 0, 8)).isEqualTo(MetricStatistics.pairedStdError(v, 0, 8));
        assertThat(Replication.blocks(2).stdError(v, 1, 7)).isEqualTo(MetricStatistics.pairedStdError(v, 1, 7));
    }

    @Test
    void interleavedReplicatesUseAFixedCount() {
        double[] v = {1, 10, 3, 12, 5, 14};
        Replication r = Replication.interleaved(2);
        assertThat(r.stdError(v, 0, 6)).isCloseTo(4.5, within(1e-12));
        assertThat(r.critical(0, 6)).isCloseTo(12.7062, within(1e-4));
        assertThat(Replication.none().isReplicated()).isFalse();
        assertThatThrownBy(() -> new Replication(4, 8)).hasMessageContaining("blockSize");
        assertThatThrownBy(() -> Replication.none().stdError(v, 0, 6)).hasMessageContaining("replication");
    }
}
