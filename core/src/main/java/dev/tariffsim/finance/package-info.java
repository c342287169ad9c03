/**
 * Financing and balance-sheet risk: the {@link dev.tariffsim.finance.FinancingMix} (entry point) of
 * {@link dev.tariffsim.finance.FundingSource}s, the {@link dev.tariffsim.finance.ReserveAccount}, and the
 * shipbuilding {@link dev.tariffsim.finance.GuaranteeBook}.
 */
package dev.tariffsim.finance;
