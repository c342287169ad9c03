package dev.tariffsim.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The derived parameter {@code regimes.hazard.FROM.TO}: the monthly probability of moving from regime FROM to
 * regime TO, the off-diagonal cell {@code regimes.transitions[FROM][TO]}. Setting it moves the difference to or
 * from the diagonal cell {@code [FROM][FROM]} (the probability of staying), so the row still sums to 1 and a
 * single hazard can be swept, as a single cell of the matrix cannot. A value that would make the diagonal
 * negative is refused.
 */
final class RegimeHazard {
    /** The path prefix. */
    static final String PREFIX = "regimes.hazard.";

    private RegimeHazard() {
    }

    /** Whether {@code path} names a hazard. */
    static boolean is(String path) {
        return path.startsWith(PREFIX);
    }

    /** The hazard's current value. */
    static double get(JsonNode root, String path) {
        int[] ft = cell(root, path);
        return row(root, ft[0]).get(ft[1]).doubleValue();
    }

    /** Sets the hazard in {@code root}, moving the difference to the diagonal of row FROM. */
    static void set(JsonNode root, String path, double value) {
        int[] ft = cell(root, path);
        ArrayNode row = row(root, ft[0]);
        double stay = row.get(ft[0]).doubleValue();
        double room = stay + row.get(ft[1]).doubleValue();
        if (!(value >= 0) || value > room + 1e-12) {
            throw new IllegalArgumentException(String.format(Locale.US, "parameter %s = %s is out of range: "
                + "the hazard must be in [0, %s] so that the probability of staying (the diagonal of its row) "
                + "is not negative", path, value, room));
        }
        row.set(ft[1], DoubleNode.valueOf(value));
        row.set(ft[0], DoubleNode.valueOf(Math.max(0, room - value)));
    }

    /** Every hazard of the scenario with its value, {@code regimes.hazard.FROM.TO} for FROM != TO. */
    static void list(JsonNode root, Map<String, Double> out) {
        List<String> names = names(root);
        for (int f = 0; f < names.size(); f++) {
            for (int t = 0; t < names.size(); t++) {
                if (f != t) {
                    out.put(PREFIX + names.get(f) + "." + names.get(t), row(root, f).get(t).doubleValue());
                }
            }
        }
    }

    private static ArrayNode row(JsonNode root, int from) {
        return (ArrayNode) root.path("regimes").path("transitions").get(from);
    }

    private static List<String> names(JsonNode root) {
        List<String> names = new ArrayList<>();
        for (JsonNode s : root.path("regimes").path("states")) {
            names.add(s.path("name").asText());
        }
        return names;
    }

    /** FROM and TO as state indices. */
    private static int[] cell(JsonNode root, String path) {
        String[] ft = path.substring(PREFIX.length()).split("\\.", -1);
        List<String> names = names(root);
        if (ft.length != 2) {
            throw new IllegalArgumentException("parameter path " + path + " is not of the form "
                + PREFIX + "FROM.TO with FROM and TO regimes of the scenario (" + String.join(", ", names) + ")");
        }
        int from = names.indexOf(ft[0]);
        int to = names.indexOf(ft[1]);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("unknown parameter path " + path + ": the scenario has no regime "
                + (from < 0 ? ft[0] : ft[1]) + " (it has " + String.join(", ", names) + ")");
        }
        if (from == to) {
            throw new IllegalArgumentException("parameter path " + path + " names no hazard: FROM and TO are the "
                + "same regime (the probability of staying is what a hazard moves)");
        }
        return new int[] {from, to};
    }
}
