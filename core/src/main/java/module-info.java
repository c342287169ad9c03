/**
 * tariffsim: a Monte Carlo simulator of tariff and investment scenarios. Exports the API packages;
 * {@code dev.tariffsim.internal} (argument checks, thread helpers) is not exported and not API.
 */
module dev.tariffsim.core {
    requires com.fasterxml.jackson.databind;
    requires commons.math3;

    exports dev.tariffsim.calibration;
    exports dev.tariffsim.engine;
    exports dev.tariffsim.finance;
    exports dev.tariffsim.format;
    exports dev.tariffsim.macro;
    exports dev.tariffsim.model;
    exports dev.tariffsim.pledge;
    exports dev.tariffsim.random;
    exports dev.tariffsim.report;
    exports dev.tariffsim.scenario;
    exports dev.tariffsim.stats;
    exports dev.tariffsim.tariff;
    exports dev.tariffsim.trade;
}
