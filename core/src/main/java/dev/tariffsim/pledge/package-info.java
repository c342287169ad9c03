/**
 * The investment pledge: the {@link dev.tariffsim.pledge.Pledge} (entry point) of a
 * {@link dev.tariffsim.pledge.CashTranche} (fixed schedule or {@link dev.tariffsim.pledge.CapitalCalls}),
 * the {@link dev.tariffsim.pledge.InvestmentVehicle} and its {@link dev.tariffsim.pledge.Waterfall}, and the
 * {@link dev.tariffsim.pledge.ShipbuildingTranche}; and their state on a path:
 * {@link dev.tariffsim.pledge.CashAccount} (contribution under the cap and safeguard, with the
 * {@link dev.tariffsim.pledge.CallQueue} of capital calls) and {@link dev.tariffsim.pledge.VehicleAccount}
 * (the vehicle and the waterfall).
 */
package dev.tariffsim.pledge;
