package dev.tariffsim.examples.cli;

import dev.tariffsim.analysis.AnalysisTable;
import dev.tariffsim.analysis.AnalysisTables;
import dev.tariffsim.analysis.Axis;
import dev.tariffsim.analysis.BreakEven;
import dev.tariffsim.analysis.Component;
import dev.tariffsim.analysis.Evaluator;
import dev.tariffsim.analysis.ModelRecipe;
import dev.tariffsim.analysis.RunSettings;
import dev.tariffsim.analysis.ScenarioParameters;
import dev.tariffsim.analysis.SobolAnalysis;
import dev.tariffsim.analysis.SobolResult;
import dev.tariffsim.analysis.Statistic;
import dev.tariffsim.analysis.StressTest;
import dev.tariffsim.analysis.Sweep;
import dev.tariffsim.analysis.SweepResult;
import dev.tariffsim.analysis.Tornado;
import dev.tariffsim.analysis.TornadoResult;
import dev.tariffsim.charts.Chart;
import dev.tariffsim.charts.html.HtmlReport;
import dev.tariffsim.engine.ProgressListener;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.Tail;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The analysis verbs of the command line: {@code sweep}, {@code tornado}, {@code sensitivity}, {@code breakeven},
 * {@code stress}, and {@code parameters}, which lists the paths they take ({@link AnalysisOptions} parses their
 * flags). Each prints an {@link AnalysisTable} list as a table,
 * JSON or CSV.
 */
final class AnalysisCommand {
    /** The verbs. */
    static final Set<String> VERBS = Set.of("sweep", "tornado", "sensitivity", "breakeven", "stress", "parameters");

    private final PrintStream err;
    private final boolean terminal;
    private final Evaluator evaluator;

    AnalysisCommand(PrintStream err, boolean terminal, Evaluator evaluator) {
        this.err = err;
        this.terminal = terminal;
        this.evaluator = evaluator;
    }

    /** The output of a verb, with the options saying where it goes, and its report (made only when asked for). */
    record Output(Options options, String text, Supplier<HtmlReport.Builder> report) {
    }

    /** A verb's tables and its charts (made only for a report). */
    private record Made(List<AnalysisTable> tables, Supplier<List<Chart>> charts) {
        Made(List<AnalysisTable> tables) {
            this(tables, List::of);
        }
    }

    /** Runs a verb; returns null if the user asked for its help text (already printed to {@code out}). */
    Output run(String[] args, PrintStream out) {
        String verb = args[0];
        if (args.length > 1 && List.of("help", "--help", "-h").contains(args[1])) {
            out.print(AnalysisOptions.help(verb));
            return null;
        }
        AnalysisOptions a = AnalysisOptions.parse(verb, args);
        Options o = a.common;
        if (o.positional.size() != 1) {
            throw new UsageException(verb + " takes one scenario file or example name, got " + o.positional.size()
                + " (see 'tariffsim " + verb + " help')");
        }
        Scenario s = Examples.load(o.positional.get(0));
        ProgressBar bar = terminal && !o.quiet ? new ProgressBar(err) : null;
        RunsProgress progress = bar == null ? null : new RunsProgress(bar, a.runs());
        RunSettings settings = new RunSettings(o.paths, o.seed, o.threads,
            progress == null ? ProgressListener.NONE : progress, evaluator);
        try {
            Made made = make(verb, a, s, settings);
            List<AnalysisTable> tables = made.tables();
            String text = switch (o.format) {
                case JSON -> AnalysisTable.json(tables);
                case CSV -> AnalysisTable.csv(tables);
                case TABLE -> s.name() + ": " + AnalysisTable.text(tables);
            };
            return new Output(o, text, () -> AnalysisReport.of(s, o, tables, made.charts().get()));
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
    }

    private static Made make(String verb, AnalysisOptions a, Scenario s, RunSettings settings) {
        return switch (verb) {
            case "sweep" -> {
                List<Axis> axes = new ArrayList<>();
                a.params.forEach(p -> axes.add(Axis.parse(p)));
                SweepResult r = Sweep.run(settings, s, axes, a.metrics(List.of("netDealValue", "dealSavings")));
                yield new Made(AnalysisTables.sweep(r, a.quantiles), () -> AnalysisReport.sweep(r));
            }
            case "tornado" -> {
                List<Tornado.Input> inputs = new ArrayList<>();
                for (String p : a.params) {
                    inputs.add(input(s, p));
                }
                TornadoResult r = Tornado.run(settings, s, inputs, a.metric("netDealValue"));
                yield new Made(AnalysisTables.tornado(r), () -> AnalysisReport.tornado(r));
            }
            case "sensitivity" -> {
                ScenarioModel model = new ScenarioModel(s);
                List<Component> comps = a.components.isEmpty() ? Component.of(model) : a.components;
                SobolResult r = SobolAnalysis.run(settings, ModelRecipe.scenario(s), comps,
                    a.metrics(List.of("netDealValue", "dealSavings")),
                    new SobolAnalysis.Bootstrap(a.resamples, a.level, a.common.seed));
                yield new Made(AnalysisTables.sobol(r), () -> AnalysisReport.sobol(r));
            }
            case "breakeven" -> {
                String[] p = range(a.params.get(0));
                double lo = AnalysisOptions.number("--param", p[1]);
                double hi = AnalysisOptions.number("--param", p[2]);
                double acc = Double.isNaN(a.accuracy) ? (hi - lo) * 1e-4 : a.accuracy;
                String m = a.metric("netDealValue");
                Statistic stat = Double.isNaN(a.statisticLevel) ? Statistic.mean(m) : Statistic.quantile(m,
                    a.statisticLevel);
                yield new Made(AnalysisTables.breakEven(BreakEven.solve(settings, s, p[0], lo, hi, stat, a.target,
                    acc)));
            }
            case "parameters" -> {
                List<List<Object>> rows = new ArrayList<>();
                ScenarioParameters.list(s).forEach((path, v) -> rows.add(List.of(path, v)));
                yield new Made(List.of(new AnalysisTable("numeric parameters by path (set with --param PATH=...)",
                    List.of("random inputs, fixed at a value by their path (tornado: at their P10 and P90): "
                            + String.join(", ", ScenarioParameters.randomInputs(s).keySet()),
                        "regimes.hazard.FROM.TO: monthly probability of moving from regime FROM to TO; setting it "
                            + "moves the difference to or from the probability of staying in FROM",
                        "random streams (sensitivity components): "
                            + String.join(", ", Component.of(new ScenarioModel(s)).stream().map(Component::name).toList())),
                    List.of("parameter", "value"), rows)));
            }
            case "stress" -> {
                String m = a.metric("netDealValue");
                dev.tariffsim.engine.OutputSpec spec = new ScenarioModel(s).outputs();
                if (a.tailGiven && spec.hasMetric(m) && spec.metric(m).event()) {
                    throw new UsageException("--worst and --tail do not apply to " + m + ", an event: its stressed "
                        + "paths are those where it occurred (see 'tariffsim stress help')");
                }
                yield new Made(AnalysisTables.stress(StressTest.run(settings, ModelRecipe.scenario(s), m, a.fraction,
                    a.tail, a.allMetrics)));
            }
            default -> throw new IllegalStateException(verb);
        };
    }

    /** {@code PATH=LOW:HIGH} or a random input's bare {@code PATH} (its P10 and P90). */
    private static Tornado.Input input(Scenario s, String p) {
        if (!p.contains("=")) {
            if (!ScenarioParameters.isRandomInput(s, p)) {
                throw new UsageException("--param " + p + " needs a range PATH=LOW:HIGH (only the scenario's "
                    + "random inputs, " + String.join(", ", ScenarioParameters.randomInputs(s).keySet())
                    + ", default to their P10 and P90)");
            }
            return Tornado.Input.random(s, p);
        }
        String[] r = range(p);
        return new Tornado.Input(r[0], AnalysisOptions.number("--param", r[1]), AnalysisOptions.number("--param", r[2]));
    }

    /** {@code PATH=LOW:HIGH} as path, low, high. */
    private static String[] range(String p) {
        int eq = p.indexOf('=');
        String[] lh = eq < 0 ? new String[0] : p.substring(eq + 1).split(":", -1);
        if (eq <= 0 || lh.length != 2) {
            throw new UsageException("--param is not of the form PATH=LOW:HIGH: " + p);
        }
        return new String[] {p.substring(0, eq), lh[0], lh[1]};
    }
}
