package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.TestScenarios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seam through which analyses make their runs: recipes that travel, and evaluators that receive the runs. */
final class EvaluatorTest {
    private static final Scenario REF = TestScenarios.reference();

    private static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void aScenarioRecipeTravelsAndMakesTheSameModel() throws Exception {
        ModelRecipe recipe = ModelRecipe.paired(ModelRecipe.scenario(REF),
            ModelRecipe.scenario(ScenarioParameters.set(REF, "pledge.cash.annualCap", 30)));
        ModelRecipe travelled = (ModelRecipe) roundTrip(recipe);
        RunSettings s = RunSettings.of(1500, 9).withThreads(2);
        SimulationResult here = Evaluator.local().run(s, recipe);
        SimulationResult there = Evaluator.local().run(s, travelled);
        for (String m : here.metrics().keySet()) {
            assertThat(there.metric(m).mean()).as(m).isEqualTo(here.metric(m).mean());
            assertThat(there.metric(m).quantile(0.9)).as(m).isEqualTo(here.metric(m).quantile(0.9));
        }
    }

    @Test
    void aModelObjectRecipeRefusesToTravel() {
        assertThatThrownBy(() -> roundTrip(ModelRecipe.of(new ScenarioModel(REF))))
            .isInstanceOf(NotSerializableException.class).hasMessageContaining("ModelRecipe");
    }

    @Test
    void settingsRunOnTheLocalEvaluatorUnlessAnotherIsChosen() {
        assertThat(new RunSettings(10, 1, 1, dev.tariffsim.engine.ProgressListener.NONE).evaluator())
            .isSameAs(Evaluator.local());
        assertThat(RunSettings.of(10, 1).withThreads(3).evaluator()).isSameAs(Evaluator.local());
    }

    @Test
    void aSweepHandsAllItsRunsToTheEvaluatorAtOnce() {
        List<Integer> batches = new ArrayList<>();
        Evaluator counting = new Evaluator() {
            @Override
            public SimulationResult run(RunSettings settings, ModelRecipe model) {
                batches.add(1);
                return Evaluator.local().run(settings, model);
            }

            @Override
            public List<SimulationResult> runAll(RunSettings settings, List<ModelRecipe> models) {
                batches.add(models.size());
                return Evaluator.local().runAll(settings, models);
            }

            @Override
            public CapturedPaths capture(RunSettings settings, ModelRecipe model, List<String> metrics) {
                throw new AssertionError("a sweep keeps no per-path values");
            }
        };
        RunSettings s = RunSettings.of(1200, 4).withThreads(2);
        List<Axis> axes = List.of(Axis.parse("pledge.cash.annualCap=10:30:10"));
        SweepResult viaSeam = Sweep.run(s.withEvaluator(counting), REF, axes, List.of("netDealValue"));
        assertThat(batches.get(0)).as("2 paired runs for 3 points, in one call").isEqualTo(2);
        SweepResult local = Sweep.run(s, REF, axes, List.of("netDealValue"));
        for (int p = 0; p < 3; p++) {
            assertThat(viaSeam.points().get(p).metrics().get("netDealValue").mean())
                .isEqualTo(local.points().get(p).metrics().get("netDealValue").mean());
        }
    }
}
