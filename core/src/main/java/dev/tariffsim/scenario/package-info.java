/**
 * A scenario's definition: the immutable {@link dev.tariffsim.scenario.Scenario} (entry point), built in code
 * with {@link dev.tariffsim.scenario.ScenarioBuilder}, and the {@link dev.tariffsim.scenario.ScenarioFormatException}
 * that names a bad field by its path. Reading and writing scenario files is {@link dev.tariffsim.format}'s job;
 * simulating a scenario is {@link dev.tariffsim.model}'s.
 */
package dev.tariffsim.scenario;
