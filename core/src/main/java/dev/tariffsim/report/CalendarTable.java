package dev.tariffsim.report;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.stats.MetricStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The calendar-year block of the text table. Metrics named {@code calendar.<year>.<flow>} (a model's flows by
 * calendar year, undiscounted) are printed as one row per flow and statistic (mean, P5, P95) and one column per
 * year, so that a year reads across and a flow down; their 95% intervals are in the JSON and CSV output.
 */
final class CalendarTable {
    /** The prefix of calendar-year metric names. */
    static final String PREFIX = "calendar.";

    private CalendarTable() {
    }

    /** Whether a metric is a calendar-year metric, {@code calendar.<4-digit year>.<flow>}. */
    static boolean isCalendar(String name) {
        return name.startsWith(PREFIX) && name.length() > PREFIX.length() + 5
            && name.charAt(PREFIX.length() + 4) == '.'
            && name.substring(PREFIX.length(), PREFIX.length() + 4).chars().allMatch(Character::isDigit);
    }

    static void render(SimulationResult result, StringBuilder sb) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String name : result.metrics().keySet()) {
            if (isCalendar(name)) {
                years.add(Integer.parseInt(name.substring(PREFIX.length(), PREFIX.length() + 4)));
                String flow = name.substring(PREFIX.length() + 5);
                units.putIfAbsent(flow, result.outputs().metric(name).unit());
            }
        }
        if (years.isEmpty()) {
            return;
        }
        sb.append("\ncalendar years (undiscounted; partial first and last years as in each metric's description)\n");
        int flowWidth = "flow".length();
        int unitWidth = "unit".length();
        for (Map.Entry<String, String> flow : units.entrySet()) {
            flowWidth = Math.max(flowWidth, flow.getKey().length());
            unitWidth = Math.max(unitWidth, flow.getValue().length());
        }
        // a year's cell holds TableReport.num's longest output, "-1.234e+07"
        String lead = "%-" + flowWidth + "s %-" + unitWidth + "s %-4s";
        StringBuilder head = new StringBuilder(String.format(Locale.US, lead, "flow", "unit", ""));
        for (int y : years) {
            head.append(String.format(Locale.US, " %10d", y));
        }
        sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
        List<String> stats = new ArrayList<>(List.of("mean", "P5", "P95"));
        for (Map.Entry<String, String> flow : units.entrySet()) {
            for (int s = 0; s < stats.size(); s++) {
                StringBuilder row = new StringBuilder(String.format(Locale.US, lead,
                    s == 0 ? flow.getKey() : "", s == 0 ? flow.getValue() : "", stats.get(s)));
                for (int y : years) {
                    MetricStatistics m = result.metrics().get(PREFIX + y + "." + flow.getKey());
                    String cell = m == null ? "" : TableReport.num(s == 0 ? m.mean() : m.quantile(s == 1 ? 0.05 : 0.95));
                    row.append(String.format(Locale.US, " %10s", cell));
                }
                sb.append(row.toString().stripTrailing()).append('\n');
            }
        }
    }
}
