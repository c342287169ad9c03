package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;

/** The path's drawn uncertain inputs, {@code inputs.*}, for sensitivity analysis. Immutable. */
final class InputOutputs {
    private final int passThrough;
    private final int elasticity;

    InputOutputs(OutputSpec.Builder b) {
        passThrough = b.metric("inputs.passThrough", "fraction", "the path's tariff pass-through to US prices, phi");
        elasticity = b.metric("inputs.elasticity", "elasticity", "the path's price elasticity of US demand, eps");
    }

    void record(PathRecorder out, double phi, double eps) {
        out.metric(passThrough, phi);
        out.metric(elasticity, eps);
    }
}
