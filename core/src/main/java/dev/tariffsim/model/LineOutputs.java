package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.trade.TradeLedger;
import java.util.List;

/** Per product line, {@code lines.<line>.<flow>}: its trade flows and price and volume changes. Immutable. */
final class LineOutputs {
    private static final int[] FLOWS = {TradeLedger.EXPORT, TradeLedger.TARIFF, TradeLedger.ABSORBED,
        TradeLedger.INCOME_LOSS, TradeLedger.REVENUE_LOSS, TradeLedger.SAVINGS, TradeLedger.VOLUME_CHANGE,
        TradeLedger.US_PRICE_CHANGE};
    private static final String[][] DECLARATIONS = {
        {"exportValue", "USD bn PV", "the line's export (customs, FOB) value"},
        {"tariffPaid", "USD bn PV", "US tariff paid on the line's exports"},
        {"tariffAbsorbed", "USD bn PV", "the line's unpassed tariff borne by the US importers' margin"},
        {"koreaIncomeLoss", "USD bn PV", "the line's Korean income lost against tariff-free trade"},
        {"exporterRevenueLoss", "USD bn PV", "the line's gross export revenue lost against tariff-free trade"},
        {"dealSavings", "USD bn PV", "the line's income loss at its counterfactual rate minus its income loss"},
        {"volumeChange", "fraction", "the line's total volume against the counterfactual, minus 1"},
        {"usPriceChange", "fraction",
            "the line's US buyers' price against the counterfactual, minus 1, weighted by tariff-free value"}};
    private final int[] index;
    private final int lines;

    LineOutputs(OutputSpec.Builder b, List<ProductLine> lines) {
        this.lines = lines.size();
        this.index = new int[FLOWS.length * this.lines];
        for (int i = 0; i < this.lines; i++) {
            String p = "lines." + lines.get(i).name() + ".";
            for (int f = 0; f < FLOWS.length; f++) {
                String[] d = DECLARATIONS[f];
                index[i * FLOWS.length + f] = b.metric(p + d[0], d[1], d[2]);
            }
        }
    }

    void record(PathRecorder out, TradeLedger t) {
        for (int i = 0; i < lines; i++) {
            for (int f = 0; f < FLOWS.length; f++) {
                out.metric(index[i * FLOWS.length + f], t.line(FLOWS[f], i));
            }
        }
    }
}
