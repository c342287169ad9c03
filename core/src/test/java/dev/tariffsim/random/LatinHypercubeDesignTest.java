package dev.tariffsim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LatinHypercubeDesignTest {
    /** 20 uniforms and a Brownian block of 3 components whose end points only are stratified: 23 dimensions. */
    private static final List<QuasiRandomBlock> BLOCKS = List.of(QuasiRandomBlock.uniforms("a", 20),
        QuasiRandomBlock.brownian("b", 3, 12, 4));

    /**
     * Deterministic: in every dimension, each block's m points fall in each of the m strata [k/m, (k+1)/m) exactly
     * once, strictly inside (0, 1), for the first blocks and one far out. A wrong path-to-block map, a permutation
     * that repeats a stratum or a position that leaves its stratum breaks it.
     */
    @Test
    void eachBlockHitsEveryStratumOnceInEveryDimension() {
        int m = 64;
        LatinHypercubeDesign d = LatinHypercubeDesign.of(BLOCKS, 2025, m);
        assertThat(d.dimensions()).isEqualTo(23);
        assertThat(d.blocks().get(1).levels()).isEqualTo(1);
        PointDesign.Cursor c = d.cursor();
        double[] p = new double[d.dimensions()];
        for (long block : new long[] {0, 1, 2, 7, 1_000_000}) {
            int[][] cells = new int[d.dimensions()][m];
            for (int k = 0; k < m; k++) {
                c.point(block * m + k, p);
                for (int j = 0; j < p.length; j++) {
                    assertThat(p[j]).isStrictlyBetween(0.0, 1.0);
                    cells[j][(int) (p[j] * m)]++;
                }
            }
            for (int j = 0; j < p.length; j++) {
                assertThat(cells[j]).as("block %d dimension %d", block, j).containsOnly(1);
            }
        }
    }

    /** A path's point depends on (seed, index) alone: cursors agree whatever order they visit paths in. */
    @Test
    void pointsDependOnTheSeedAndPathIndexAlone() {
        LatinHypercubeDesign d = LatinHypercubeDesign.of(BLOCKS, 8, 16);
        PointDesign.Cursor c = d.cursor();
        double[] a = new double[23];
        double[] b = new double[23];
        long[] order = {0, 1, 17, 2, 40, 3, 15, 16, 1 << 20, 4, 33};
        for (long i : order) {
            c.point(i, a);
            LatinHypercubeDesign.of(BLOCKS, 8, 16).point(i, b);
            assertThat(a).as("path %d", i).containsExactly(b);
        }
        LatinHypercubeDesign.of(BLOCKS, 9, 16).point(33, b);
        assertThat(b).isNotEqualTo(a);
        d.point(33 + 16, b);
        assertThat(b).as("the next block's point k").isNotEqualTo(a);
        assertThat(d.describe()).contains("Latin hypercube").contains("blocks of 16 points").contains("23 dimensions");
    }

    /** Each point is uniform over seeds: point 5 of block 3 in dimension 4 ({@link Uniformity}). */
    @Test
    void aPointIsUniformOverSeeds() {
        double[] p = new double[23];
        Uniformity.assertUniformOverSeeds(seed -> {
            LatinHypercubeDesign.of(BLOCKS, seed, 32).point(3 * 32 + 5, p);
            return p[4];
        });
    }

    @Test
    void badSettingsAreRefusedNamingThem() {
        assertThatThrownBy(() -> LatinHypercubeDesign.of(BLOCKS, 1, 3)).hasMessageContaining("blockSize")
            .hasMessageContaining("3").hasMessageContaining("power of two");
        assertThatThrownBy(() -> LatinHypercubeDesign.of(BLOCKS, 1, 2048)).hasMessageContaining("blockSize");
        assertThatThrownBy(() -> LatinHypercubeDesign.of(List.of(), 1, 64)).hasMessageContaining("blocks");
    }
}
