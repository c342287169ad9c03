package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RunsProgressTest {
    @Test
    void runsAddUpOnOneBarAndACompletionReportedTwiceCountsOnce() {
        List<Progress> seen = new ArrayList<>();
        RunsProgress p = new RunsProgress(seen::add, 3);
        p.onProgress(new Progress(40, 100, 0.5));
        p.onProgress(new Progress(100, 100, 1.0));
        p.onProgress(new Progress(100, 100, 1.01));
        p.onProgress(new Progress(50, 100, 0.4));
        p.onProgress(new Progress(100, 100, 0.02 + 0.9));
        p.onProgress(new Progress(100, 100, 0.05));
        assertThat(seen).extracting(Progress::pathsDone).containsExactly(40L, 100L, 100L, 150L, 200L, 300L);
        assertThat(seen).extracting(Progress::pathsPlanned).containsOnly(300L);
    }
}
