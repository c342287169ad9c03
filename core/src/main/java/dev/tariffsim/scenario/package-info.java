/**
 * Scenarios: the immutable {@link dev.tariffsim.scenario.Scenario} (entry point, built with
 * {@link dev.tariffsim.scenario.ScenarioBuilder} or read by {@link dev.tariffsim.format.ScenarioJson}) and its
 * path model, {@link dev.tariffsim.model.ScenarioModel}.
 */
package dev.tariffsim.scenario;
