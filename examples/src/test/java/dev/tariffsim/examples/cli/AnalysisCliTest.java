package dev.tariffsim.examples.cli;

import static dev.tariffsim.examples.cli.CliTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AnalysisCliTest {
    @Test
    void sweepPrintsPointsAndPairedDifferencesInEveryFormat() throws Exception {
        CliTest.Outcome t = cli("sweep", "korea-us-2025", "--paths", "1000", "--param", "pledge.cash.annualCap=10:30:10");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("sweep: pledge.cash.annualCap").contains("differences between neighbouring points");
        JsonNode j = new ObjectMapper().readTree(cli("sweep", "korea-us-2025", "--paths", "1000", "--param",
            "pledge.cash.annualCap=10:30:10", "--format", "json").out());
        JsonNode rows = j.get("tables").get(0).get("rows");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).get("pledge.cash.annualCap").asDouble()).isEqualTo(10);
        String csv = cli("sweep", "korea-us-2025", "--paths", "1000", "--param", "pledge.cash.annualCap=10:30:10",
            "--format", "csv").out();
        String first = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(first.split(",")[2]).isEqualTo("USD bn PV");
        assertThat(Double.parseDouble(first.split(",")[3])).isEqualTo(rows.get(0).get("mean").asDouble());
    }

    @Test
    void everyVerbRunsAndHasHelp() {
        assertThat(cli("tornado", "korea-us-2025", "--paths", "500", "--param", "trade.passThrough", "--param",
            "lines.*.rates.DEAL=0.1:0.2").out()).contains("tornado of mean netDealValue").contains("trade.passThrough");
        assertThat(cli("sensitivity", "korea-us-2025", "--paths", "500", "--bootstrap", "20", "--metric",
            "dealSavings").out()).contains("Sobol indices").contains("regime").contains("inputs.elasticity");
        assertThat(cli("breakeven", "korea-us-2025", "--paths", "500", "--param", "lines.*.rates.DEAL=0:0.25").out())
            .contains("break-even: mean netDealValue = 0.0");
        assertThat(cli("stress", "korea-us-2025", "--paths", "1000", "--worst", "10%").out())
            .contains("the lowest 10% of paths by netDealValue (100 paths").contains("avgFxRate").contains("vehicleReturn");
        for (String verb : AnalysisCommand.VERBS) {
            CliTest.Outcome h = cli(verb, "help");
            assertThat(h.code()).isZero();
            assertThat(h.out()).startsWith("usage:\n  tariffsim " + verb);
        }
        assertThat(cli("help").out()).contains("tariffsim sensitivity <scenario>");
        assertThat(cli("parameters", "korea-us-2025").out()).contains("pledge.cash.annualCap").contains("lines.parts.rates.DEAL");
    }

    /** Issue 13 review, points 4, 5 and 11: what 'parameters' lists, and that each listed input can be used. */
    @Test
    void everyRandomInputHazardAndStreamIsListedAndUsable() {
        String params = cli("parameters", "korea-us-2025").out();
        assertThat(params).contains("trade.passThrough, trade.elasticity, trade.substitution, trade.marketElasticity")
            .contains("regimes.hazard.DEAL.COLLAPSED").contains("safeguard");
        CliTest.Outcome t = cli("tornado", "korea-us-2025", "--paths", "300", "--param", "trade.substitution",
            "--param", "trade.marketElasticity");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("trade.substitution").contains("trade.marketElasticity");
        CliTest.Outcome s = cli("sweep", "korea-us-2025", "--paths", "300", "--param",
            "regimes.hazard.DEAL.COLLAPSED=0:0.04:0.02", "--metric", "monthsInDeal");
        assertThat(s.code()).as(s.err()).isZero();
        CliTest.Outcome b = cli("breakeven", "korea-us-2025", "--paths", "300", "--param",
            "regimes.hazard.DEAL.COLLAPSED=0:0.05", "--metric", "monthsInDeal", "--target", "60");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("break-even: mean monthsInDeal = 60");
        CliTest.Outcome bad = cli("sweep", "korea-us-2025", "--paths", "300", "--param",
            "regimes.hazard.DEAL.COLLAPSED=0.5:1.5:0.5");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("regimes.hazard.DEAL.COLLAPSED = 1.5 is out of range").doesNotContain("\tat ");
        assertThat(cli("sensitivity", "help").out()).doesNotContain("capitalCalls when present")
            .contains("'parameters SCENARIO' lists them");
    }

    /** Issue 13 review, points 7 and 8: stress ranks the drivers, and an event's paths are where it occurred. */
    @Test
    void stressRanksTheDriversAndTakesAnEventsPathsWhereItOccurred() {
        String drivers = cli("stress", "korea-us-2025", "--paths", "500", "--format", "csv").out();
        assertThat(drivers).contains("inputs.passThrough").contains("monthsInDeal").doesNotContain("calendar.")
            .doesNotContain("dealSavings");
        assertThat(cli("stress", "korea-us-2025", "--paths", "500", "--all", "--format", "csv").out())
            .contains("calendar.").contains("dealSavings");
        CliTest.Outcome e = cli("stress", "korea-us-2025", "--paths", "2000", "--metric", "reserveBreach");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(e.out()).containsPattern("the [0-9,]+ paths where reserveBreach occurred");
        CliTest.Outcome tail = cli("stress", "korea-us-2025", "--paths", "500", "--metric", "reserveBreach",
            "--worst", "5%");
        assertThat(tail.code()).isEqualTo(2);
        assertThat(tail.err()).contains("--worst and --tail do not apply to reserveBreach, an event");
    }

    @Test
    void reportsCarryTheAnalysisChartsAndTables(@TempDir Path dir) throws Exception {
        Path tornado = dir.resolve("tornado.html");
        CliTest.Outcome t = cli("tornado", "korea-us-2025", "--paths", "500", "--quiet", "--param", "trade.passThrough",
            "--param", "lines.*.rates.DEAL=0.1:0.2", "--report", tornado.toString(), "--charts", dir.resolve("c").toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(Files.readString(tornado)).contains("<svg").contains("tornado-netDealValue")
            .contains("lines.*.rates.DEAL");
        assertThat(dir.resolve("c").resolve("tornado-netDealValue.svg")).exists();
        Path sobol = dir.resolve("sobol.html");
        assertThat(cli("sensitivity", "korea-us-2025", "--paths", "300", "--bootstrap", "20", "--quiet", "--report",
            sobol.toString()).code()).isZero();
        assertThat(Files.readString(sobol)).contains("sobol-netDealValue").contains("sobol-dealSavings");
        Path sweep = dir.resolve("sweep.html");
        assertThat(cli("sweep", "korea-us-2025", "--paths", "300", "--quiet", "--param", "lines.*.rates.DEAL=0.1,0.2",
            "--param", "pledge.cash.annualCap=10:30:10", "--metric", "netDealValue", "--report", sweep.toString())
            .code()).isZero();
        assertThat(Files.readString(sweep)).contains("sweep-netDealValue-0").contains("sweep-netDealValue-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sweep korea-us-2025 --param pledge.cash.anualCap=1:2:1|unknown parameter path pledge.cash.anualCap: pledge.cash has no anualCap",
        "sweep korea-us-2025 --param pledge.cash.annualCap=-10:10:10|parameter pledge.cash.annualCap = -10.0 is rejected",
        "sweep korea-us-2025|sweep takes one or two --param, got 0",
        "tornado korea-us-2025 --param pledge.cash.annualCap|--param pledge.cash.annualCap needs a range PATH=LOW:HIGH",
        "breakeven korea-us-2025 --paths 200 --param lines.*.rates.DEAL=0.2:0.25|the target mean netDealValue = 0.0 is not bracketed",
        "stress korea-us-2025 --tail middle|--tail is not lower or upper: middle",
        "stress korea-us-2025 --antithetic|--antithetic does not apply to stress",
        "sensitivity korea-us-2025 --metric nope --paths 100|metric is not declared: nope",
        "sensitivity korea-us-2025 --component x|--component is not of the form NAME=STREAM[+STREAM...]: x",
    })
    void badInputGetsOneMessageAndExitTwo(String line, String message) {
        CliTest.Outcome o = cli(line.split(" "));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).startsWith("tariffsim: ").contains(message);
        assertThat(o.err().lines().count()).isEqualTo(1);
    }
}
