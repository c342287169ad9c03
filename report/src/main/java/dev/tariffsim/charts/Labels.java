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
    private final Map<String, String> descriptions;

    private Labels(Map<String, String> units, Map<String, String> descriptions) {
        this.units = Map.copyOf(units);
        this.descriptions = Map.copyOf(descriptions);
    }

    /** Units by the naming convention only, no descriptions. */
    public static Labels defaults() {
        return new Labels(Map.of(), Map.of());
    }

    /** Units declared by a model's outputs, else by the naming convention. */
    public static Labels of(OutputSpec spec) {
        Checks.requireNonNull(spec, "spec");
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> d = new LinkedHashMap<>();
        for (OutputSpec.Metric metric : spec.metrics()) {
            m.put(metric.name(), metric.event() ? "probability" : metric.unit());
            d.put(metric.name(), metric.description());
        }
        for (OutputSpec.Series series : spec.series()) {
            m.put(series.name(), series.unit());
            d.put(series.name(), series.description());
        }
        return new Labels(m, d);
    }

    /** What a metric or series means, as its model declares it; empty when it declares nothing. */
    public String description(String name) {
        Checks.requireNonNull(name, "name");
        return descriptions.getOrDefault(name, "");
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
            for (String other : new String[] {base, "a." + base, "b." + base}) {
                String inner = units.get(other);
                if (inner != null && !inner.isEmpty()) {
                    return inner;
                }
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

    /** A short human title of a series: a known title, else its declared description, else its name. */
    public String title(String name) {
        Checks.requireNonNull(name, "name");
        String known = TITLES.get(name);
        if (known != null) {
            return known;
        }
        String declared = description(name);
        return declared.isEmpty() ? name : Character.toUpperCase(declared.charAt(0)) + declared.substring(1);
    }

    /** The axis label of a quantity: its name and unit, as {@code reserves (USD bn)}. */
    public String axisLabel(String what, String name) {
        return what + " (" + unit(name) + ")";
    }
}
