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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins the bundled reference scenario's results at a fixed (seed, paths), so that a refactoring that changes any
 * number is caught. The expected values were recorded from {@code ./tariffsim run korea-us-2025 --paths 20000
 * --seed 7 --threads 2 --format json} at commit 8a8cfe5, before the issue-9 restructuring, and are reproduced
 * bit for bit after it. The minimum and maximum of every metric are single path values, so their digest changes
 * with any change to any path; means are compared to 1e-12 relative, so a change of summation order alone (an
 * engine matter, not a model one) does not fail the test. An intended change of the model's numbers must update
 * these values and say why in its commit.
 */
final class ReferenceResultsTest {
    private static final SimulationResult RESULT = MonteCarlo.builder().paths(20_000).seed(7).threads(2).build()
        .run(new ScenarioModel(Examples.load("korea-us-2025")));

    @Test
    void everyMetricsMinimumAndMaximumIsUnchanged() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (var e : new TreeMap<>(RESULT.metrics()).entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(ByteBuffer.allocate(16).putDouble(e.getValue().min()).putDouble(e.getValue().max()).array());
        }
        assertThat(RESULT.metrics()).hasSize(36);
        assertThat(HexFormat.of().formatHex(sha.digest()))
            .isEqualTo("65a5dbdfc6d693649c2afb891f7166f558870b70b72c9c875304e97ce1682db1");
    }

    @Test
    void headlineMeansAndMediansAreUnchanged() {
        expect("tariffPaid", 47.58764835639533, 46.31211290639695);
        expect("dealSavings", 31.38493432659342, 32.55738894083274);
        expect("investmentNetCost", 80.02626053882481, 85.20386439219905);
        expect("minReserves", 422.0754298698189, 428.0);
        expect("lines.vehicles.dealSavings", 25.37971644566702, 26.327832677014186);
        assertThat(RESULT.metric("reserveBreach").probability()).isEqualTo(0.07355);
        assertThat(RESULT.series("reserves").mean(119)).isCloseTo(508.3749022831686, within(508.4 * 1e-12));
    }

    private static void expect(String metric, double mean, double median) {
        MetricStatistics m = RESULT.metric(metric);
        assertThat(m.mean()).as(metric + " mean").isCloseTo(mean, within(Math.abs(mean) * 1e-12));
        assertThat(m.quantile(0.5)).as(metric + " median").isEqualTo(median);
    }
}
