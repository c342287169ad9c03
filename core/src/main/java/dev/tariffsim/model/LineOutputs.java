package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.trade.TradeLedger;
import java.util.List;

/** Per product line, {@code lines.<line>.<flow>}: its trade flows and price and volume changes. Immutable. */
final class LineOutputs {
    private final int[] exportValue;
    private final int[] tariffRevenue;
    private final int[] exporterLoss;
    private final int[] dealSavings;
    private final int[] volumeChange;
    private final int[] usPriceChange;

    LineOutputs(OutputSpec.Builder b, List<ProductLine> lines) {
        int n = lines.size();
        exportValue = new int[n];
        tariffRevenue = new int[n];
        exporterLoss = new int[n];
        dealSavings = new int[n];
        volumeChange = new int[n];
        usPriceChange = new int[n];
        for (int i = 0; i < n; i++) {
            String p = "lines." + lines.get(i).name() + ".";
            exportValue[i] = b.metric(p + "exportValue", "USD bn PV", "the line's export value (FOB)");
            tariffRevenue[i] = b.metric(p + "tariffRevenue", "USD bn PV", "US tariff paid on the line's exports");
            exporterLoss[i] = b.metric(p + "exporterLoss", "USD bn PV",
                "the line's export value lost against tariff-free trade");
            dealSavings[i] = b.metric(p + "dealSavings", "USD bn PV",
                "the line's export value kept against its counterfactual rate");
            volumeChange[i] = b.metric(p + "volumeChange", "fraction",
                "the line's total volume against the counterfactual, minus 1");
            usPriceChange[i] = b.metric(p + "usPriceChange", "fraction",
                "the line's US landed price against the counterfactual, minus 1, weighted by tariff-free value");
        }
    }

    void record(PathRecorder out, TradeLedger t) {
        for (int i = 0; i < exportValue.length; i++) {
            out.metric(exportValue[i], t.exportValue(i));
            out.metric(tariffRevenue[i], t.tariffRevenue(i));
            out.metric(exporterLoss[i], t.exporterLoss(i));
            out.metric(dealSavings[i], t.dealSavings(i));
            out.metric(volumeChange[i], t.volumeChange(i));
            out.metric(usPriceChange[i], t.usPriceChange(i));
        }
    }
}
