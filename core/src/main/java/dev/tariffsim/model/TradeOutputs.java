package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.trade.TradeLedger;

/** The trade totals over all product lines. Immutable. */
final class TradeOutputs {
    private final int exportValue;
    private final int tariffPaid;
    private final int tariffAbsorbed;
    private final int koreaIncomeLoss;
    private final int koreaIncomeLossKrwTn;
    private final int exporterRevenueLoss;
    private final int exporterRevenueLossKrwTn;
    private final int tariffPaidKrwTn;
    private final int dealSavings;
    private final int firstYearSavingsKrwTn;

    TradeOutputs(OutputSpec.Builder b) {
        exportValue = b.metric("exportValue", "USD bn PV", "export (customs, FOB transfer-price) value of the lines");
        tariffPaid = b.metric("tariffPaid", "USD bn PV", "US tariff paid on the lines' exports over the horizon");
        tariffPaidKrwTn = b.metric("tariffPaidKrwTn", "KRW tn PV",
            "tariffPaid in trillions of the home currency at each month's exchange rate");
        tariffAbsorbed = b.metric("tariffAbsorbed", "USD bn PV",
            "unpassed tariff borne by the US importers' margin (Korean-owned affiliates and others)");
        koreaIncomeLoss = b.metric("koreaIncomeLoss", "USD bn PV",
            "Korea's income lost against tariff-free trade: value added on lost volume, lower FOB prices, "
                + "Korean-owned affiliates' absorbed tariff");
        koreaIncomeLossKrwTn = b.metric("koreaIncomeLossKrwTn", "KRW tn PV",
            "koreaIncomeLoss in trillions of the home currency at each month's exchange rate");
        exporterRevenueLoss = b.metric("exporterRevenueLoss", "USD bn PV",
            "gross export (FOB) revenue lost against tariff-free trade (the reference model's exporter loss)");
        exporterRevenueLossKrwTn = b.metric("exporterRevenueLossKrwTn", "KRW tn PV",
            "exporterRevenueLoss in trillions of the home currency at each month's exchange rate");
        dealSavings = b.metric("dealSavings", "USD bn PV",
            "Korea's income loss at the counterfactual (no-deal) rates minus its income loss (value added)");
        firstYearSavingsKrwTn = b.metric("firstYearSavingsKrwTn", "KRW tn",
            "dealSavings of the first 12 months, undiscounted, in trillions of the home currency");
    }

    void record(PathRecorder out, TradeLedger t) {
        out.metric(exportValue, t.total(TradeLedger.EXPORT));
        out.metric(tariffPaid, t.total(TradeLedger.TARIFF));
        out.metric(tariffPaidKrwTn, t.tariffPaidKrwTn());
        out.metric(tariffAbsorbed, t.total(TradeLedger.ABSORBED));
        out.metric(koreaIncomeLoss, t.total(TradeLedger.INCOME_LOSS));
        out.metric(koreaIncomeLossKrwTn, t.koreaIncomeLossKrwTn());
        out.metric(exporterRevenueLoss, t.total(TradeLedger.REVENUE_LOSS));
        out.metric(exporterRevenueLossKrwTn, t.exporterRevenueLossKrwTn());
        out.metric(dealSavings, t.total(TradeLedger.SAVINGS));
        out.metric(firstYearSavingsKrwTn, t.firstYearSavingsKrwTn());
    }
}
