package dev.tariffsim.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.ScenarioFormatException;
import dev.tariffsim.format.ScenarioJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numeric scenario parameters addressed by their path in the scenario file ({@code docs/scenario-format.md}).
 * A changed scenario is made by editing the file's JSON tree and reading it back through the strict reader, so
 * a value is validated exactly as if it were in the file.
 *
 * <h2>Paths</h2>
 * Dot-separated field names as in the file: {@code pledge.cash.annualCap}, {@code trade.passThrough.max},
 * {@code lines.vehicles.rates.DEAL}. An array element is addressed by its {@code name} field
 * ({@code lines.vehicles}, {@code financing.sources.reserves.weight}) or its index ({@code lines[0]},
 * {@code regimes.transitions[1][2]}, though a single cell of that matrix cannot be changed alone as its rows must sum
 * to 1: use the hazard below); {@code *} stands for every field or element, so
 * {@code lines.*.rates.DEAL} is the deal rate of every product line, set together. A path may also name a
 * random input's distribution ({@code trade.passThrough}): setting it fixes the input at the value. The derived
 * path {@code regimes.hazard.FROM.TO} (regime names, FROM != TO) is the monthly probability of moving from FROM
 * to TO: setting it sets {@code regimes.transitions[FROM][TO]} and moves the difference to or from the
 * diagonal {@code [FROM][FROM]}, refusing a value that would make the diagonal negative.
 *
 * <p>Errors: an unknown path, a path to something that is not a number, or a value the reader rejects, is an
 * {@link IllegalArgumentException} with one message naming the path and the value. Thread-safe.
 */
public final class ScenarioParameters {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ScenarioParameters() {
    }

    /**
     * The scenario with the parameter at {@code path} (every match of a {@code *}) set to {@code value}.
     *
     * @param value the new value, in the field's own unit (USD bn, annual decimal rate, ...)
     * @throws IllegalArgumentException if the path is unknown, not numeric, or the value is rejected by the reader
     */
    public static Scenario set(Scenario scenario, String path, double value) {
        return set(scenario, Map.of(path, value));
    }

    /**
     * The scenario with several parameters set at once (validated together, so that values which must agree,
     * such as weights summing to 1, can be changed in one step).
     *
     * @param values new values by path, applied in iteration order
     * @throws IllegalArgumentException if a path is unknown or not numeric, or the reader rejects the result
     */
    public static Scenario set(Scenario scenario, Map<String, Double> values) {
        Checks.requireNonNull(scenario, "scenario");
        Checks.requireNonNull(values, "values");
        JsonNode root = tree(scenario);
        StringBuilder what = new StringBuilder();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String path = e.getKey();
            double value = e.getValue();
            if (what.length() > 0) {
                what.append(", ");
            }
            what.append(path).append(" = ").append(value);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("parameter " + path + " is not a finite number: " + value);
            }
            if (RegimeHazard.is(path)) {
                RegimeHazard.set(root, path, value);
                continue;
            }
            for (Slot slot : resolve(root, path)) {
                slot.set(value);
            }
        }
        try {
            return ScenarioJson.read(root.toString());
        } catch (ScenarioFormatException e) {
            String hint = what.indexOf("regimes.transitions") >= 0 ? " (to change one transition probability, "
                + "set regimes.hazard.FROM.TO, which moves the difference to the probability of staying)" : "";
            throw new IllegalArgumentException("parameter " + what + " is rejected: " + e.getMessage() + hint, e);
        }
    }

    /**
     * The current value of a numeric parameter; a {@code *} path must give one value for all its matches.
     *
     * @throws IllegalArgumentException if the path is unknown or not numeric, or its matches disagree
     */
    public static double get(Scenario scenario, String path) {
        Checks.requireNonNull(scenario, "scenario");
        Checks.requireName(path, "parameter path");
        if (RegimeHazard.is(path)) {
            return RegimeHazard.get(tree(scenario), path);
        }
        List<Slot> slots = resolve(tree(scenario), path);
        double v = slots.get(0).value();
        for (Slot s : slots) {
            if (Double.isNaN(s.value())) {
                throw new IllegalArgumentException("parameter " + s.path + " is not a number in the scenario: "
                    + s.node());
            }
            if (s.value() != v) {
                throw new IllegalArgumentException("parameter " + path + " has different values: " + v + " at "
                    + slots.get(0).path + ", " + s.value() + " at " + s.path);
            }
        }
        return v;
    }

    /**
     * Every numeric parameter of the scenario with its value, by path (array elements by name where they have
     * one), in file order, then the derived regime hazards {@code regimes.hazard.FROM.TO}; {@code formatVersion}
     * is left out.
     */
    public static Map<String, Double> list(Scenario scenario) {
        Map<String, Double> out = new LinkedHashMap<>();
        JsonNode root = tree(scenario);
        RandomInputs.walkNumbers(root, "", out);
        out.remove("formatVersion");
        RegimeHazard.list(root, out);
        return out;
    }

    /**
     * The value of a random input at cumulative probability {@code level} of its distribution (the P10 of
     * {@code trade.passThrough} is {@code quantile(s, "trade.passThrough", 0.1)}).
     *
     * @throws IllegalArgumentException if the path is not a random input or {@code level} is not in (0, 1)
     */
    public static double quantile(Scenario scenario, String path, double level) {
        Checks.requireOpenUnit(level, "level");
        Map<String, Distribution> inputs = randomInputs(scenario);
        Distribution input = inputs.get(path);
        if (input == null) {
            throw new IllegalArgumentException("parameter " + path + " is not a random input; random inputs: "
                + String.join(", ", inputs.keySet()));
        }
        return input.inverseCdf(level);
    }

    /**
     * The scenario's random inputs: every field of the file holding a distribution that is not fixed, by its
     * path, in file order (in the flagship {@code trade.passThrough}, {@code trade.elasticity},
     * {@code trade.substitution}, {@code trade.marketElasticity}).
     */
    public static Map<String, Distribution> randomInputs(Scenario scenario) {
        Checks.requireNonNull(scenario, "scenario");
        Map<String, Distribution> out = new LinkedHashMap<>();
        RandomInputs.walk(tree(scenario), "", out);
        return out;
    }

    /** Whether {@code path} names a random input of the scenario ({@link #quantile} applies). */
    public static boolean isRandomInput(Scenario scenario, String path) {
        return randomInputs(scenario).containsKey(path);
    }

    private static JsonNode tree(Scenario scenario) {
        try {
            return MAPPER.readTree(ScenarioJson.write(scenario));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scenario writer produced unreadable JSON", e);
        }
    }

    /** The fields (or elements) a path names: each a parent and a key or index. */
    static List<Slot> resolve(JsonNode root, String path) {
        Checks.requireName(path, "parameter path");
        List<String> segments = split(path);
        List<Slot> current = List.of(new Slot(null, null, -1, "", root));
        for (String seg : segments) {
            List<Slot> next = new ArrayList<>();
            for (Slot s : current) {
                s.children(seg, path, next);
            }
            current = next;
        }
        for (Slot s : current) {
            JsonNode n = s.node();
            boolean settable = n.isNumber() || n.isObject() && n.has("type") || "none".equals(n.asText(null));
            if (!settable) {
                throw new IllegalArgumentException("parameter " + path + " is not a number in the scenario file: "
                    + s.path + " is " + (n.isObject() ? "an object" : n.isArray() ? "an array" : n.toString()));
            }
        }
        return current;
    }

    /** {@code a.b[1][2]} as {@code a, b, [1], [2]}. */
    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            int b = part.indexOf('[');
            String head = b < 0 ? part : part.substring(0, b);
            if (!head.isEmpty() || b < 0) {
                if (head.isEmpty()) {
                    throw new IllegalArgumentException("parameter path has an empty segment: " + path);
                }
                out.add(head);
            }
            while (b >= 0) {
                int e = part.indexOf(']', b);
                if (e < 0) {
                    throw new IllegalArgumentException("parameter path has an unclosed [: " + path);
                }
                out.add(part.substring(b, e + 1));
                b = part.indexOf('[', e);
            }
        }
        return out;
    }

    /** One field: {@code parent.key} or {@code parent[index]}. */
    record Slot(JsonNode parent, String key, int index, String path, JsonNode node) {
        void children(String seg, String whole, List<Slot> out) {
            if (node.isObject()) {
                if (seg.equals("*")) {
                    node.fields().forEachRemaining(e -> out.add(child(e.getKey(), -1, e.getValue())));
                } else if (node.has(seg)) {
                    out.add(child(seg, -1, node.get(seg)));
                } else {
                    throw unknown(whole, seg, fieldNames());
                }
            } else if (node.isArray()) {
                int before = out.size();
                for (int i = 0; i < node.size(); i++) {
                    JsonNode el = node.get(i);
                    if (seg.equals("*") || seg.equals("[" + i + "]") || seg.equals(Integer.toString(i))
                        || el.isObject() && seg.equals(el.path("name").asText(null))) {
                        out.add(child(null, i, el));
                    }
                }
                if (out.size() == before && !seg.equals("*")) {
                    throw unknown(whole, seg, elementNames());
                }
            } else {
                throw unknown(whole, seg, List.of());
            }
        }

        private Slot child(String k, int i, JsonNode n) {
            String p = k != null ? (path.isEmpty() ? k : path + "." + k)
                : path + (n.isObject() && n.path("name").isTextual() ? "." + n.get("name").asText() : "[" + i + "]");
            return new Slot(node, k, i, p, n);
        }

        private List<String> fieldNames() {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private List<String> elementNames() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode el = node.get(i);
                names.add(el.isObject() && el.path("name").isTextual() ? el.get("name").asText() : "[" + i + "]");
            }
            return names;
        }

        private IllegalArgumentException unknown(String whole, String seg, List<String> known) {
            String where = path.isEmpty() ? "the scenario" : path;
            return new IllegalArgumentException("unknown parameter path " + whole + ": " + where + " has no " + seg
                + (known.isEmpty() ? " (it is a value)" : " (it has " + String.join(", ", known) + ")"));
        }

        double value() {
            return node.isNumber() ? node.doubleValue() : Double.NaN;
        }

        void set(double value) {
            boolean whole = node.isIntegralNumber() && value == Math.rint(value) && Math.abs(value) < 1e15;
            JsonNode v = whole ? LongNode.valueOf((long) value) : DoubleNode.valueOf(value);
            if (parent instanceof ObjectNode o) {
                o.set(key, v);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, v);
            }
        }
    }
}
