package dev.tariffsim.format;

import dev.tariffsim.random.Distribution;

/** Reads a {@link Distribution} from a scenario file; package-private, used by {@link ScenarioJson}. */
final class DistributionJson {
    private DistributionJson() {
    }

    /** A distribution: a bare number (fixed), or an object with {@code "type"} and the family's parameters. */
    static Distribution read(JsonIn in) {
        if (in.node.isNumber()) {
            return in.build(() -> Distribution.fixed(in.node.doubleValue()));
        }
        if (!in.node.isObject()) {
            throw JsonIn.error(in.path, "is not a number or a distribution object: " + JsonIn.describe(in.node));
        }
        String type = in.text("type");
        return switch (type) {
            case "fixed" -> {
                in.object("type", "value");
                yield in.build(() -> Distribution.fixed(in.number("value")));
            }
            case "uniform" -> {
                in.object("type", "min", "max");
                yield in.build(() -> Distribution.uniform(in.number("min"), in.number("max")));
            }
            case "normal" -> {
                in.object("type", "mean", "sd");
                yield in.build(() -> Distribution.normal(in.number("mean"), in.number("sd")));
            }
            case "truncatedNormal" -> {
                in.object("type", "mu", "sigma", "min", "max");
                yield in.build(() -> Distribution.truncatedNormal(in.number("mu"), in.number("sigma"), in.number("min"),
                    in.number("max")));
            }
            case "lognormal" -> {
                in.object("type", "meanLog", "sdLog");
                yield in.build(() -> Distribution.lognormal(in.number("meanLog"), in.number("sdLog")));
            }
            case "triangular" -> {
                in.object("type", "min", "mode", "max");
                yield in.build(() -> Distribution.triangular(in.number("min"), in.number("mode"), in.number("max")));
            }
            case "pert" -> {
                in.object("type", "min", "mode", "max");
                yield in.build(() -> Distribution.pert(in.number("min"), in.number("mode"), in.number("max")));
            }
            case "beta" -> {
                in.object("type", "alpha", "beta", "min", "max");
                yield in.build(() -> Distribution.beta(in.number("alpha"), in.number("beta"), in.number("min"),
                    in.number("max")));
            }
            case "discrete" -> {
                in.object("type", "values", "probabilities");
                yield in.build(() -> Distribution.discrete(in.numbers("values"), in.numbers("probabilities")));
            }
            default -> throw JsonIn.error(in.child("type"), "is not a known distribution: \"" + type
                + "\" (expected fixed, uniform, normal, truncatedNormal, lognormal, triangular, pert, beta, discrete)");
        };
    }
}
