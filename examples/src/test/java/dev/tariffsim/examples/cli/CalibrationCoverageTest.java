package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tariffsim.calibration.Calibration;
import dev.tariffsim.calibration.Figure;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every parameter of a bundled outlook scenario has a public source or a marked assumption: the bundled calibration
 * of the same name lists, under {@code parameters.covered}, each parameter's path in the scenario file (a trailing
 * {@code .*} covers a subtree) and the figures behind it; each figure must exist in a bundled calibration and say its
 * role (calibrate, check, assumption). A parameter added to the scenario without an entry fails here.
 */
final class CalibrationCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"korea-us-2025", "korea-us-2026"})
    void everyParameterOfTheScenarioHasASourceOrAnAssumption(String name) throws IOException {
        JsonNode scenario = resource("/dev/tariffsim/examples/scenarios/" + name + ".json");
        JsonNode covered = resource("/dev/tariffsim/calibration/" + name + ".json").path("parameters").path("covered");
        assertThat(covered.size()).as("parameters.covered of calibration " + name).isPositive();
        Set<String> leaves = leaves(scenario);

        assertThat(uncovered(leaves, covered)).as("parameters of " + name + " without a source or assumption").isEmpty();
        List<String> stale = new ArrayList<>();
        for (Iterator<String> keys = covered.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (leaves.stream().noneMatch(leaf -> matches(key, leaf))) {
                stale.add(key);
            }
        }
        assertThat(stale).as("covered entries that name no parameter of " + name).isEmpty();

        Map<String, Figure> pool = new HashMap<>(Calibration.load("korea-us-2026").figures());
        pool.putAll(Calibration.load("korea-us-2025").figures());
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) covered::fields) {
            assertThat(e.getValue().size()).as(e.getKey() + " names no figure").isPositive();
            for (JsonNode figure : e.getValue()) {
                assertThat(pool).as(e.getKey()).containsKey(figure.asText());
                assertThat(pool.get(figure.asText()).source()).as(figure.asText()).contains("Role: ");
            }
        }
    }

    @Test
    void aNewParameterWithoutASourceIsReported() throws IOException {
        ObjectNode scenario = (ObjectNode) resource("/dev/tariffsim/examples/scenarios/korea-us-2025.json");
        ((ObjectNode) scenario.path("demand")).put("seasonality", 0.1);
        JsonNode covered = resource("/dev/tariffsim/calibration/korea-us-2025.json").path("parameters").path("covered");
        assertThat(uncovered(leaves(scenario), covered)).containsExactly("demand.seasonality");
    }

    private static List<String> uncovered(Set<String> leaves, JsonNode covered) {
        List<String> out = new ArrayList<>();
        for (String leaf : leaves) {
            boolean found = false;
            for (Iterator<String> keys = covered.fieldNames(); keys.hasNext() && !found;) {
                found = matches(keys.next(), leaf);
            }
            if (!found) {
                out.add(leaf);
            }
        }
        return out;
    }

    private static boolean matches(String key, String leaf) {
        return key.endsWith(".*") ? leaf.startsWith(key.substring(0, key.length() - 1)) : key.equals(leaf);
    }

    /** Paths of the numeric and dated (yyyy-mm) leaves; array elements with a name are keyed by it, others by "[]". */
    private static Set<String> leaves(JsonNode root) {
        Set<String> out = new TreeSet<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode node, String path, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("name") && !e.getKey().equals("description")) {
                    collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String key = element.has("name") ? element.get("name").asText() : "[]";
                collect(element, path + "." + key, out);
            }
        } else if (node.isNumber() || node.isTextual() && node.asText().matches("\\d{4}-\\d{2}")) {
            out.add(path);
        }
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = CalibrationCoverageTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return JSON.readTree(in);
        }
    }
}
