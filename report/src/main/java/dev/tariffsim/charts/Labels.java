package dev.tariffsim.charts;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.charts.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unit of every metric and series, for axis labels and report tables. Units are read from the model's
 * {@link OutputSpec} where it declares them; a name it does not describe falls back to the model's naming
 * convention (docs/model.md): {@code ...KrwTn} is KRW trillions, an event is a probability, {@code fxRate}
 * is KRW per USD, a few named counts and shares, and USD billions otherwise. The prefixes {@code a.},
 * {@code b.} and {@code diff.} of a paired comparison are looked through. Immutable.
 */
public final class Labels {
    private static final Map<String, String> KNOWN = Map.of(
        "fxRate", "KRW per USD",
        "dealShare", "share of paths",
        "monthsInDeal", "months",
        "refusedCalls", "calls",
        "inputs.passThrough", "share",
        "inputs.elasticity", "elasticity");

    private static final Map<String, String> TITLES = Map.of(
        "fxRate", "KRW/USD exchange rate",
        "reserves", "Korea's FX reserves",
        "cumulativeContributions", "Cumulative cash paid into the vehicle",
        "vehicleNav", "Investment vehicle's net asset value",
        "dealShare", "Share of paths with the deal in force");

    private final Map<String, String> units;

    private Labels(Map<String, String> units) {
        this.units = Map.copyOf(units);
    }

    /** Units by the naming convention only. */
    public static Labels defaults() {
        return new Labels(Map.of());
    }

    /** Units declared by a model's outputs, else by the naming convention. */
    public static Labels of(OutputSpec spec) {
        Checks.requireNonNull(spec, "spec");
        Map<String, String> m = new LinkedHashMap<>();
        for (OutputSpec.Metric metric : spec.metrics()) {
            if (metric.event()) {
                m.put(metric.name(), "probability");
            }
        }
        return new Labels(m);
    }

    /** The unit of a metric or series, for example {@code USD bn}. */
    public String unit(String name) {
        Checks.requireNonNull(name, "name");
        String declared = units.get(name);
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        String base = name.startsWith("a.") || name.startsWith("b.") ? name.substring(2)
            : name.startsWith("diff.") ? name.substring(5) : name;
        if (!base.equals(name)) {
            String inner = units.get(base);
            if (inner != null && !inner.isEmpty()) {
                return inner;
            }
        }
        if (KNOWN.containsKey(base)) {
            return KNOWN.get(base);
        }
        if (base.endsWith("KrwTn")) {
            return "KRW tn";
        }
        if (base.endsWith(".volumeChange") || base.endsWith(".usPriceChange")) {
            return "share";
        }
        return "USD bn";
    }

    /** A short human title of a metric or series: its declared description, else a known title, else its name. */
    public String title(String name) {
        Checks.requireNonNull(name, "name");
        return TITLES.getOrDefault(name, name);
    }

    /** The axis label of a quantity: its name and unit, as {@code reserves (USD bn)}. */
    public String axisLabel(String what, String name) {
        return what + " (" + unit(name) + ")";
    }
}
