package dev.tariffsim.examples.cli;

import dev.tariffsim.analysis.Axis;
import dev.tariffsim.analysis.Component;
import dev.tariffsim.stats.Tail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flags of the analysis verbs, parsed strictly: the verb's own flags here, the common ones (paths, seed,
 * threads, format, out, quiet) by {@link Options}. Every bad flag or value is a UsageException.
 */
final class AnalysisOptions {
    /** Paths per run when --paths is not given: analyses make many runs. */
    static final long DEFAULT_PATHS = 20_000;

    private static final String COMMON = """
          --paths N              paths per run (default 20000); every run uses the same seed (common random numbers)
          --seed S               random seed (default 20251017)
          --threads K            worker threads; results do not depend on it
          --format table|json|csv  output format (default table)
          --out FILE             write the output to FILE
          --quiet                no progress bar
          --report FILE.html     also write an HTML report: the tables and, for sweep, tornado and sensitivity, charts
          --charts DIR           also write the charts as DIR/<chart>.svg and .png
          --timestamp            stamp the report with the time it was made
        """;

    private static final Map<String, String> HELP = Map.of(
        "sweep", """
            tariffsim sweep <scenario> --param PATH=LOW:HIGH:STEP [--param PATH=V1,V2,...] [options]
              Each metric's mean, 95% CI and quantiles at every grid point (one or two parameters), and the
              differences between neighbouring points along the last parameter with their paired 95% CIs.
              --param P=SPEC         a parameter by its path in the scenario file, e.g. pledge.cash.annualCap=10:40:5,
                                     lines.*.rates.DEAL=0.10,0.15,0.20 (* = every line); give one or two
              --metric M[,M...]      metrics to report (default netDealValue,dealSavings)
              --quantiles P[,P...]   quantile levels (default 0.05,0.5,0.95)
            """,
        "tornado", """
            tariffsim tornado <scenario> --param PATH=LOW:HIGH | --param RANDOM_INPUT ... [options]
              One at a time, each parameter at its low and its high value, everything else at the scenario; bars
              sorted by the swing of the metric's mean (at high minus at low, with its paired 95% CI).
              --param P=LOW:HIGH     a parameter and its two values; a random input (any distribution in the
                                     scenario, listed by 'parameters') given alone is fixed at its P10 and P90
              --metric M             the metric (default netDealValue)
            """,
        "sensitivity", """
            tariffsim sensitivity <scenario> [options]
              Sobol indices by random component (pick-freeze: (k + 2) x paths model evaluations for k components):
              first-order (Saltelli 2010) and total (Jansen) indices with bootstrap intervals, and Spearman rank
              correlations of the recorded inputs (inputs.*) with each metric.
              --metric M[,M...]      metrics (default netDealValue,dealSavings)
              --component NAME=S1+S2 a component made of named random streams (default: one per stream the
                                     model draws from; 'parameters SCENARIO' lists them); repeat for each
              --bootstrap N          bootstrap resamples (default 500)
              --level L              confidence level of the intervals (default 0.95)
            """,
        "breakeven", """
            tariffsim breakeven <scenario> --param PATH=LOW:HIGH [options]
              The value of PATH in [LOW, HIGH] at which the statistic of the metric reaches the target (Brent's
              method on common random numbers), with a 95% CI from the metric's standard error and slope.
              --param P=LOW:HIGH     the parameter and its bracket, e.g. lines.*.rates.DEAL=0.0:0.25
              --metric M             the metric (default netDealValue)
              --statistic mean|PQ    the mean (default) or a percentile such as P5
              --target X             the target value (default 0)
              --accuracy A           the solver's accuracy in the parameter (default (HIGH - LOW) / 10000)
            """,
        "stress", """
            tariffsim stress <scenario> [options]
              Reverse stress test: on the worst paths of the metric, how the model's drivers (its drawn inputs
              inputs.*, and path summaries such as monthsInDeal, avgFxRate, vehicleReturn) differ from all paths,
              in standard deviations, largest first. For an event metric (such as reserveBreach) the paths are
              those where the event occurred (--worst and --tail do not apply).
              --metric M             the metric (default netDealValue)
              --worst F              the share of paths, as 0.05 or 5% (default 5%)
              --tail lower|upper     which values are bad (default lower: the smallest)
              --all                  rank every other recorded metric, not only the drivers
            """,
        "parameters", """
            tariffsim parameters <scenario> [--format table|json|csv] [--out FILE]
              Every numeric parameter of the scenario by its path, with its value: the paths that --param takes.
            """);

    final Options common;
    final List<String> params = new ArrayList<>();
    final List<String> metricList = new ArrayList<>();
    final List<Component> components = new ArrayList<>();
    double[] quantiles = {0.05, 0.5, 0.95};
    int resamples = 500;
    double level = 0.95;
    double target;
    double accuracy = Double.NaN;
    double statisticLevel = Double.NaN;
    double fraction = 0.05;
    Tail tail = Tail.LOWER;
    /** Whether --worst or --tail was given (they do not apply to an event metric). */
    boolean tailGiven;
    /** stress --all: rank every metric, not only the model's drivers. */
    boolean allMetrics;
    private final String verb;

    private AnalysisOptions(String verb, Options common) {
        this.verb = verb;
        this.common = common;
    }

    /** The help text of a verb. */
    static String help(String verb) {
        return "usage:\n" + HELP.get(verb).indent(2) + "\noptions of every analysis:\n" + COMMON;
    }

    static AnalysisOptions parse(String verb, String[] args) {
        List<String> rest = new ArrayList<>();
        List<String> own = new ArrayList<>();
        Set<String> allowed = switch (verb) {
            case "sweep" -> Set.of("--param", "--metric", "--quantiles");
            case "tornado" -> Set.of("--param", "--metric");
            case "sensitivity" -> Set.of("--metric", "--component", "--bootstrap", "--level");
            case "breakeven" -> Set.of("--param", "--metric", "--statistic", "--target", "--accuracy");
            case "parameters" -> Set.of();
            default -> Set.of("--metric", "--worst", "--tail");
        };
        boolean all = false;
        for (int i = 1; i < args.length; i++) {
            if (verb.equals("stress") && args[i].equals("--all")) {
                all = true;
            } else if (allowed.contains(args[i])) {
                if (i + 1 >= args.length) {
                    throw new UsageException(args[i] + " needs a value");
                }
                own.add(args[i]);
                own.add(args[++i]);
            } else if (Set.of("--antithetic", "--rel-precision", "--abs-precision", "--min-paths", "--check-every",
                "--no-series").contains(args[i])) {
                throw new UsageException(args[i] + " does not apply to " + verb + " (see 'tariffsim " + verb + " help')");
            } else if (args[i].startsWith("--") && !Set.of("--paths", "--seed", "--threads", "--format", "--out",
                "--quiet", "--report", "--charts", "--timestamp").contains(args[i])) {
                throw new UsageException("unknown option of " + verb + ": " + args[i] + " (see 'tariffsim " + verb
                    + " help')");
            } else {
                rest.add(args[i]);
            }
        }
        Options o = Options.parse(rest.toArray(new String[0]), 0);
        if (!rest.contains("--paths")) {
            o.paths = DEFAULT_PATHS;
        }
        AnalysisOptions a = new AnalysisOptions(verb, o);
        a.allMetrics = all;
        for (int i = 0; i < own.size(); i += 2) {
            a.apply(own.get(i), own.get(i + 1));
        }
        a.check();
        return a;
    }

    private void apply(String flag, String v) {
        switch (flag) {
            case "--param" -> params.add(v);
            case "--metric" -> metricList.addAll(Arrays.asList(v.split(",")));
            case "--quantiles" -> quantiles = Arrays.stream(v.split(",")).mapToDouble(x -> unit(flag, x)).toArray();
            case "--component" -> {
                int eq = v.indexOf('=');
                if (eq <= 0 || eq == v.length() - 1) {
                    throw new UsageException("--component is not of the form NAME=STREAM[+STREAM...]: " + v);
                }
                components.add(new Component(v.substring(0, eq), Set.of(v.substring(eq + 1).split("\\+"))));
            }
            case "--bootstrap" -> {
                double n = number(flag, v);
                if (n != Math.rint(n) || n < 10 || n > 100_000) {
                    throw new UsageException("--bootstrap is not a whole number in [10, 100000]: " + v);
                }
                resamples = (int) n;
            }
            case "--level" -> level = unit(flag, v);
            case "--target" -> target = number(flag, v);
            case "--accuracy" -> {
                accuracy = number(flag, v);
                if (!(accuracy > 0)) {
                    throw new UsageException("--accuracy is not positive: " + v);
                }
            }
            case "--statistic" -> statisticLevel = v.equals("mean") ? Double.NaN
                : v.matches("[Pp][0-9.]+") ? unit(flag, Double.toString(number(flag, v.substring(1)) / 100))
                : fail(flag + " is not mean or a percentile such as P5: " + v);
            case "--worst" -> {
                tailGiven = true;
                fraction = v.endsWith("%") ? unit(flag, Double.toString(number(flag,
                    v.substring(0, v.length() - 1)) / 100)) : unit(flag, v);
            }
            case "--tail" -> {
                tailGiven = true;
                tail = switch (v) {
                    case "lower" -> Tail.LOWER;
                    case "upper" -> Tail.UPPER;
                    default -> throw new UsageException("--tail is not lower or upper: " + v);
                };
            }
            default -> throw new IllegalStateException(flag);
        }
    }

    private void check() {
        int p = params.size();
        switch (verb) {
            case "sweep" -> require(p == 1 || p == 2, "sweep takes one or two --param, got " + p);
            case "tornado" -> require(p >= 1, "tornado takes at least one --param");
            case "breakeven" -> require(p == 1, "breakeven takes one --param PATH=LOW:HIGH, got " + p);
            default -> require(p == 0, verb + " takes no --param");
        }
        if (verb.equals("parameters")) {
            require(metricList.isEmpty(), "parameters takes no --metric");
        } else if (!verb.equals("sweep") && !verb.equals("sensitivity")) {
            require(metricList.size() <= 1, verb + " takes one --metric, got " + metricList);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new UsageException(message + " (see 'tariffsim help')");
        }
    }

    List<String> metrics(List<String> defaults) {
        return metricList.isEmpty() ? defaults : metricList;
    }

    String metric(String dflt) {
        return metricList.isEmpty() ? dflt : metricList.get(0);
    }

    /** How many engine runs the analysis makes (a typical count for a break-even search), for the progress bar. */
    long runs() {
        return switch (verb) {
            case "sweep" -> {
                long last = Axis.parse(params.get(p() - 1)).values().size();
                long rows = p() == 2 ? Axis.parse(params.get(0)).values().size() : 1;
                yield rows * Math.max(1, last - 1);
            }
            case "tornado" -> 1 + params.size();
            case "breakeven" -> 12;
            default -> 1;
        };
    }

    private int p() {
        return params.size();
    }

    static double number(String flag, String v) {
        try {
            double x = Double.parseDouble(v.trim());
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(flag + " is not a finite number: " + v);
    }

    private static double unit(String flag, String v) {
        double x = number(flag, v);
        if (!(x > 0 && x < 1)) {
            throw new UsageException(String.format(Locale.US, "%s is not strictly between 0 and 1: %s", flag, v));
        }
        return x;
    }

    private static double fail(String message) {
        throw new UsageException(message);
    }
}
