package dev.tariffsim.examples.cli;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PrecisionTarget;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.Sampling;
import dev.tariffsim.random.LatinHypercubeDesign;
import dev.tariffsim.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The options of {@code run} and {@code compare}, parsed strictly: every bad flag or value is a UsageException. */
final class Options {
    final List<String> positional = new ArrayList<>();
    long paths = 100_000;
    long seed = 20251017L;
    int threads = Runtime.getRuntime().availableProcessors();
    ReportFormat format = ReportFormat.TABLE;
    Path out;
    Path report;
    Path charts;
    boolean timestamp;
    boolean quiet;
    boolean antithetic;
    Sampling sampling = Sampling.MC;
    Integer replicates;
    Integer blockSize;
    boolean controlVariates;
    boolean series = true;
    QuantileMode quantiles = QuantileMode.AUTO;
    long minPaths = 10 * MonteCarlo.BATCH;
    long checkEvery = 10 * MonteCarlo.BATCH;
    final List<PrecisionTarget> targets = new ArrayList<>();

    static Options parse(String[] args, int from) {
        Options o = new Options();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--paths" -> o.paths = longValue(a, value(args, ++i, a), 1, MonteCarlo.MAX_PATHS);
                case "--seed" -> o.seed = longValue(a, value(args, ++i, a), Long.MIN_VALUE, Long.MAX_VALUE);
                case "--threads" -> o.threads = (int) longValue(a, value(args, ++i, a), 1, 1024);
                case "--format" -> {
                    String v = value(args, ++i, a);
                    try {
                        o.format = ReportFormat.of(v);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--format is not one of " + ReportFormat.choices() + ": " + v);
                    }
                }
                case "--out" -> {
                    o.out = Path.of(value(args, ++i, a));
                    Path parent = o.out.toAbsolutePath().getParent();
                    if (parent != null && !Files.isDirectory(parent)) {
                        throw new UsageException("--out names a file in a folder that does not exist: " + o.out);
                    }
                }
                case "--report" -> o.report = ReportOutput.reportPath(value(args, ++i, a));
                case "--charts" -> o.charts = ReportOutput.chartsDir(value(args, ++i, a));
                case "--timestamp" -> o.timestamp = true;
                case "--quiet" -> o.quiet = true;
                case "--antithetic" -> o.antithetic = true;
                case "--no-series" -> o.series = false;
                case "--control-variates" -> o.controlVariates = true;
                case "--sampling" -> {
                    String v = value(args, ++i, a);
                    try {
                        o.sampling = Sampling.parse(v);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--sampling is not " + Sampling.choices() + ": " + v);
                    }
                }
                case "--replicates" -> {
                    long r = longValue(a, value(args, ++i, a), 2, 1024);
                    if (Long.bitCount(r) != 1) {
                        throw new UsageException("--replicates is not a power of two in [2, 1024]: " + r);
                    }
                    o.replicates = (int) r;
                }
                case "--block-size" -> {
                    long m = longValue(a, value(args, ++i, a), 2, 1024);
                    if (Long.bitCount(m) != 1) {
                        throw new UsageException("--block-size is not a power of two in [2, 1024]: " + m);
                    }
                    o.blockSize = (int) m;
                }
                case "--quantiles" -> o.quantiles = quantiles(value(args, ++i, a));
                case "--rel-precision", "--abs-precision" -> o.targets.add(target(a, value(args, ++i, a)));
                case "--min-paths" -> o.minPaths = longValue(a, value(args, ++i, a), 1, MonteCarlo.MAX_PATHS);
                case "--check-every" -> o.checkEvery = longValue(a, value(args, ++i, a), 1, MonteCarlo.MAX_PATHS);
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option: " + a + " (see 'tariffsim help')");
                    }
                    o.positional.add(a);
                }
            }
        }
        o.checkSampling();
        return o;
    }

    /** Sampling flags that do not go together: one message, before anything runs. */
    private void checkSampling() {
        if (replicates != null && sampling != Sampling.RQMC) {
            throw new UsageException("--replicates needs --sampling rqmc");
        }
        if (blockSize != null && sampling != Sampling.LHS) {
            throw new UsageException("--block-size needs --sampling lhs");
        }
        if (quantiles == QuantileMode.SKETCH && (sampling != Sampling.MC || controlVariates)) {
            throw new UsageException("--quantiles sketch cannot be combined with " + (sampling != Sampling.MC
                ? "--sampling " + sampling.label() : "--control-variates") + ": it needs every path's value; use"
                + " --quantiles exact or auto");
        }
        if (sampling == Sampling.MC) {
            return;
        }
        if (antithetic) {
            throw new UsageException("--antithetic cannot be combined with --sampling " + sampling.label()
                + " (see docs/engine.md)");
        }
        boolean rqmc = sampling == Sampling.RQMC;
        if (!rqmc && blockSize == null && LatinHypercubeDesign.autoBlockSize(paths) == 0) {
            throw new UsageException(String.format(Locale.US, "--paths has no automatic --block-size under --sampling lhs:"
                + " %d (a power of two up to 1024 must divide the paths into at least 16 blocks: use an even number of"
                + " at least 32, or set --block-size)", paths));
        }
        int unit = rqmc ? replicates() : blockSize == null ? LatinHypercubeDesign.autoBlockSize(paths) : blockSize;
        if (paths % unit != 0) {
            throw new UsageException(String.format(Locale.US, "--paths is not a multiple of %s %d under --sampling %s: %d"
                + " (next multiple: %d)", rqmc ? "--replicates" : "--block-size", unit, sampling.label(), paths,
                (paths / unit + 1) * unit));
        }
    }

    private int replicates() {
        return replicates == null ? Sampling.DEFAULT_REPLICATES : replicates;
    }

    private int blockSize() {
        return blockSize == null ? Sampling.AUTO_BLOCK_SIZE : blockSize;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }

    private static long longValue(String flag, String v, long min, long max) {
        long x;
        try {
            x = Long.parseLong(v.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " is not a whole number: " + v);
        }
        if (x < min || x > max) {
            throw new UsageException(String.format(Locale.US, "%s is not in [%d, %d]: %s", flag, min, max, v));
        }
        return x;
    }

    private static PrecisionTarget target(String flag, String v) {
        int eq = v.indexOf('=');
        if (eq <= 0 || eq == v.length() - 1) {
            throw new UsageException(flag + " is not of the form METRIC=HALFWIDTH: " + v);
        }
        double h;
        try {
            h = Double.parseDouble(v.substring(eq + 1));
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " half-width is not a number: " + v.substring(eq + 1));
        }
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new UsageException(flag + " half-width is not positive and finite: " + v.substring(eq + 1));
        }
        String metric = v.substring(0, eq);
        return flag.equals("--rel-precision") ? PrecisionTarget.relative(metric, h) : PrecisionTarget.absolute(metric, h);
    }

    private static QuantileMode quantiles(String v) {
        for (QuantileMode m : QuantileMode.values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(v)) {
                return m;
            }
        }
        throw new UsageException("--quantiles is not auto, exact or sketch: " + v);
    }

    /** The engine settings. */
    SimulationSettings settings() {
        return new SimulationSettings(paths, seed, threads, antithetic, series, quantiles, targets, minPaths, checkEvery,
            sampling, replicates(), blockSize(), controlVariates);
    }
}
