package dev.tariffsim.analysis;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;

/**
 * Test functions of sensitivity analysis as path models, one named stream ({@code x1}, {@code x2}, ...) per
 * input, each drawing one uniform; metric {@code y}, and each input recorded as {@code inputs.x<i>}.
 */
final class TestFunctions {
    private TestFunctions() {
    }

    /** Ishigami: y = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform on [-pi, pi]. */
    static PathModel ishigami(double a, double b) {
        return new Model(3) {
            @Override
            double y(double[] u) {
                double x1 = -Math.PI + 2 * Math.PI * u[0];
                double x2 = -Math.PI + 2 * Math.PI * u[1];
                double x3 = -Math.PI + 2 * Math.PI * u[2];
                double s2 = Math.sin(x2);
                return Math.sin(x1) + a * s2 * s2 + b * x3 * x3 * x3 * x3 * Math.sin(x1);
            }
        };
    }

    /** Sobol's G-function: y = prod_i (|4 u_i - 2| + a_i) / (1 + a_i), u_i uniform on [0, 1]. */
    static PathModel gFunction(double... a) {
        return new Model(a.length) {
            @Override
            double y(double[] u) {
                double y = 1;
                for (int i = 0; i < a.length; i++) {
                    y *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
                }
                return y;
            }
        };
    }

    /** Analytic first-order (row 0) and total (row 1) indices of the G-function. */
    static double[][] gIndices(double... a) {
        double[] v = new double[a.length];
        double prod = 1;
        for (int i = 0; i < a.length; i++) {
            v[i] = 1.0 / 3 / ((1 + a[i]) * (1 + a[i]));
            prod *= 1 + v[i];
        }
        double var = prod - 1;
        double[][] s = new double[2][a.length];
        for (int i = 0; i < a.length; i++) {
            s[0][i] = v[i] / var;
            s[1][i] = v[i] * prod / (1 + v[i]) / var;
        }
        return s;
    }

    private abstract static class Model implements PathModel {
        private final int k;
        private final OutputSpec spec;

        Model(int k) {
            this.k = k;
            OutputSpec.Builder b = OutputSpec.builder();
            b.metric("y", "1", "the test function's value");
            for (int i = 1; i <= k; i++) {
                b.metric("inputs.x" + i, "1", "input " + i + " as a uniform on (0, 1)");
            }
            spec = b.build();
        }

        abstract double y(double[] u);

        @Override
        public OutputSpec outputs() {
            return spec;
        }

        @Override
        public PathSimulator newSimulator(PathRandom random) {
            RandomStream[] streams = new RandomStream[k];
            for (int i = 0; i < k; i++) {
                streams[i] = random.stream("x" + (i + 1));
            }
            double[] u = new double[k];
            return out -> {
                for (int i = 0; i < k; i++) {
                    u[i] = streams[i].nextUniform();
                    out.metric(i + 1, u[i]);
                }
                out.metric(0, y(u));
            };
        }
    }
}
