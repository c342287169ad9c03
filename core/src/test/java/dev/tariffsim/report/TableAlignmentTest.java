package dev.tariffsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.TestModels;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.random.RandomStream;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns of the text table line up however long the names: each block is sized to its longest name. */
final class TableAlignmentTest {
    private static final String LONG = "lines.steelAluminium.exportValueLostToTheTariffOverTheHorizon";
    private static final String LONG_FLOW = "tariffSavingsOnSteelAluminiumAndDerivatives";
    private static final String LONG_SERIES = "reserves.netOfTheFloorAfterInterventions";

    /** Short and long metric names, an event, calendar metrics of a long flow, two series, 30 months. */
    private static PathModel model() {
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric("npv", "USD bn", "short");
        b.metric(LONG, "USD bn", "long");
        b.metric("calendar.2025." + LONG_FLOW, "USD bn", "calendar, long flow");
        b.metric("calendar.2026." + LONG_FLOW, "USD bn", "calendar, long flow");
        b.metric("calendar.2025.x", "KRW trillions", "calendar, short flow, long unit");
        b.metric("calendar.2026.x", "KRW trillions", "calendar, short flow, long unit");
        b.event("breach", "an event");
        b.series("fx", 30, "KRW per USD", "short series");
        b.series(LONG_SERIES, 30, "USD bn", "long series");
        OutputSpec spec = b.build();
        return TestModels.of("alignment", YearMonth.of(2025, 11), spec, random -> {
            RandomStream u = random.stream("u");
            return out -> {
                double x = u.nextUniform();
                out.metric(0, x);
                out.metric(1, -12_345_678.9 * x);
                out.metric(2, 1e-5 * x);
                out.metric(3, 3 * x);
                out.metric(4, -1e8 * x);
                out.metric(5, x);
                out.metric(6, x < 0.2 ? 1 : 0);
                for (int t = 0; t < 30; t++) {
                    out.series(0, t, -1e9 * x - t); // cells longer than the old 28-character column
                    out.series(1, t, -1e9 * x);
                }
            };
        });
    }

    /** The lines of a block: from the line starting with {@code first} to the next blank line. */
    private static List<String> block(String table, String first) {
        List<String> lines = table.lines().toList();
        int from = 0;
        while (!lines.get(from).startsWith(first)) {
            from++;
        }
        int to = from;
        while (to < lines.size() && !lines.get(to).isBlank()) {
            to++;
        }
        return lines.subList(from, to);
    }

    @Test
    void metricRowsAlignWithTheHeaderWhateverTheNameLength() {
        String table = ReportFormat.TABLE.render(MonteCarlo.builder().paths(500).seed(3).build().run(model()));
        List<String> metrics = block(table, "metric ");
        String head = metrics.get(0);
        int unit = head.indexOf("unit");
        int meanEnd = head.indexOf("mean") + "mean".length();
        assertThat(unit).isEqualTo(LONG.length() + 1);
        assertThat(metrics).hasSize(5); // head, dashes, npv, long, breach
        for (String row : metrics.subList(2, metrics.size())) {
            assertThat(row).as(row).hasSameSizeAs(head);
            assertThat(row.charAt(unit - 1)).as(row).isEqualTo(' ');
            assertThat(row.charAt(unit)).as(row).isEqualTo(row.startsWith("breach") ? 'p' : 'U');
            assertThat(row.charAt(meanEnd - 1)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(meanEnd)).as(row).isEqualTo(' ');
        }

        List<String> calendar = block(table, "flow ");
        String years = calendar.get(0);
        assertThat(years.indexOf("unit")).isEqualTo(LONG_FLOW.length() + 1);
        int end2025 = years.indexOf("2025") + 4;
        for (String row : calendar.subList(2, calendar.size())) {
            assertThat(row).as(row).hasSameSizeAs(years);
            assertThat(row.charAt(end2025 - 1)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(end2025)).as(row).isEqualTo(' ');
        }

        List<String> bands = block(table, "month ");
        int second = bands.get(0).indexOf(LONG_SERIES);
        assertThat(bands).hasSize(4); // months 0, 12 and 24
        for (String row : bands.subList(1, bands.size())) {
            assertThat(row.charAt(second - 1)).as(row).isEqualTo(' ');
            assertThat(row.charAt(second)).as(row).isEqualTo('-');
        }
    }

    @Test
    void comparisonRowsAlignWithTheHeaderWhateverTheNameLength() {
        SimulationResult r = MonteCarlo.builder().paths(500).seed(3).build().run(PairedModel.of(model(), model()));
        List<String> rows = block(ReportFormat.TABLE.render(r), "metric ");
        String head = rows.get(0);
        assertThat(head.indexOf("unit")).isEqualTo(LONG.length() + 1);
        int differenceEnd = head.indexOf("difference ") + "difference".length();
        assertThat(rows.size()).isGreaterThan(4);
        for (String row : rows.subList(2, rows.size())) {
            assertThat(row).as(row).hasSameSizeAs(head);
            assertThat(row.charAt(differenceEnd - 1)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(differenceEnd)).as(row).isEqualTo(' ');
        }
    }
}
