package dev.tariffsim.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.scenario.ScenarioFormatException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A JSON object or value being read, with its path in the file for messages. Package-private. */
final class JsonIn {
    final JsonNode node;
    final String path;

    JsonIn(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static ScenarioFormatException error(String path, String message) {
        return new ScenarioFormatException((path.isEmpty() ? "" : path + " ") + message);
    }

    String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Requires this node to be an object with only the given fields. */
    JsonIn object(String... allowed) {
        if (!node.isObject()) {
            throw error(path.isEmpty() ? "the scenario" : path, "is not an object: " + describe(node));
        }
        Set<String> known = new LinkedHashSet<>(List.of(allowed));
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                throw error(child(n), "is not a known field (expected one of " + known + ")");
            }
        }
        return this;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    JsonIn get(String name) {
        JsonNode n = node.get(name);
        if (n == null || n.isNull()) {
            throw error(child(name), "is missing (required)");
        }
        return new JsonIn(n, child(name));
    }

    double number(String name) {
        JsonIn n = get(name);
        if (!n.node.isNumber()) {
            throw error(n.path, "is not a number: " + describe(n.node));
        }
        return n.node.doubleValue();
    }

    /** A number, or the string {@code "none"} for positive infinity. */
    double numberOrNone(String name) {
        JsonIn n = get(name);
        if (n.node.isTextual() && n.node.asText().equals("none")) {
            return Double.POSITIVE_INFINITY;
        }
        if (!n.node.isNumber()) {
            throw error(n.path, "is not a number or \"none\": " + describe(n.node));
        }
        return n.node.doubleValue();
    }

    int integer(String name) {
        JsonIn n = get(name);
        if (!n.node.isIntegralNumber() || !n.node.canConvertToInt()) {
            throw error(n.path, "is not a whole number: " + describe(n.node));
        }
        return n.node.intValue();
    }

    String text(String name) {
        JsonIn n = get(name);
        if (!n.node.isTextual()) {
            throw error(n.path, "is not a string: " + describe(n.node));
        }
        return n.node.asText();
    }

    boolean bool(String name) {
        JsonIn n = get(name);
        if (!n.node.isBoolean()) {
            throw error(n.path, "is not true or false: " + describe(n.node));
        }
        return n.node.booleanValue();
    }

    List<JsonIn> array(String name) {
        JsonIn n = get(name);
        return n.elements();
    }

    List<JsonIn> elements() {
        if (!node.isArray()) {
            throw error(path, "is not an array: " + describe(node));
        }
        List<JsonIn> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonIn(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    double asNumber() {
        if (!node.isNumber()) {
            throw error(path, "is not a number: " + describe(node));
        }
        return node.doubleValue();
    }

    double[] numbers(String name) {
        List<JsonIn> xs = array(name);
        double[] out = new double[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xs.get(i).asNumber();
        }
        return out;
    }

    double[][] matrix(String name) {
        List<JsonIn> rows = array(name);
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            List<JsonIn> row = rows.get(i).elements();
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = row.get(j).asNumber();
            }
        }
        return out;
    }

    /**
     * Builds a value with the library's own validation, turning its {@link IllegalArgumentException} (whose
     * message starts with the parameter's name) into a message that starts with the path of that field.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            if (e instanceof ScenarioFormatException) {
                throw e;
            }
            throw new ScenarioFormatException(path.isEmpty() ? e.getMessage() : path + "." + e.getMessage(), e);
        }
    }

    static String describe(JsonNode n) {
        String s = n.isTextual() ? "\"" + n.asText() + "\"" : n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static String fmt(String pattern, Object... args) {
        return Checks.format(pattern, args);
    }
}
