package dev.tariffsim.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.scenario.ScenarioFormatException;
import java.util.Iterator;
import java.util.Map;

/** Walks a scenario file's tree for its numeric fields and its random inputs (non-fixed distributions), by path. */
final class RandomInputs {
    private RandomInputs() {
    }

    /** Adds every non-fixed distribution under {@code node} (at {@code path}) to {@code out}, in file order. */
    static void walk(JsonNode node, String path, Map<String, Distribution> out) {
        if (node.isObject() && node.path("type").isTextual()) {
            try {
                Distribution d = ScenarioJson.readDistribution(node, path);
                if (!d.isFixed()) {
                    out.put(path, d);
                }
                return;
            } catch (ScenarioFormatException notADistribution) {
                // an object with another kind of "type" field: look inside
            }
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode el = node.get(i);
                String key = el.isObject() && el.path("name").isTextual() ? "." + el.get("name").asText()
                    : "[" + i + "]";
                walk(el, path + key, out);
            }
        }
    }

    /** Adds every numeric field under {@code node} (at {@code path}) to {@code out}, in file order. */
    static void walkNumbers(JsonNode node, String path, Map<String, Double> out) {
        if (node.isNumber()) {
            out.put(path, node.doubleValue());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walkNumbers(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode el = node.get(i);
                String key = el.isObject() && el.path("name").isTextual() ? "." + el.get("name").asText()
                    : "[" + i + "]";
                walkNumbers(el, path + key, out);
            }
        }
    }
}
