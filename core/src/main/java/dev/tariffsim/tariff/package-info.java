/**
 * Tariffs and political regimes: {@link dev.tariffsim.tariff.ProductLine}s with a rate per regime or a dated
 * {@link dev.tariffsim.tariff.TariffSchedule} of {@link dev.tariffsim.tariff.TariffMeasure}s (each with its legal
 * basis, which a dated {@link dev.tariffsim.tariff.LegalEvent} may end and replace), the line's US
 * {@link dev.tariffsim.tariff.Market} of {@link dev.tariffsim.tariff.Rival}s, its local-production
 * {@link dev.tariffsim.tariff.Displacement}, and the monthly Markov {@link dev.tariffsim.tariff.RegimeChain} (the
 * entry point) over named {@link dev.tariffsim.tariff.Regime}s, which can hold a threat state with its own exits.
 */
package dev.tariffsim.tariff;
