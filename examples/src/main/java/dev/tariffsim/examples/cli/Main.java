package dev.tariffsim.examples.cli;

import dev.tariffsim.charts.Labels;
import dev.tariffsim.charts.html.ResultReports;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.ProgressListener;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.SimulationException;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.engine.NonFiniteValueException;
import dev.tariffsim.engine.PrecisionTarget;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.report.ReportFormat;
import dev.tariffsim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The command-line runner: {@code tariffsim run|compare|validate|list|help}. Exit codes: 0 success, 2 invalid
 * input (one message on stderr, no stack trace), 1 an internal failure.
 */
public final class Main {
    static final String USAGE = String.format(java.util.Locale.US, """
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
          --format %s  output format (default table)
          --out FILE             write the output to FILE instead of standard output
          --report FILE.html     also write a self-contained HTML report (charts inline, opens offline)
          --charts DIR           also write every chart as DIR/<chart>.svg and .png (DIR is created if needed)
          --timestamp            stamp the report with the time it was made (else reruns are byte-identical)
          --antithetic           antithetic pairs of paths
          --no-series            skip the monthly bands (faster)
          --sampling mc|rqmc|lhs plain Monte Carlo (default), randomised quasi-Monte Carlo (scrambled Sobol'
                                 points) or Latin hypercube sampling for the draws the model declares important,
                                 the rest pseudo-random
          --replicates R         independent randomisations of an rqmc run, a power of two (default 16);
                                 --paths must be a multiple of R
          --block-size M         paths per independent Latin hypercube of an lhs run, a power of two in
                                 [2, 1024]; --paths must be a multiple of M (default: the largest that leaves at
                                 least 16 blocks, 32 for 100000 paths, 1024 for 65536)
          --control-variates     estimate every metric's mean with the model's control variates (quantities of
                                 known mean: drawn parameters, the regime chain's deal months); not for compare
          --quantiles auto|exact|sketch  exact keeps every path's values (8 bytes per metric per path); sketch keeps
                                 bounded summaries: exact means and probabilities, quantiles within 0.4%%
                                 (default auto: sketch when paths x metrics exceeds %d)
          --rel-precision M=F    stop once the 95%% CI half-width of metric M is at most F times |mean|
          --abs-precision M=H    stop once the 95%% CI half-width of metric M is at most H
          --min-paths N          paths before the first precision check (default 10240)
          --check-every N        paths between precision checks (default 10240)
          --quiet                no progress bar

        precision stopping: targets are checked every --check-every paths from --min-paths on, and are met
        only once at least %d paths lie above the metric's minimum and %d below its maximum (for an event:
        that many events and non-events); an event's half-width is its Wilson interval's. With --antithetic
        standard errors come from the means of the antithetic pairs, with --sampling rqmc from the means of the
        R replicates, with --sampling lhs from the means of the blocks (never from the paths as if independent).
        """, ReportFormat.choices(), QuantileMode.AUTO_EXACT_VALUES, PrecisionTarget.MIN_TAIL_PATHS, PrecisionTarget.MIN_TAIL_PATHS);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Backend backend;

    Main(PrintStream out, PrintStream err, boolean terminal) {
        this(out, err, terminal, Main::simulateLocally);
    }

    /**
     * A command line that simulates on {@code backend}, writing to {@code out} and {@code err}.
     *
     * @param terminal whether to draw a progress bar on {@code err}
     */
    public Main(PrintStream out, PrintStream err, boolean terminal, Backend backend) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.backend = java.util.Objects.requireNonNull(backend, "backend");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code = new Main(System.out, System.err, System.console() != null).execute(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command line; returns the exit code: 0 success, 2 invalid input, 1 an internal failure. */
    public int execute(String[] args) {
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
            if (e.getCause() instanceof NonFiniteValueException bad) {
                err.println("tariffsim: the scenario's numbers overflow the model on path " + e.pathIndex() + ": "
                    + bad.getMessage() + "; check the magnitudes of its inputs (USD billions, annual rates)");
                return 2;
            }
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
        SimulationResult r = simulate(o, List.of(s));
        ReportOutput.write(o, err, () -> ResultReports.run(s, r, Labels.of(r.outputs())));
        emit(o, o.format.render(r));
    }

    private SimulationResult simulate(Options o, List<Scenario> scenarios) {
        ProgressBar bar = terminal && !o.quiet ? new ProgressBar(err) : null;
        try {
            return backend.simulate(o.settings(), scenarios, bar != null ? bar : ProgressListener.NONE);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
    }

    private static SimulationResult simulateLocally(SimulationSettings settings, List<Scenario> scenarios,
                                                    ProgressListener progress) {
        PathModel model = scenarios.size() == 1 ? new ScenarioModel(scenarios.get(0))
            : PairedModel.of(new ScenarioModel(scenarios.get(0)), new ScenarioModel(scenarios.get(1)));
        return settings.engine().listener(progress).build().run(model);
    }

    private void compare(Options o) throws IOException {
        if (o.positional.size() != 2) {
            throw new UsageException("compare takes two scenarios, got " + o.positional.size());
        }
        Scenario a = Examples.load(o.positional.get(0));
        Scenario b = Examples.load(o.positional.get(1));
        o.series = false;
        SimulationResult r = simulate(o, List.of(a, b));
        ReportOutput.write(o, err, () -> ResultReports.compare(a, b, r, Labels.of(r.outputs())));
        emit(o, o.format.render(r));
    }

    private void analysis(String[] args) throws IOException {
        AnalysisCommand.Output r = new AnalysisCommand(err, terminal, backend.evaluator()).run(args, out);
        if (r != null) {
            ReportOutput.write(r.options(), err, r.report());
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
        if (Files.isDirectory(target)) {
            throw new UsageException("cannot write --out " + o.out + ": it is a folder");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), ".tariffsim-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UsageException("cannot write --out " + o.out + ": " + ReportOutput.reason(e));
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
        if (!o.quiet) {
            err.println("tariffsim: wrote " + o.out);
        }
    }
}
