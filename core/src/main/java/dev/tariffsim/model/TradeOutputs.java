package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.trade.TradeLedger;

/** The trade totals over all product lines. Immutable. */
final class TradeOutputs {
    private final int tariffPaid;
    private final int tariffPaidKrwTn;
    private final int exporterLoss;
    private final int exporterLossKrwTn;
    private final int dealSavings;
    private final int firstYearSavingsKrwTn;

    TradeOutputs(OutputSpec.Builder b) {
        tariffPaid = b.metric("tariffPaid", "USD bn PV", "US tariff paid on the lines' exports over the horizon");
        tariffPaidKrwTn = b.metric("tariffPaidKrwTn", "KRW tn PV",
            "tariffPaid in trillions of the home currency at each month's exchange rate");
        exporterLoss = b.metric("exporterLoss", "USD bn PV", "export value (FOB) lost against tariff-free trade");
        exporterLossKrwTn = b.metric("exporterLossKrwTn", "KRW tn PV",
            "exporterLoss in trillions of the home currency at each month's exchange rate");
        dealSavings = b.metric("dealSavings", "USD bn PV",
            "export value kept by the deal's rates against the counterfactual (no-deal) rates");
        firstYearSavingsKrwTn = b.metric("firstYearSavingsKrwTn", "KRW tn",
            "dealSavings of the first 12 months, undiscounted, in trillions of the home currency");
    }

    void record(PathRecorder out, TradeLedger t) {
        out.metric(tariffPaid, t.tariffPaid());
        out.metric(tariffPaidKrwTn, t.tariffPaidKrwTn());
        out.metric(exporterLoss, t.exporterLoss());
        out.metric(exporterLossKrwTn, t.exporterLossKrwTn());
        out.metric(dealSavings, t.dealSavings());
        out.metric(firstYearSavingsKrwTn, t.firstYearSavingsKrwTn());
    }
}
