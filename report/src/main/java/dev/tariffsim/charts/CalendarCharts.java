package dev.tariffsim.charts;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.Interval;
import dev.tariffsim.stats.MetricStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar-year bars from the metrics {@code calendar.<year>.<flow>[.<line>]}: one chart per flow, one bar per
 * year (per line, side by side, when the flow is per line), the mean over the paths with its 95% CI as whiskers.
 * Flows in KRW ({@code ...KrwTn}) repeat a USD flow at each month's exchange rate and are left to the tables;
 * a flow that is exactly zero on every path in every year (no pledge, no deal) is not drawn. Thread-safe.
 */
final class CalendarCharts {
    private static final Pattern NAME = Pattern.compile("calendar\\.(\\d{4})\\.([^.]+)(?:\\.(.+))?");

    private CalendarCharts() {
    }

    static List<Chart> of(SimulationResult r, Scenario s, Labels labels) {
        // flow -> line ("" for a flow of the whole economy) -> year -> statistics
        Map<String, Map<String, Map<Integer, MetricStatistics>>> flows = new LinkedHashMap<>();
        for (MetricStatistics m : r.metrics().values()) {
            Matcher k = NAME.matcher(m.name());
            if (!k.matches() || k.group(2).endsWith("KrwTn") || m.isEvent() || m.count() == 0) {
                continue;
            }
            flows.computeIfAbsent(k.group(2), f -> new LinkedHashMap<>())
                .computeIfAbsent(k.group(3) == null ? "" : k.group(3), l -> new TreeMap<>())
                .put(Integer.parseInt(k.group(1)), m);
        }
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<Integer, MetricStatistics>>> f : flows.entrySet()) {
            Chart c = chart(f.getKey(), f.getValue(), s, labels);
            if (c != null) {
                charts.add(c);
            }
        }
        return charts;
    }

    private static Chart chart(String flow, Map<String, Map<Integer, MetricStatistics>> byLine, Scenario s,
                               Labels labels) {
        List<Integer> years = new ArrayList<>(byLine.values().iterator().next().keySet());
        List<String> names = new ArrayList<>();
        List<List<Estimate>> series = new ArrayList<>();
        boolean drawn = false;
        String first = null;
        for (Map.Entry<String, Map<Integer, MetricStatistics>> line : byLine.entrySet()) {
            if (!line.getValue().keySet().equals(new java.util.TreeSet<>(years))) {
                return null; // lines cover different years: not one chart
            }
            List<Estimate> bars = new ArrayList<>();
            for (int year : years) {
                MetricStatistics m = line.getValue().get(year);
                first = first == null ? m.name() : first;
                Interval ci = m.confidenceInterval();
                boolean finite = Double.isFinite(ci.low()) && Double.isFinite(ci.high());
                bars.add(new Estimate(Integer.toString(year), m.mean(), finite ? ci.low() : m.mean(),
                    finite ? ci.high() : m.mean()));
                drawn |= m.mean() != 0 || m.min() != 0 || m.max() != 0;
            }
            names.add(line.getKey().isEmpty() ? flow : line.getKey());
            series.add(bars);
        }
        if (!drawn) {
            return null;
        }
        String what = what(labels.description(first), byLine.keySet());
        String title = (what.isEmpty() ? flow : Character.toUpperCase(what.charAt(0)) + what.substring(1))
            + (byLine.size() > 1 ? ", per line" : "") + ", by calendar year";
        String subtitle = "mean over the paths, undiscounted; whiskers: 95% confidence intervals" + partial(s, years);
        return BarCharts.grouped("calendar-" + Charts.slug(flow), title, subtitle, labels.axisLabel(flow, first),
            names, series, null, Boolean.FALSE);
    }

    /** The note on partial years, {@code "; partial years: 2025 (3 months), 2035 (9 months)"}, or empty. */
    private static String partial(Scenario s, List<Integer> years) {
        List<String> partial = new ArrayList<>();
        for (int y : years) {
            int months = months(s, y);
            if (months != 12) {
                partial.add(y + " (" + months + (months == 1 ? " month)" : " months)"));
            }
        }
        return partial.isEmpty() ? "" : "; partial years: " + String.join(", ", partial);
    }

    /** The months of {@code year} within the scenario's horizon. */
    static int months(Scenario s, int year) {
        int n = 0;
        for (int t = 0; t < s.horizonMonths(); t++) {
            n += s.start().plusMonths(t).getYear() == year ? 1 : 0;
        }
        return n;
    }

    /**
     * What a flow is, from a metric's description ({@code "vehicles export value in 2026"}): the text before
     * {@code " in <year>"}, without a leading line name.
     */
    private static String what(String description, Iterable<String> lines) {
        String d = description.replaceFirst(" in \\d{4}.*$", "");
        for (String line : lines) {
            if (!line.isEmpty() && d.startsWith(line + " ")) {
                return d.substring(line.length() + 1);
            }
        }
        return d;
    }
}
