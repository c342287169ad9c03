package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportCliTest {
    @Test
    void theSameRunWritesAByteIdenticalReportWhateverTheThreadCount(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        assertThat(Cli.run("run", "korea-us-2025", "--paths", "3000", "--threads", "1", "--report", a.toString(),
            "--quiet").code()).isZero();
        assertThat(Cli.run("run", "korea-us-2025", "--paths", "3000", "--threads", "2", "--report", b.toString(),
            "--quiet").code()).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readString(a)).startsWith("<!DOCTYPE html>").contains("<title>korea-us-2025</title>")
            .doesNotContain("generated");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactlyInAnyOrder(a, b);
        }
    }

    @Test
    void timestampIsAddedOnlyOnRequest(@TempDir Path dir) throws Exception {
        Path r = dir.resolve("r.html");
        Cli.Outcome o = Cli.run("run", "korea-us-2025", "--paths", "2000", "--report", r.toString(), "--timestamp");
        assertThat(o.code()).isZero();
        assertThat(o.err()).contains("wrote " + r).contains("charts)");
        assertThat(Files.readString(r)).containsPattern("generated 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void chartsAreWrittenAsSvgAndPngAndCompareHasAReportToo(@TempDir Path dir) throws Exception {
        Path charts = dir.resolve("charts");
        Path r = dir.resolve("cmp.html");
        Cli.Outcome o = Cli.run("compare", "korea-us-2025", "no-deal", "--paths", "2000", "--report", r.toString(),
            "--charts", charts.toString(), "--quiet");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(charts.resolve("differences-USD-bn.svg")).exists();
        assertThat(charts.resolve("differences-USD-bn.png")).exists();
        assertThat(charts.resolve("histogram-diff.netDealValue.svg")).exists();
        assertThat(Files.readString(r)).contains("no-deal vs korea-us-2025").contains("95% CI of the difference");
    }

    @Test
    void badPathsAreOneClearMessageAndExitTwoBeforeAnySimulation(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertBad(Cli.run("run", "korea-us-2025", "--report", dir.resolve("no/such/r.html").toString()),
            "tariffsim: --report names a file in a folder that does not exist: ");
        assertBad(Cli.run("run", "korea-us-2025", "--report", dir.toString()),
            "tariffsim: --report names a folder, not a file: ");
        assertBad(Cli.run("compare", "korea-us-2025", "no-deal", "--charts", file.toString()),
            "tariffsim: --charts names a file, not a folder: ");
        assertBad(Cli.run("run", "korea-us-2025", "--charts", dir.resolve("a/b").toString()),
            "tariffsim: --charts names a folder whose parent does not exist: ");
        assertBad(Cli.run("run", "korea-us-2025", "--report"), "tariffsim: --report needs a value");
        assertThat(dir.resolve("no")).doesNotExist();
        assertThat(dir.resolve("a")).doesNotExist();
    }

    private static void assertBad(Cli.Outcome o, String message) {
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith(message).hasLineCount(1);
        assertThat(o.out()).isEmpty();
    }
}
