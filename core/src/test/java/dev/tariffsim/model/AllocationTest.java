package dev.tariffsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.macro.ObservedPath;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.tariff.LegalEvent;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The month loop allocates nothing per path or step with every issue-12 mechanism on (rivals, local production,
 * a legal event, the safeguard grant draw, spot impact, an observed FX path): the bytes this thread allocates over
 * 2,000 paths of the outlook scenario stay below 1 byte a path. Counted with the JDK's per-thread allocation counter,
 * not timed, so it does not depend on the machine's load.
 */
final class AllocationTest {
    @Test
    void simulatingAPathAllocatesNothing() throws Exception {
        Scenario s = ScenarioJson.read(Path.of("../examples/scenarios/korea-us-2026.json"));
        s = s.toBuilder().legalEvents(List.of(new LegalEvent("IEEPA struck down", "IEEPA", LocalDate.of(2026, 6, 1),
            0.5, new LegalEvent.Replacement("SECTION_122", 0.1, 150))))
            .fx(new FxProcess(1470, 1422, 1, 0.1, ObservedPath.of(1470, 1460, 1450), s.fx().spotImpact()))
            .demand(new DemandProcess(0.01, 0.08, ObservedPath.of(1, 1.01))).build();
        ScenarioModel model = new ScenarioModel(s);
        PathRandom random = new PathRandom(1, false);
        PathSimulator sim = model.newSimulator(random);
        PathRecorder sink = new PathRecorder() {
            double sum;

            @Override
            public void metric(int metric, double value) {
                sum += value;
            }

            @Override
            public void series(int series, int step, double value) {
                sum += value;
            }

            @Override
            public boolean recordsSeries() {
                return true;
            }
        };
        for (int i = 0; i < 2_000; i++) {           // warm up: class loading, lazy initialisation
            random.startPath(i);
            sim.simulate(sink);
        }
        // By reflection: the test runs inside the module dev.tariffsim.core, which does not read jdk.management.
        Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        Method bytes = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        long thread = Thread.currentThread().getId();
        long before = (long) bytes.invoke(bean, thread);
        for (int i = 2_000; i < 4_000; i++) {
            random.startPath(i);
            sim.simulate(sink);
        }
        long allocated = (long) bytes.invoke(bean, thread) - before;
        assertThat(allocated).as("bytes allocated over 2,000 paths").isLessThan(2_000);
    }
}
