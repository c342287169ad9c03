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
 * --seed 7 --threads 2 --format json}. Re-pinned deliberately for issue 12: the flagship moves to the new
 * mechanisms (rivals in the US car market with Armington substitution, Hyundai's US plants displacing exports, the
 * steel and aluminium line at 50% outside the deal, the safeguard granted with probability 0.65, the pledge's spot
 * purchases weakening the won, pass-through U(0.1, 0.5)); metrics added: tariffPaidKrwTn, inputs.substitution,
 * inputs.marketElasticity, the steel line's and its calendar years' (with issue 11's per-line KRW tariffs, 268).
 * Before that, re-pinned for issue 11 (economics I: funding spread over one USD rate, income in value added, the
 * reserves rule fitted to the record, calendar-year metrics); before that they were recorded at commit 8a8cfe5,
 * before the issue-9 restructuring, and reproduced bit for bit after it. The minimum and maximum of every metric
 * are single path values, so their digest changes with any change to any path; means are compared to 1e-12
 * relative, so a change of summation order alone (an engine matter, not a model one) does not fail the test. An
 * intended change of the model's numbers must update these values and say why in its commit. The path summaries
 * {@code avgFxRate} and {@code vehicleReturn} (issue 13, for reverse stress tests) were added with a digest of their
 * own: the 268 earlier metrics keep theirs, and every mean, quantile, minimum and maximum was checked unchanged.
 */
final class ReferenceResultsTest {
    private static final SimulationResult RESULT = MonteCarlo.builder().paths(20_000).seed(7).threads(2).build()
        .run(new ScenarioModel(Examples.load("korea-us-2025")));

    /** Path summaries added for issue 13 (reverse stress tests); they left every earlier metric as it was. */
    private static final Set<String> SUMMARIES = Set.of("avgFxRate", "vehicleReturn");

    @Test
    void everyMetricsMinimumAndMaximumIsUnchanged() throws Exception {
        assertThat(RESULT.metrics()).hasSize(268 + SUMMARIES.size());
        assertThat(digest(name -> !SUMMARIES.contains(name))).as("the 268 metrics pinned for issue 12")
            .isEqualTo("c4b9356a89ebc7551d2e69ccf7b6446f1db0d4f792ddec983649ff3165602640");
        assertThat(digest(name -> true)).as("every metric, with the summaries")
            .isEqualTo("5a55f6e33de308e0ceba23184c30758d8e8a4e0ce4e67181ba432b79a61f1f46");
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
        expect("tariffPaid", 52.78344069047832, 51.87487512800074);
        expect("dealSavings", 22.206279953982957, 23.12553174815961);
        expect("investmentNetCost", 59.11699194231781, 62.266359036316054);
        expect("netDealValue", -36.91071198833485, -38.154461751522845);
        expect("minReserves", 342.87219923861255, 351.75237589667137);
        expect("lines.vehicles.dealSavings", 18.179119700486748, 18.799335218555086);
        assertThat(RESULT.metric("reserveBreach").probability()).isEqualTo(0.80475);
        assertThat(RESULT.series("reserves").mean(119)).isCloseTo(349.5274978233712, within(349.5 * 1e-12));
    }

    private static void expect(String metric, double mean, double median) {
        MetricStatistics m = RESULT.metric(metric);
        assertThat(m.mean()).as(metric + " mean").isCloseTo(mean, within(Math.abs(mean) * 1e-12));
        assertThat(m.quantile(0.5)).as(metric + " median").isEqualTo(median);
    }
}
