package dev.tariffsim.random;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The direction numbers of the Sobol' sequence, 32 bits per dimension, from Joe and Kuo's table
 * {@code new-joe-kuo-6} (S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional
 * projections", SIAM J. Sci. Comput. 30, 2008), as shipped in commons-math3 ({@code new-joe-kuo-6.1000}, 1,000
 * dimensions). Dimension 0 is the van der Corput sequence. Immutable once loaded.
 */
final class SobolDirections {
    /** Dimensions available. */
    static final int MAX_DIMENSIONS = 1000;
    /** Bits of each direction number: points {@code 0 .. 2^32 - 1}. */
    static final int BITS = 32;
    private static final String RESOURCE = "/assets/org/apache/commons/math3/random/new-joe-kuo-6.1000";
    private static final int[][] TABLE = load();

    private SobolDirections() {
    }

    /** The direction numbers {@code v[0..31]} of dimension {@code dim}; {@code v[b]} goes with bit {@code b} of the index. */
    static int[] of(int dim) {
        return TABLE[dim];
    }

    private static int[][] load() {
        int[][] v = new int[MAX_DIMENSIONS][];
        v[0] = new int[BITS];
        for (int b = 0; b < BITS; b++) {
            v[0][b] = 1 << (BITS - 1 - b);
        }
        try (InputStream in = org.apache.commons.math3.random.SobolSequenceGenerator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("commons-math3's resource " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            r.readLine();
            for (int d = 1; d < MAX_DIMENSIONS; d++) {
                String[] f = r.readLine().trim().split("\\s+");
                int s = Integer.parseInt(f[1]);
                int a = Integer.parseInt(f[2]);
                int[] dir = new int[BITS];
                for (int k = 0; k < s && k < BITS; k++) {
                    dir[k] = Integer.parseInt(f[3 + k]) << (BITS - 1 - k);
                }
                for (int k = s; k < BITS; k++) {
                    int x = dir[k - s] ^ (dir[k - s] >>> s);
                    for (int j = 1; j < s; j++) {
                        x ^= ((a >>> (s - 1 - j)) & 1) * dir[k - j];
                    }
                    dir[k] = x;
                }
                v[d] = dir;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }
}
