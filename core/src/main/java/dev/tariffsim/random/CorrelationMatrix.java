package dev.tariffsim.random;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RectangularCholeskyDecomposition;

/**
 * A validated correlation matrix and its square root, computed once, which turns independent standard
 * normals into correlated ones: {@code z = L n}.
 *
 * <p>A positive-definite matrix gets its lower-triangular Cholesky factor (commons-math3), so that the
 * first variable is {@code n1} itself and the factor matches the textbook one. A positive semi-definite
 * but singular matrix (for example a correlation of exactly 1) gets a pivoted rectangular Cholesky
 * root with {@code L L^T = C} to 1e-10. Immutable and thread-safe.
 */
public final class CorrelationMatrix {
    private static final double TOLERANCE = 1e-9;

    private final double[][] values;
    private final double[] root;   // n x n, row-major, zero-padded when the rank is lower
    private final int n;

    private CorrelationMatrix(double[][] values, double[] root) {
        this.values = values;
        this.root = root;
        this.n = values.length;
    }

    /** The identity: independent variables. */
    public static CorrelationMatrix identity(int dimension) {
        Checks.requirePositive(dimension, "correlation dimension");
        double[][] m = new double[dimension][dimension];
        for (int i = 0; i < dimension; i++) {
            m[i][i] = 1;
        }
        return of(m);
    }

    /**
     * Validates and factors a correlation matrix.
     *
     * @param matrix square, symmetric within 1e-9, unit diagonal (within 1e-9), entries in [-1, 1], positive
     *     semi-definite; the matrix used is the exactly symmetric mean of it and its transpose, with an exact
     *     unit diagonal
     * @throws IllegalArgumentException naming the entry that fails, or the smallest eigenvalue if the
     *     matrix is not positive semi-definite
     */
    public static CorrelationMatrix of(double[][] matrix) {
        Checks.requireNonNull(matrix, "correlation");
        int n = matrix.length;
        Checks.requireArgument(n > 0, "correlation", "[]", "a non-empty square matrix");
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            Checks.requireNonNull(matrix[i], "correlation[" + i + "]");
            Checks.requireArgument(matrix[i].length == n, "correlation[" + i + "]", Arrays.toString(matrix[i]),
                Checks.format("a row of %d entries (the matrix must be square)", n));
            copy[i] = matrix[i].clone();
        }
        for (int i = 0; i < n; i++) {
            Checks.requireArgument(Math.abs(copy[i][i] - 1) <= TOLERANCE, "correlation[" + i + "][" + i + "]",
                copy[i][i], "1 (a correlation matrix has a unit diagonal)");
            for (int j = 0; j < n; j++) {
                Checks.requireInRange(copy[i][j], -1, 1, "correlation[" + i + "][" + j + "]");
                Checks.requireArgument(Math.abs(copy[i][j] - copy[j][i]) <= TOLERANCE,
                    "correlation[" + i + "][" + j + "]", copy[i][j],
                    Checks.format("equal to correlation[%d][%d] = %s (the matrix must be symmetric)", j, i, copy[j][i]));
            }
        }
        for (int i = 0; i < n; i++) {
            copy[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (copy[i][j] + copy[j][i]);
                copy[i][j] = mean;
                copy[j][i] = mean;
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(copy, true);
        double minEigen = Arrays.stream(new EigenDecomposition(m).getRealEigenvalues()).min().orElse(0);
        if (minEigen < -TOLERANCE) {
            throw new IllegalArgumentException(Checks.format(
                "correlation is not positive semi-definite: its smallest eigenvalue is %.6g", minEigen));
        }
        double[] root = new double[n * n];
        RealMatrix l;
        try {
            l = new CholeskyDecomposition(m, 1e-12, 1e-12).getL();
        } catch (NonPositiveDefiniteMatrixException singular) {
            l = new RectangularCholeskyDecomposition(m, 1e-10).getRootMatrix();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < l.getColumnDimension(); j++) {
                root[i * n + j] = l.getEntry(i, j);
            }
        }
        return new CorrelationMatrix(copy, root);
    }

    /** The number of variables. */
    public int dimension() {
        return n;
    }

    /** Entry {@code (i, j)}. */
    public double get(int i, int j) {
        return values[i][j];
    }

    /** A copy of the matrix. */
    public double[][] toArray() {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }

    /** Entry {@code (i, j)} of the root {@code L}, with {@code L L^T} equal to this matrix. */
    public double root(int i, int j) {
        return root[i * n + j];
    }

    /**
     * Draws {@link #dimension()} independent normals from {@code stream} and writes their correlated image
     * {@code L n} to {@code out}; {@code scratch} holds the independent draws. Allocates nothing.
     */
    public void sample(RandomStream stream, double[] scratch, double[] out) {
        for (int i = 0; i < n; i++) {
            scratch[i] = stream.nextGaussian();
        }
        correlate(scratch, out);
    }

    /** Writes {@code L z} to {@code out}; {@code z} and {@code out} must be distinct arrays of length n. */
    public void correlate(double[] z, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                s += root[row + j] * z[j];
            }
            out[i] = s;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorrelationMatrix c && Arrays.deepEquals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "CorrelationMatrix" + Arrays.deepToString(values);
    }
}
