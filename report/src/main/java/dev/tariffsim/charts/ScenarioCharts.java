package dev.tariffsim.charts;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.charts.internal.Checks;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charts that read the scenario as well as the result: calendar months, reference lines, regime shares, and
 * the standard chart sets of a run ({@link #run}) and of a comparison ({@link #comparison}) that the HTML
 * report shows. Thread-safe.
 */
public final class ScenarioCharts {
    /** Prefix of optional per-regime share series ({@code regimeShare.DEAL}); else {@code dealShare} is used. */
    public static final String REGIME_SHARE_PREFIX = "regimeShare.";

    private ScenarioCharts() {
    }

    /**
     * The levels a scenario names for a series: the reserve floor for {@code reserves}, the FX safeguard rate
     * for {@code fxRate} and the cash pledge for {@code cumulativeContributions} (the last two only when
     * the scenario pledges cash).
     */
    public static List<ReferenceLine> referenceLines(Scenario s, String series) {
        Checks.requireNonNull(s, "scenario");
        boolean pledged = s.pledge().cash().total() > 0;
        return switch (series) {
            case "reserves" -> List.of(new ReferenceLine("reserve floor", s.reserves().floor()));
            case "fxRate" -> pledged ? List.of(new ReferenceLine("safeguard rate", s.pledge().cash().safeguardRate()))
                : List.of();
            case "cumulativeContributions" -> pledged ? List.of(new ReferenceLine("cash pledge", s.pledge().cash().total()))
                : List.of();
            default -> List.of();
        };
    }

    /**
     * The fan chart of a series in calendar months from the scenario's start, with its reference lines.
     *
     * @throws IllegalArgumentException if the result has no such series
     */
    public static Chart fan(SimulationResult r, Scenario s, String series, Labels labels) {
        return Charts.fan(r, series, s.start(), referenceLines(s, series), labels);
    }

    /**
     * The share of paths in each regime, month by month: from series {@code regimeShare.<regime>} when the
     * model records them, else from {@code dealShare} (deal in force or not). Null when the result has neither.
     */
    public static Chart regimeShares(SimulationResult r, Scenario s) {
        List<String> names = new ArrayList<>();
        List<double[]> means = new ArrayList<>();
        for (Map.Entry<String, SeriesBands> e : r.series().entrySet()) {
            if (e.getKey().startsWith(REGIME_SHARE_PREFIX)) {
                names.add(e.getKey().substring(REGIME_SHARE_PREFIX.length()));
                means.add(means(e.getValue(), false));
            }
        }
        dealRegimesFirst(s, names, means);
        if (names.isEmpty() && r.series().containsKey("dealShare")) {
            SeriesBands deal = r.series("dealShare");
            names.add("deal in force");
            means.add(means(deal, false));
            names.add("deal not in force");
            means.add(means(deal, true));
        }
        if (names.isEmpty()) {
            return null;
        }
        String subtitle = names.get(0).equals("deal in force")
            ? "month by month; not in force: still negotiating, or collapsed" : "month by month, stacked"
            + dealNote(s, names);
        return XyCharts.shares("regime-shares", "Share of paths in each regime", subtitle, s.start(), names, means);
    }

    /** Moves the regimes in which the scenario's deal is in force to the front (stable), so they draw first. */
    private static void dealRegimesFirst(Scenario s, List<String> names, List<double[]> means) {
        List<String> n = new ArrayList<>();
        List<double[]> m = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < names.size(); k++) {
                if (dealInForce(s, names.get(k)) == (pass == 0)) {
                    n.add(names.get(k));
                    m.add(means.get(k));
                }
            }
        }
        names.clear();
        names.addAll(n);
        means.clear();
        means.addAll(m);
    }

    private static boolean dealInForce(Scenario s, String regime) {
        for (dev.tariffsim.tariff.Regime r : s.regimes().regimes()) {
            if (r.name().equals(regime)) {
                return r.dealInForce();
            }
        }
        return false;
    }

    private static String dealNote(Scenario s, List<String> names) {
        List<String> deal = new ArrayList<>();
        for (String n : names) {
            if (dealInForce(s, n)) {
                deal.add(n);
            }
        }
        return deal.isEmpty() ? "" : "; the deal is in force in " + String.join(", ", deal);
    }

    private static double[] means(SeriesBands b, boolean complement) {
        double[] m = new double[b.steps()];
        for (int t = 0; t < m.length; t++) {
            m[t] = complement ? 1 - b.mean(t) : b.mean(t);
        }
        return m;
    }

    /**
     * Calendar-year bars: one chart per flow of the metrics {@code calendar.<year>.<flow>[.<line>]} (per line
     * side by side), each year's mean over the paths with its 95% CI as whiskers, undiscounted; the subtitle
     * names partial first and last years with their months. Flows in KRW trillions ({@code ...KrwTn}, the same
     * flows at each month's exchange rate) are left to the tables, and a flow that is zero on every path (a scenario
     * without a pledge or without the deal) is not drawn. Ids {@code calendar-<flow>}; empty when the result has
     * no calendar-year metrics.
     */
    public static List<Chart> calendarYears(SimulationResult r, Scenario s, Labels labels) {
        Checks.requireNonNull(r, "result");
        Checks.requireNonNull(s, "scenario");
        Checks.requireNonNull(labels, "labels");
        return CalendarCharts.of(r, s, labels);
    }

    /** The probability of every event metric with its 95% Wilson interval; null when there is none. */
    public static Chart probabilities(SimulationResult r, String title) {
        List<Estimate> events = new ArrayList<>();
        for (MetricStatistics m : r.metrics().values()) {
            if (m.isEvent() && m.count() > 0) {
                events.add(Estimate.of(m.name(), m.probability(), m.wilsonInterval()));
            }
        }
        return events.isEmpty() ? null : BarCharts.bars("event-probabilities", title,
            "bars: share of paths; whiskers: 95% Wilson intervals", "probability", events, null);
    }

    /** Whether a series is a 0/1 indicator on every path (every percentile at every month is 0 or 1). */
    static boolean indicator(SeriesBands b) {
        for (int t = 0; t < b.steps(); t++) {
            for (double level : SeriesBands.LEVELS) {
                double p = b.percentile(level, t);
                if (p != 0 && p != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a metric varies enough over the paths for a histogram. */
    static boolean varies(MetricStatistics m) {
        return m.count() > 1 && m.max() > m.min();
    }

    /**
     * The charts of a run, in report order: a fan chart of every series that is not a 0/1 indicator (the
     * {@link #FIRST_SERIES} first, then those with reference lines), the
     * regime shares, the event probabilities, the calendar-year bars ({@link #calendarYears}), a histogram of
     * every top-level metric (no '.' in its name) that is not an event and varies over the paths, and the
     * convergence of the key metrics. Keyed by section title.
     */
    public static Map<String, List<Chart>> run(SimulationResult r, Scenario s, Labels labels) {
        Map<String, List<Chart>> sections = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String first : FIRST_SERIES) {
            if (r.series().containsKey(first)) {
                names.add(first);
            }
        }
        for (SeriesBands b : r.series().values()) {
            if (!names.contains(b.name()) && !referenceLines(s, b.name()).isEmpty()) {
                names.add(b.name());
            }
        }
        r.series().keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        List<Chart> time = new ArrayList<>();
        for (String name : names) {
            SeriesBands b = r.series(name);
            if (!indicator(b) && !name.startsWith(REGIME_SHARE_PREFIX)) {
                time.add(fan(r, s, name, labels));
            }
        }
        Chart regimes = regimeShares(r, s);
        if (regimes != null) {
            time.add(regimes);
        }
        Chart events = probabilities(r, "Probabilities of events");
        if (events != null) {
            time.add(events);
        }
        List<Chart> histograms = new ArrayList<>();
        for (MetricStatistics m : r.metrics().values()) {
            if (!m.isEvent() && m.name().indexOf('.') < 0 && varies(m)) {
                histograms.add(Charts.histogram(r, m.name(), labels));
            }
        }
        sections.put("Over time", time);
        sections.put("By calendar year", calendarYears(r, s, labels));
        sections.put("Distributions over the paths", histograms);
        sections.put("Convergence", convergence(r, labels));
        return sections;
    }

    /** The series whose fan charts a run report shows first: the reserves against their floor, the won. */
    public static final List<String> FIRST_SERIES = List.of("reserves", "fxRate");

    /** The metrics whose convergence a run report shows, when the result has them. */
    public static final List<String> CONVERGENCE_METRICS = List.of("netDealValue", "dealSavings",
        "investmentNetCost", "reserveBreach");

    /**
     * Convergence plots of the {@link #CONVERGENCE_METRICS} the result has traces of (with at least two
     * checkpoints); empty when it has none.
     */
    public static List<Chart> convergence(SimulationResult r, Labels labels) {
        List<Chart> charts = new ArrayList<>();
        for (String metric : CONVERGENCE_METRICS) {
            if (r.convergence().containsKey(metric) && checkpoints(r.convergence(metric)) >= 2) {
                charts.add(Charts.convergence(r, metric, labels));
            }
        }
        return charts;
    }

    private static int checkpoints(dev.tariffsim.stats.ConvergenceTrace t) {
        int n = 0;
        for (int k = 0; k < t.size(); k++) {
            n += Double.isFinite(t.stdError(k)) ? 1 : 0;
        }
        return n;
    }

    /**
     * The charts of a paired comparison (metrics {@code a.*}, {@code b.*}, {@code diff.*}): the differences
     * b - a of the means with 95% CIs, one chart per unit, and the histogram of every top-level difference
     * that varies over the paths. Keyed by section title.
     */
    public static Map<String, List<Chart>> comparison(SimulationResult r, String aName, String bName, Labels labels) {
        Map<String, List<Estimate>> byUnit = new LinkedHashMap<>();
        List<Chart> histograms = new ArrayList<>();
        for (MetricStatistics m : r.metrics().values()) {
            String name = m.name();
            if (!name.startsWith("diff.") || name.indexOf('.', 5) >= 0 || m.count() == 0) {
                continue;
            }
            String unit = labels.unit(name);
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>())
                .add(Estimate.of(name.substring(5), m.mean(), m.confidenceInterval()));
            if (varies(m)) {
                histograms.add(Charts.histogram(r, name, labels));
            }
        }
        List<Chart> differences = new ArrayList<>();
        for (Map.Entry<String, List<Estimate>> e : byUnit.entrySet()) {
            String unit = e.getKey();
            differences.add(BarCharts.bars("differences-" + Charts.slug(unit), "Difference of the means ("
                + unit + "): " + bName + " \u2212 " + aName, "common random numbers; whiskers: 95% confidence intervals",
                "difference (" + ("probability".equals(unit) ? "probability, " + bName + " minus " + aName : unit) + ")",
                e.getValue(), Boolean.TRUE));
        }
        Map<String, List<Chart>> sections = new LinkedHashMap<>();
        sections.put("Difference charts", differences);
        sections.put("Distributions of the differences over the paths", histograms);
        return sections;
    }
}
