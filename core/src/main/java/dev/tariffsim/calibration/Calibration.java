package dev.tariffsim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tariffsim.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named set of public figures with their sources, shipped with the library so that users need not retype
 * them: {@code Calibration.load("korea-us-2025").value("exports.vehicles.2024")} is 34.74 (USD bn). Immutable.
 */
public final class Calibration {
    private final String name;
    private final String description;
    private final Map<String, Figure> figures;

    private Calibration(String name, String description, Map<String, Figure> figures) {
        this.name = name;
        this.description = description;
        this.figures = Collections.unmodifiableMap(figures);
    }

    /**
     * Loads a bundled calibration.
     *
     * @param name {@code korea-us-2025}
     * @throws IllegalArgumentException if there is no bundled calibration of that name
     */
    public static Calibration load(String name) {
        Checks.requireName(name, "calibration name");
        String resource = "/dev/tariffsim/calibration/" + name + ".json";
        try (InputStream in = Calibration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("calibration is not bundled: " + name
                    + " (bundled: korea-us-2025, korea-us-2026)");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Figure> figures = new LinkedHashMap<>();
            for (JsonNode f : root.get("figures")) {
                Figure fig = new Figure(f.get("name").asText(), f.get("value").doubleValue(), f.get("unit").asText(),
                    f.get("period").asText(), f.get("source").asText());
                figures.put(fig.name(), fig);
            }
            return new Calibration(root.get("name").asText(), root.get("description").asText(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calibration " + name, e);
        }
    }

    /** The calibration's name. */
    public String name() {
        return name;
    }

    /** What it covers. */
    public String description() {
        return description;
    }

    /** Every figure by name, in file order. */
    public Map<String, Figure> figures() {
        return figures;
    }

    /** A figure. @throws IllegalArgumentException if there is none of that name */
    public Figure figure(String figureName) {
        Figure f = figures.get(figureName);
        if (f == null) {
            throw new IllegalArgumentException("figure is not in calibration " + name + ": " + figureName);
        }
        return f;
    }

    /** A figure's value. @throws IllegalArgumentException if there is none of that name */
    public double value(String figureName) {
        return figure(figureName).value();
    }
}
