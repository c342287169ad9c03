package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written is the user's mistake: one message naming the flag and the reason, exit 2. */
final class UnwritableOutputTest {
    @Test
    @EnabledOnOs(OS.LINUX)
    void outIntoProcSaysWhyAndExitsWithTwo() {
        // /proc accepts no new files, even for root (for whom permission checks would pass)
        Cli.Outcome o = Cli.run("run", "korea-us-2025", "--paths", "100", "--quiet", "--out", "/proc/tariffsim.txt");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith("tariffsim: cannot write --out /proc/tariffsim.txt: ")
            .doesNotContain(".tmp").doesNotContain("\tat ");
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.out()).isEmpty();
    }

    @Test
    void outNamingAFolderSaysSo(@TempDir Path dir) {
        Cli.Outcome o = Cli.run("run", "korea-us-2025", "--paths", "100", "--quiet", "--out", dir.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("tariffsim: cannot write --out " + dir + ": it is a folder\n");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void reportIntoProcSaysWhyAndExitsWithTwo(@TempDir Path dir) {
        Path out = dir.resolve("out.txt");
        Cli.Outcome o = Cli.run("run", "korea-us-2025", "--paths", "100", "--quiet", "--out", out.toString(),
            "--report", "/proc/tariffsim.html");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith("tariffsim: ").contains("--report /proc/tariffsim.html")
            .doesNotContain(".tmp").doesNotContain("\tat ");
        assertThat(o.err().lines()).hasSize(1);
        assertThat(Files.exists(out)).isFalse();
    }
}
