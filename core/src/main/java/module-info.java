/**
 * tariffsim: a Monte Carlo simulator of tariff and investment scenarios. Exports the API packages;
 * {@code dev.tariffsim.internal} (argument checks, thread helpers) is not exported and not API.
 *
 * <p>jackson-databind is a named module; commons-math3 3.6.1 has no module descriptor and no
 * {@code Automatic-Module-Name}, so it is required by its file-name-derived automatic module name
 * {@code commons.math3} (Maven warns about this at compile time). No API signature exposes either library.
 */
module dev.tariffsim.core {
    requires com.fasterxml.jackson.databind;
    requires commons.math3;

    exports dev.tariffsim.analysis;
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
