package dev.tariffsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.QuantileMode;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.examples.cli.Examples;
import dev.tariffsim.report.ReportFormat;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit command line: the local CLI's options, formats and exit codes, on Spark. */
final class SparkMainTest {
    private static JavaSparkContext jsc;
    private static final AtomicInteger contexts = new AtomicInteger();

    record Outcome(int code, String out, String err) {
    }

    @BeforeAll
    static void start() {
        jsc = SparkTestContext.start();
    }

    @AfterAll
    static void stop() {
        jsc.stop();
    }

    private static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SparkBackend backend = new SparkBackend(() -> {
            contexts.incrementAndGet();
            return jsc;
        });
        int code = SparkMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), backend);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runWritesTheJsonOfALocalRunWithTheSameSettings(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("result.json");
        Outcome o = cli("run", "korea-us-2025", "--paths", "6000", "--seed", "7", "--format", "json", "--out",
            out.toString(), "--quiet");
        assertThat(o.code()).as(o.err()).isZero();
        Scenario s = ScenarioJson.read(Examples.text("korea-us-2025"));
        SimulationResult local = MonteCarlo.builder().paths(6000).seed(7).quantiles(QuantileMode.SKETCH).build()
            .run(new ScenarioModel(s));
        ObjectMapper m = new ObjectMapper();
        JsonNode spark = m.readTree(Files.readString(out));
        JsonNode expected = m.readTree(ReportFormat.JSON.render(local));
        assertThat(spark.get("metrics")).isEqualTo(expected.get("metrics"));
        assertThat(spark.get("series")).isEqualTo(expected.get("series"));
        assertThat(spark.get("run").get("scenario")).isEqualTo(expected.get("run").get("scenario"));
        assertThat(spark.get("run").get("quantiles").asText()).isEqualTo("sketch, relative error 0.4%");
        assertThat(spark.get("run").get("paths").asLong()).isEqualTo(6000);
    }

    @Test
    void compareRunsBothScenariosOnCommonRandomNumbers() {
        Outcome o = cli("compare", "no-deal", "korea-us-2025", "--paths", "3000", "--quantiles", "exact");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("netDealValue");
    }

    @Test
    void badInputFailsWithOneMessageBeforeSparkStarts(@TempDir Path dir) throws Exception {
        int before = contexts.get();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Examples.text("korea-us-2025").replaceFirst("\"horizonMonths\"\\s*:\\s*\\d+",
            "\"horizonMonths\": -3"));
        Outcome o = cli("run", bad.toString(), "--paths", "1000");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err()).startsWith("tariffsim: ").contains("horizonMonths").contains("-3");
        Outcome flag = cli("run", "korea-us-2025", "--paths", "ten");
        assertThat(flag.code()).isEqualTo(2);
        assertThat(flag.err()).isEqualTo("tariffsim: --paths is not a whole number: ten" + System.lineSeparator());
        Outcome precision = cli("run", "korea-us-2025", "--rel-precision", "netDealValue=0.01");
        assertThat(precision.code()).isEqualTo(2);
        assertThat(precision.err()).contains("not supported on Spark");
        Outcome rqmc = cli("run", "korea-us-2025", "--sampling", "rqmc", "--paths", "1024");
        assertThat(rqmc.code()).isEqualTo(2);
        assertThat(rqmc.err()).isEqualTo("tariffsim: --sampling rqmc is not supported on Spark: it needs every path's"
            + " value on the driver; run it without Spark (its runs need far fewer paths)" + System.lineSeparator());
        Outcome cv = cli("run", "korea-us-2025", "--control-variates", "--paths", "1024");
        assertThat(cv.code()).isEqualTo(2);
        assertThat(cv.err()).contains("--control-variates is not supported on Spark");
        Outcome sweep = cli("sweep", "korea-us-2025", "--param", "pledge.cash.annualCap=10:40:x");
        assertThat(sweep.code()).isEqualTo(2);
        assertThat(sweep.err().lines()).hasSize(1);
        assertThat(sweep.err()).startsWith("tariffsim: ").contains("pledge.cash.annualCap");
        assertThat(contexts.get()).isEqualTo(before);
        assertThat(o.out()).isEmpty();
    }

    /** The same command line on this machine's engine. */
    private static Outcome localCli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new dev.tariffsim.examples.cli.Main(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, (settings, scenarios, progress) -> {
                throw new AssertionError("run and compare are not under test here");
            }).execute(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void analysisVerbsPrintWhatTheLocalCommandPrints() {
        String[][] commands = {
            {"sweep", "korea-us-2025", "--param", "pledge.cash.annualCap=10:30:10", "--paths", "2000", "--seed",
                "5", "--format", "json"},
            {"sensitivity", "korea-us-2025", "--paths", "1200", "--seed", "5", "--bootstrap", "20", "--format",
                "json"},
            {"tornado", "korea-us-2025", "--param", "pledge.cash.annualCap=10:30", "--paths", "1200", "--format",
                "csv"},
            {"stress", "korea-us-2025", "--paths", "1200", "--format", "json"},
        };
        for (String[] c : commands) {
            Outcome spark = cli(c);
            Outcome local = localCli(c);
            assertThat(spark.code()).as(c[0] + ": " + spark.err()).isZero();
            assertThat(local.code()).as(c[0] + ": " + local.err()).isZero();
            assertThat(spark.out()).as(c[0]).isNotBlank().isEqualTo(local.out());
        }
    }
}
