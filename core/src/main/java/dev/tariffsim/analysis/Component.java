package dev.tariffsim.analysis;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.PathRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A random component of a model for variance-based sensitivity analysis: one or more of the named streams a
 * {@link PathModel} draws from ({@code dev.tariffsim.random.PathRandom#stream}). Components must be
 * independent of one another, which streams are by construction; a group of streams is one component.
 * Immutable.
 *
 * @param name the component's name in results
 * @param streams the stream names it consists of, at least one
 */
public record Component(String name, Set<String> streams) implements java.io.Serializable {
    /** @throws IllegalArgumentException if the name is blank or there are no streams */
    public Component {
        Checks.requireName(name, "component name");
        Checks.requireNonNull(streams, "streams");
        Checks.requireArgument(!streams.isEmpty(), "streams of component " + name, streams, "at least one stream");
        streams = Set.copyOf(streams);
    }

    /** The component made of the one stream of that name. */
    public static Component stream(String name) {
        return new Component(name, Set.of(name));
    }

    /**
     * One component per named stream that {@code model} draws from on its first path, in the order the
     * simulator takes them (for a scenario model these depend on the scenario: {@code trade}, {@code macro},
     * {@code regime}, {@code guarantees}, and others such as {@code safeguard}, {@code capitalCalls} or
     * {@code legal} when the scenario declares what draws from them).
     *
     * @throws IllegalArgumentException if the model draws from no named stream
     */
    public static List<Component> of(PathModel model) {
        PathRandom random = new PathRandom(0, false);
        PathSimulator sim = model.newSimulator(random);
        random.startPath(0);
        sim.simulate(new PathRecorder() {
            @Override
            public void metric(int metric, double value) {
            }

            @Override
            public void series(int series, int step, double value) {
            }

            @Override
            public boolean recordsSeries() {
                return false;
            }
        });
        List<Component> out = new ArrayList<>();
        for (String s : random.streamNames()) {
            out.add(stream(s));
        }
        OutputSpec spec = model.outputs();
        Checks.requireArgument(!out.isEmpty(), "model", spec.metrics().size() + " metrics and no random stream",
            "a model drawing from named random streams");
        return out;
    }
}
