package dev.tariffsim.examples.cli;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.SimulationException;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.report.ResultFormat;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.ScenarioJson;
import dev.tariffsim.scenario.ScenarioModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The command-line runner: {@code tariffsim run|compare|validate|list|help}. Exit codes: 0 success, 2 invalid
 * input (one message on stderr, no stack trace), 1 an internal failure.
 */
public final class Main {
    static final String USAGE = """
        usage:
          tariffsim run <scenario file or example> [options]   simulate and print the results
          tariffsim compare <a> <b> [options]                  both on common random numbers: b minus a
          tariffsim validate <scenario file>                   check a scenario file
          tariffsim list                                       the bundled examples and the question each answers
          tariffsim help                                       this text
        analyses (every run on common random numbers; 'tariffsim <verb> help' for each verb's options):
          tariffsim sweep <scenario> --param P=LO:HI:STEP ...  a grid of one or two parameters
          tariffsim tornado <scenario> --param P=LO:HI ...     one-at-a-time swings of a metric, largest first
          tariffsim sensitivity <scenario>                     Sobol indices by random component
          tariffsim breakeven <scenario> --param P=LO:HI       the parameter value where a metric reaches a target
          tariffsim stress <scenario>                          what the worst paths of a metric look like
          tariffsim parameters <scenario>                      the parameter paths the analyses take, with values

        options of run and compare:
          --paths N              paths to run; with a precision target, the most to run (default 100000)
          --seed S               random seed (default 20251017); seed and paths fix every number
          --threads K            worker threads (default: the number of processors); results do not depend on it
          --format table|json|csv  output format (default table)
          --out FILE             write the output to FILE instead of standard output
          --antithetic           antithetic pairs of paths
          --no-series            skip the monthly bands (faster)
          --rel-precision M=F    stop once the 95% CI half-width of metric M is at most F times |mean|
          --abs-precision M=H    stop once the 95% CI half-width of metric M is at most H
          --min-paths N          paths before the first precision check (default 10240)
          --check-every N        paths between precision checks (default 10240)
          --quiet                no progress bar
        """;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    Main(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code = new Main(System.out, System.err, System.console() != null).execute(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command line; returns the exit code. */
    int execute(String[] args) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given\n" + USAGE);
            }
            switch (args[0]) {
                case "run" -> run(Options.parse(args, 1));
                case "compare" -> compare(Options.parse(args, 1));
                case "validate" -> validate(args);
                case "list" -> list();
                case "sweep", "tornado", "sensitivity", "breakeven", "stress", "parameters" -> analysis(args);
                case "help", "--help", "-h" -> out.print(USAGE);
                default -> throw new UsageException("unknown command: " + args[0] + "\n" + USAGE);
            }
            return 0;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("tariffsim: " + e.getMessage());
            return 2;
        } catch (SimulationException e) {
            err.println("tariffsim: the simulation failed: " + e.getMessage());
            e.printStackTrace(err);
            return 1;
        } catch (IOException e) {
            err.println("tariffsim: " + e.getMessage());
            return 1;
        }
    }

    private static Scenario one(Options o, String command) {
        if (o.positional.size() != 1) {
            throw new UsageException(command + " takes one scenario file or example name, got " + o.positional.size());
        }
        return Examples.load(o.positional.get(0));
    }

    private void run(Options o) throws IOException {
        Scenario s = one(o, "run");
        SimulationResult r = simulate(o, new ScenarioModel(s));
        String text = switch (o.format) {
            case "json" -> ResultFormat.json(r, s.name(), s.start());
            case "csv" -> ResultFormat.csv(r, s.name(), s.start());
            default -> ResultFormat.table(r, s.name()) + seriesSummary(r, s);
        };
        emit(o, text);
    }

    private SimulationResult simulate(Options o, dev.tariffsim.engine.PathModel model) {
        ProgressBar bar = terminal && !o.quiet ? new ProgressBar(err) : null;
        MonteCarlo.Builder b = o.engine();
        if (bar != null) {
            b.listener(bar);
        }
        try {
            return b.build().run(model);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
    }

    private static String seriesSummary(SimulationResult r, Scenario s) {
        if (r.series().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nmonthly bands (P5 / P50 / P95) every 12 months\n");
        sb.append(String.format("%-8s %-26s %-26s %-26s %8s%n", "month", "KRW per USD", "FX reserves",
            "cumulative contributions", "in DEAL"));
        var fx = r.series("fxRate");
        var res = r.series("reserves");
        var paid = r.series("cumulativeContributions");
        var deal = r.series("dealShare");
        for (int t = 0; t < fx.steps(); t += 12) {
            sb.append(String.format(java.util.Locale.US, "%-8s %-26s %-26s %-26s %7.1f%%%n", s.start().plusMonths(t),
                band(fx, t), band(res, t), band(paid, t), 100 * deal.mean(t)));
        }
        return sb.toString();
    }

    private static String band(dev.tariffsim.stats.SeriesBands b, int t) {
        return String.format(java.util.Locale.US, "%.0f / %.0f / %.0f", b.percentile(0.05, t), b.percentile(0.5, t),
            b.percentile(0.95, t));
    }

    private void compare(Options o) throws IOException {
        if (o.positional.size() != 2) {
            throw new UsageException("compare takes two scenarios, got " + o.positional.size());
        }
        Scenario a = Examples.load(o.positional.get(0));
        Scenario b = Examples.load(o.positional.get(1));
        o.series = false;
        SimulationResult r = simulate(o, PairedModel.of(new ScenarioModel(a), new ScenarioModel(b)));
        String name = a.name() + " vs " + b.name();
        String text = switch (o.format) {
            case "json" -> ResultFormat.json(r, name, a.start());
            case "csv" -> ResultFormat.csv(r, name, a.start());
            default -> CompareTable.render(r, a.name(), b.name());
        };
        emit(o, text);
    }

    private void analysis(String[] args) throws IOException {
        AnalysisCommand.Output r = new AnalysisCommand(err, terminal).run(args, out);
        if (r != null) {
            emit(r.options(), r.text());
        }
    }

    private void validate(String[] args) {
        if (args.length != 2) {
            throw new UsageException("validate takes one scenario file");
        }
        Scenario s = Examples.load(args[1]);
        out.printf("%s: valid scenario %s, %d months from %s, %d product lines, %d regimes%n", args[1], s.name(),
            s.horizonMonths(), s.start(), s.lines().size(), s.regimes().size());
    }

    private void list() {
        for (String name : Examples.NAMES) {
            Scenario s = ScenarioJson.read(Examples.text(name));
            out.printf("%-16s %s%n", name, s.description());
        }
    }

    /** Writes to --out through a temporary file moved into place, so a failed run leaves no half-written file. */
    private void emit(Options o, String text) throws IOException {
        if (o.out == null) {
            out.print(text);
            return;
        }
        Path target = o.out.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".tariffsim-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        if (!o.quiet) {
            err.println("tariffsim: wrote " + o.out);
        }
    }
}
