package dev.tariffsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.model.ScenarioModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class OverflowMessageTest {
    @Test
    void anOverflowNamesThePathOnceAndExitsWithTwo() {
        Backend overflowing = (settings, scenarios, progress) -> {
            ScenarioModel real = new ScenarioModel(scenarios.get(0));
            PathModel model = new PathModel() {
                @Override
                public OutputSpec outputs() {
                    return real.outputs();
                }

                @Override
                public PathSimulator newSimulator(PathRandom random) {
                    PathSimulator inner = real.newSimulator(random);
                    return out -> {
                        inner.simulate(out);
                        out.metric(0, Double.POSITIVE_INFINITY);
                    };
                }
            };
            return settings.engine().threads(1).build().run(model);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, overflowing)
            .execute(new String[] {"run", "korea-us-2025", "--paths", "100", "--quiet"});
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(message).startsWith("tariffsim: the scenario's numbers overflow the model on path 0: metric ")
            .contains("is not finite: Infinity").doesNotContain("\tat ");
        assertThat(message.split("on path", -1)).hasSize(2);
        assertThat(message.lines()).hasSize(1);
    }
}
