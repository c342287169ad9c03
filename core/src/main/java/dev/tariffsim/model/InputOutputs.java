package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;

/** The path's drawn uncertain inputs, {@code inputs.*}, for sensitivity analysis. Immutable. */
final class InputOutputs {
    private final int passThrough;
    private final int elasticity;
    private final int substitution;
    private final int marketElasticity;

    InputOutputs(OutputSpec.Builder b, boolean market) {
        passThrough = b.driver(b.metric("inputs.passThrough", "fraction",
            "the path's tariff pass-through to US prices, phi"));
        elasticity = b.driver(b.metric("inputs.elasticity", "elasticity",
            "the path's price elasticity of US demand, eps"));
        substitution = market ? b.driver(b.metric("inputs.substitution", "elasticity",
            "the path's Armington elasticity of substitution among sources, sigma")) : -1;
        marketElasticity = market ? b.driver(b.metric("inputs.marketElasticity", "elasticity",
            "the path's price elasticity of the US market's demand, eta")) : -1;
    }

    void record(PathRecorder out, double phi, double eps, double sigma, double eta) {
        out.metric(passThrough, phi);
        out.metric(elasticity, eps);
        if (substitution >= 0) {
            out.metric(substitution, sigma);
            out.metric(marketElasticity, eta);
        }
    }
}
