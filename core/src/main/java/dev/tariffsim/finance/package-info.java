/**
 * Financing and balance-sheet risk: the {@link dev.tariffsim.finance.FinancingMix} (entry point) of
 * {@link dev.tariffsim.finance.FundingSource}s, the {@link dev.tariffsim.finance.ReserveAccount}, and the
 * shipbuilding {@link dev.tariffsim.finance.GuaranteeBook}; and their steps on a path, each with its constants
 * precomputed: {@link dev.tariffsim.finance.FinancingLedger} (financing cost),
 * {@link dev.tariffsim.finance.ReserveBalance} (reserves and intervention) and
 * {@link dev.tariffsim.finance.GuaranteeLosses} (defaults, losses and fees).
 */
package dev.tariffsim.finance;
