package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CliTest {
    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false).execute(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runPrintsTheSummaryTable() {
        Outcome o = cli("run", "korea-us-2025", "--paths", "2000");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("korea-us-2025: 2,000 paths").contains("netDealValue").contains("reserveBreach")
            .contains("firstYearSavingsKrwTn").contains("bands (P5 / P50 / P95) every 12 months").contains("2034-10");
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalJsonMetrics() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode one = m.readTree(cli("run", "korea-us-2025", "--paths", "5000", "--threads", "1", "--format", "json").out());
        JsonNode two = m.readTree(cli("run", "korea-us-2025", "--paths", "5000", "--threads", "2", "--format", "json").out());
        assertThat(two.get("metrics")).isEqualTo(one.get("metrics"));
        assertThat(two.get("series")).isEqualTo(one.get("series"));
        assertThat(one.get("run").get("threads").asInt()).isEqualTo(1);
        assertThat(one.get("metrics").get("reserveBreach").has("probability")).isTrue();
        assertThat(one.get("series").get("fxRate").get(0).get("month").asText()).isEqualTo("2025-10");
        for (String field : new String[] {"mean", "stdError", "ciLow", "ciHigh", "stdDev", "min", "max", "p1", "p5",
            "p25", "p50", "p75", "p95", "p99"}) {
            assertThat(one.get("metrics").get("netDealValue").has(field)).as(field).isTrue();
        }
    }

    @Test
    void csvCarriesTheSameNumbersAsJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(cli("run", "korea-us-2025", "--paths", "3000", "--format", "json").out());
        String csv = cli("run", "korea-us-2025", "--paths", "3000", "--format", "csv").out();
        String row = csv.lines().filter(l -> l.startsWith("metric,dealSavings,")).findFirst().orElseThrow();
        String[] cells = row.split(",", -1);
        assertThat(cells).hasSize(20);
        assertThat(Double.parseDouble(cells[3])).isEqualTo(json.get("metrics").get("dealSavings").get("mean").asDouble());
        assertThat(Double.parseDouble(cells[13])).isEqualTo(json.get("metrics").get("dealSavings").get("p50").asDouble());
        String month = csv.lines().filter(l -> l.startsWith("series,reserves,2026-10,")).findFirst().orElseThrow();
        assertThat(month.split(",", -1)).hasSize(20);
    }

    @Test
    void compareReportsDifferencesOnCommonRandomNumbers() {
        Outcome o = cli("compare", "korea-us-2025", "no-deal", "--paths", "2000");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("common random numbers").contains("dealSavings").contains("95% CI of the difference");
    }

    @Test
    void listAndValidate() {
        Outcome list = cli("list");
        assertThat(list.code()).isZero();
        for (String name : Examples.NAMES) {
            assertThat(list.out()).contains(name);
        }
        // issue 12's scenarios, each with its question
        assertThat(list.out()).containsPattern("korea-us-2026 +Outlook from the latest known state")
            .containsPattern("backtest-2025 +Backtest: does the model")
            .containsPattern("eu-us-2025 +For comparison: the EU's 15% all-in deal");
        Outcome valid = cli("validate", "scenarios/korea-us-2025.json");
        assertThat(valid.code()).isZero();
        assertThat(valid.out()).contains("valid scenario korea-us-2025");
    }

    @Test
    void outputGoesToTheOutFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Outcome o = cli("run", "korea-us-2025", "--paths", "1000", "--format", "json", "--out", file.toString());
        assertThat(o.code()).isZero();
        assertThat(new ObjectMapper().readTree(file.toFile()).get("run").get("paths").asInt()).isEqualTo(1000);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    static Path withReplaced(Path dir, String from, String to) throws Exception {
        String text = Files.readString(Path.of("scenarios/korea-us-2025.json"));
        String bad = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        assertThat(bad).as("replacement applies").isNotEqualTo(text);
        return Files.writeString(dir.resolve("bad.json"), bad);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong type | \"horizonMonths\" : 120 | \"horizonMonths\" : \"120\" | horizonMonths is not a whole number",
        "unknown field | \"discountRate\" : 0.039, | \"discountRate\" : 0.039, \"discount\" : 1, | discount is not a known field",
        "negative value | \"annualCap\" : 20.0 | \"annualCap\" : -20.0 | pledge.cash.annualCap is not an amount in (0, 100000] USD billions: -20.0",
        "overflowing reserves | \"initial\" : 428.0 | \"initial\" : 1e308 | reserves.initial is not an amount in [0, 100000] USD billions: 1.0E308",
        "huge export value | \"annualValue\" : 34.74 | \"annualValue\" : 1e300 | lines[0].annualValue is not an amount in [0, 100000] USD billions",
        "row sum | [ 0.0, 0.995, 0.005 ] | [ 0.0, 0.995, 0.05 ] | regimes.transitions[1] is not a row summing to 1",
        "not PSD | [ [ 1.0, -0.3, 0.3 ], [ -0.3, 1.0, -0.2 ], [ 0.3, -0.2, 1.0 ] ] | [ [ 1.0, 0.9, -0.9 ], [ 0.9, 1.0, 0.9 ], [ -0.9, 0.9, 1.0 ] ] | correlation is not positive semi-definite",
        "malformed | \"horizonMonths\" : 120, | \"horizonMonths\" : 120 | malformed JSON at line",
        "missing field | \"horizonMonths\" : 120, | | horizonMonths is missing",
        "value added share | \"valueAddedShare\" : 0.72 | \"valueAddedShare\" : 1.5 | lines[0].valueAddedShare is not in [0.0, 1.0]: 1.5",
        "missing retained share | \"retainedIncomeShare\" : 0.6, | | reserves.retainedIncomeShare is missing (required)",
        "FX volatility of 500% | \"volatility\" : 0.1, | \"volatility\" : 5.0, | fx.volatility is not in [0.0, 1.0]: 5.0",
        "demand volatility | \"volatility\" : 0.08 | \"volatility\" : 1.5 | demand.volatility is not in [0.0, 1.0]: 1.5",
        "demand drift | \"drift\" : 0.01, | \"drift\" : 0.9, | demand.drift is not in [-0.5, 0.5]: 0.9",
        "spaced rival name | \"name\" : \"japan\" | \"name\" : \"Japan Inc\" | lines[0].market.rivals[0].name is not a name of the form [A-Za-z][A-Za-z0-9_-]*: \"Japan Inc\"",
        "dotted line name | \"name\" : \"vehicles\" | \"name\" : \"vehicles.exportValue\" | lines[0].name is not a name of the form [A-Za-z][A-Za-z0-9_-]*: \"vehicles.exportValue\"",
    })
    void invalidFilesExitWithTwoAndNameTheField(String label, String from, String to, String message, @TempDir Path dir)
        throws Exception {
        Path bad = withReplaced(dir, from, to == null ? "" : to);
        for (String command : new String[] {"run", "validate"}) {
            Outcome o = command.equals("run") ? cli(command, bad.toString(), "--paths", "100") : cli(command, bad.toString());
            assertThat(o.code()).as(command).isEqualTo(2);
            assertThat(o.err()).contains(message).contains("bad.json").doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(o.err().lines()).hasSize(1);
            assertThat(o.out()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run nope.json | no scenario file or bundled example named nope.json",
        "run korea-us-2025 --paths 0 | --paths is not in [1,",
        "run korea-us-2025 --paths many | --paths is not a whole number: many",
        "run korea-us-2025 --threads | --threads needs a value",
        "run korea-us-2025 --format xml | --format is not one of table|json|csv: xml",
        "run korea-us-2025 --colour | unknown option: --colour",
        "run korea-us-2025 --rel-precision netDealValue | --rel-precision is not of the form METRIC=HALFWIDTH",
        "run korea-us-2025 --rel-precision nope=0.1 --paths 1000 | precision target metric is not a metric of the model",
        "run korea-us-2025 --out /no/such/dir/r.json | --out names a file in a folder that does not exist",
        "frobnicate | unknown command: frobnicate",
    })
    void badCommandLinesExitWithTwo(String line, String message) {
        Outcome o = cli(line.split(" "));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(message).doesNotContain("\tat ");
        assertThat(o.out()).isEmpty();
    }

    @Test
    void precisionOptionsStopEarly() throws Exception {
        JsonNode r = new ObjectMapper().readTree(cli("run", "korea-us-2025", "--paths", "200000", "--rel-precision",
            "dealSavings=0.02", "--min-paths", "2048", "--check-every", "2048", "--no-series", "--format", "json").out());
        assertThat(r.get("run").get("stopReason").asText()).isEqualTo("PRECISION_REACHED");
        assertThat(r.get("run").get("paths").asLong()).isLessThan(200_000);
    }

    @Test
    void quantilesFlagChoosesSketchesAndRejectsUnknownModes() throws Exception {
        JsonNode sketch = new ObjectMapper().readTree(
            cli("run", "korea-us-2025", "--paths", "3000", "--quantiles", "sketch", "--format", "json").out());
        JsonNode exact = new ObjectMapper().readTree(cli("run", "korea-us-2025", "--paths", "3000", "--format", "json").out());
        assertThat(sketch.get("run").get("quantiles").asText()).isEqualTo("sketch, relative error 0.4%");
        assertThat(exact.get("run").get("quantiles").asText()).isEqualTo("exact");
        double p95 = exact.get("metrics").get("tariffPaid").get("p95").asDouble();
        assertThat(sketch.get("metrics").get("tariffPaid").get("p95").asDouble())
            .isCloseTo(p95, org.assertj.core.api.Assertions.within(0.01 * Math.abs(p95)));
        Outcome bad = cli("run", "korea-us-2025", "--quantiles", "approximate");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("tariffsim: --quantiles is not auto, exact or sketch: approximate" + System.lineSeparator());
    }
}
