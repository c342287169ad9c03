package dev.tariffsim.report;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The formats a {@link SimulationResult} can be written in: the one list that the command line's usage text,
 * its option parser and its dispatcher all read (as Caffeine's {@code ReportFormat}). Every format carries the
 * same numbers, takes nothing but the result, and prints a result of 0 paths (a run cancelled before its first
 * batch) as well-formed output marked empty. Undefined statistics (NaN) are {@code n/a} in the table, empty
 * cells in CSV and {@code null} in JSON.
 */
public enum ReportFormat {
    /** A text table: metrics, then monthly bands every 12 months; for a paired run, the comparison. */
    TABLE(TableReport::render),
    /** JSON: {@code run}, {@code metrics}, {@code series} and {@code convergence} (see {@link JsonReport}). */
    JSON(JsonReport::render),
    /** CSV (RFC 4180 quoting), one row per metric and one per series month (see {@link CsvReport}). */
    CSV(CsvReport::render);

    private final Function<SimulationResult, String> renderer;

    ReportFormat(Function<SimulationResult, String> renderer) {
        this.renderer = renderer;
    }

    /** The name by which users choose the format: {@code table}, {@code json} or {@code csv}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The result in this format. @throws IllegalArgumentException if the result is null */
    public String render(SimulationResult result) {
        return renderer.apply(Checks.requireNonNull(result, "result"));
    }

    /**
     * A number as the table prints it: four significant digits, no exponent for magnitudes from 0.001 to 10
     * million, {@code n/a} when NaN or infinite.
     */
    public static String num(double x) {
        return TableReport.num(x);
    }

    /** Every format's id, separated by {@code |}, for usage texts: {@code table|json|csv}. */
    public static String choices() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining("|"));
    }

    /** The format of that id. @throws IllegalArgumentException naming the value and the choices if there is none */
    public static ReportFormat of(String id) {
        for (ReportFormat f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException(Checks.format("format is not one of %s: %s", choices(), id));
    }
}
