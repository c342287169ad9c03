/**
 * The investment pledge: the {@link dev.tariffsim.pledge.Pledge} (entry point) of a
 * {@link dev.tariffsim.pledge.CashTranche} (fixed schedule or {@link dev.tariffsim.pledge.CapitalCalls}),
 * the {@link dev.tariffsim.pledge.InvestmentVehicle} and its {@link dev.tariffsim.pledge.Waterfall}, and the
 * {@link dev.tariffsim.pledge.ShipbuildingTranche}.
 */
package dev.tariffsim.pledge;
