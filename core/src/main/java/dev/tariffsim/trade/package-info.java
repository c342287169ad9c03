/**
 * The trade response of a product line to a tariff: the uncertain inputs
 * ({@link dev.tariffsim.trade.TradeResponse}) and the equations ({@link dev.tariffsim.trade.TradeEffects}).
 */
package dev.tariffsim.trade;
