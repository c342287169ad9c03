/**
 * The trade response of a product line to a tariff: the uncertain inputs
 * ({@link dev.tariffsim.trade.TradeResponse}: pass-through, own-price elasticity, and for lines with a market the
 * Armington substitution and the market's elasticity), the equations ({@link dev.tariffsim.trade.TradeEffects}; with
 * each line's value-added share, affiliate share and FOB absorption, Korea's income loss in {@code IncomeFactors}),
 * the price point (rate, market tariff, counterfactual) of every legal-event outcome, line, regime and month, and
 * the share still exported from Korea, computed once ({@link dev.tariffsim.trade.TradeTable}), and a path's flows,
 * in present value and by calendar year ({@link dev.tariffsim.trade.TradeLedger}, the entry point of the
 * simulation's trade step).
 */
package dev.tariffsim.trade;
