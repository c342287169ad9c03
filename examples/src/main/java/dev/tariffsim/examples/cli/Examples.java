package dev.tariffsim.examples.cli;

import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.ScenarioFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled example scenarios (files in {@code examples/scenarios}, packaged as resources). */
public final class Examples {
    /** The names of the bundled examples, flagship first. */
    public static final List<String> NAMES = List.of("korea-us-2025", "korea-us-2026", "backtest-2025", "eu-us-2025",
        "no-deal", "cap-lifted", "reserves-heavy", "bond-heavy", "deal-collapse", "capital-calls", "japan-us-2025",
        "no-pledge");

    private Examples() {
    }

    /** The JSON text of a bundled example, or null if there is none of that name. */
    public static String text(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/dev/tariffsim/examples/scenarios/" + name + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scenario from a file path, or else from a bundled example's name.
     *
     * @throws ScenarioFormatException if the file is invalid
     * @throws UsageException if it is neither a file nor an example
     */
    static Scenario load(String fileOrName) {
        Path p = Path.of(fileOrName);
        if (Files.exists(p)) {
            return ScenarioJson.read(p);
        }
        String text = NAMES.contains(fileOrName) ? text(fileOrName) : null;
        if (text == null) {
            throw new UsageException("no scenario file or bundled example named " + fileOrName
                + " (bundled: " + String.join(", ", NAMES) + ")");
        }
        try {
            return ScenarioJson.read(text);
        } catch (ScenarioFormatException e) {
            throw new ScenarioFormatException("bundled example " + fileOrName + ": " + e.getMessage());
        }
    }
}
