/**
 * Scenarios: the immutable {@link dev.tariffsim.scenario.Scenario} (entry point, built with
 * {@link dev.tariffsim.scenario.ScenarioBuilder} or read by {@link dev.tariffsim.scenario.ScenarioJson}) and its
 * path model, {@link dev.tariffsim.scenario.ScenarioModel}.
 */
package dev.tariffsim.scenario;
