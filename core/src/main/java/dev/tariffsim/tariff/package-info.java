/**
 * Tariffs and political regimes: {@link dev.tariffsim.tariff.ProductLine}s with a rate per regime or a dated
 * {@link dev.tariffsim.tariff.TariffSchedule}, and the monthly Markov {@link dev.tariffsim.tariff.RegimeChain}
 * (the entry point) over named {@link dev.tariffsim.tariff.Regime}s.
 */
package dev.tariffsim.tariff;
