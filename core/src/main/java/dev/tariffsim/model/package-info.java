/**
 * The simulation of a scenario: {@link dev.tariffsim.model.ScenarioModel} (entry point) turns a
 * {@link dev.tariffsim.scenario.Scenario} into a {@link dev.tariffsim.engine.PathModel}. Its package-private
 * simulator is the month loop of docs/model.md, section 3, one call per step to the component that owns the
 * equation (in {@code macro}, {@code trade}, {@code pledge}, {@code finance}, {@code random}); one output holder
 * per concern (trade totals, product lines, pledge, reserves, financing, shipbuilding, drawn inputs) declares
 * its metrics with name, unit and description and records them.
 */
package dev.tariffsim.model;
