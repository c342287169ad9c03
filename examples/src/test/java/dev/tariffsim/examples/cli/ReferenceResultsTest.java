package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.MetricStatistics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Pins the bundled reference scenario's results at a fixed (seed, paths), so that a refactoring that changes any
 * number is caught. The expected values were recorded from {@code ./tariffsim run korea-us-2025 --paths 20000
 * --seed 7 --threads 2 --format json}. Re-pinned deliberately for issue 11 (economics I: funding spread over one
 * USD rate, income in value added, the reserves rule fitted to the record, calendar-year metrics); the path
 * summaries {@code avgFxRate} and {@code vehicleReturn} (issue 13) were added later with a digest of their own, the
 * 213 earlier metrics keeping theirs (and every mean, quantile, minimum and maximum, checked); before that
 * they were recorded at commit 8a8cfe5, before the issue-9 restructuring, and reproduced bit for bit after it. The minimum and maximum of every metric are single path values, so their digest changes
 * with any change to any path; means are compared to 1e-12 relative, so a change of summation order alone (an
 * engine matter, not a model one) does not fail the test. An intended change of the model's numbers must update
 * these values and say why in its commit.
 */
final class ReferenceResultsTest {
    private static final SimulationResult RESULT = MonteCarlo.builder().paths(20_000).seed(7).threads(2).build()
        .run(new ScenarioModel(Examples.load("korea-us-2025")));

    /** Path summaries added for issue 13 (reverse stress tests); they left every earlier metric as it was. */
    private static final Set<String> SUMMARIES = Set.of("avgFxRate", "vehicleReturn");

    @Test
    void everyMetricsMinimumAndMaximumIsUnchanged() throws Exception {
        assertThat(RESULT.metrics()).hasSize(213 + SUMMARIES.size());
        assertThat(digest(name -> !SUMMARIES.contains(name))).as("the 213 metrics pinned for issue 11")
            .isEqualTo("872a48eb4e739dd7e2ae5ac316a894167407e23a2240a86fcce6c6be6f4be2d3");
        assertThat(digest(name -> true)).as("every metric, with the summaries")
            .isEqualTo("762785f6f3cb364917cb79f8d33879741d62006b718b235589e206ec5069daa5");
    }

    private static String digest(Predicate<String> keep) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (var e : new TreeMap<>(RESULT.metrics()).entrySet()) {
            if (keep.test(e.getKey())) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(ByteBuffer.allocate(16).putDouble(e.getValue().min()).putDouble(e.getValue().max()).array());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void headlineMeansAndMediansAreUnchanged() {
        expect("tariffPaid", 49.55851659873525, 48.14798889117537);
        expect("dealSavings", 24.493083398697102, 25.656919463492635);
        expect("investmentNetCost", 58.66018977872003, 61.83178040270763);
        expect("netDealValue", -34.16710638002293, -35.48839776210945);
        expect("minReserves", 355.5400618730595, 365.7298475117421);
        expect("lines.vehicles.dealSavings", 20.07421632794313, 21.042881605489306);
        assertThat(RESULT.metric("reserveBreach").probability()).isEqualTo(0.7484);
        assertThat(RESULT.series("reserves").mean(119)).isCloseTo(362.599983252988, within(362.6 * 1e-12));
    }

    private static void expect(String metric, double mean, double median) {
        MetricStatistics m = RESULT.metric(metric);
        assertThat(m.mean()).as(metric + " mean").isCloseTo(mean, within(Math.abs(mean) * 1e-12));
        assertThat(m.quantile(0.5)).as(metric + " median").isEqualTo(median);
    }
}
