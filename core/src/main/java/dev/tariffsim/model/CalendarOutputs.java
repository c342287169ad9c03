package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.trade.TradeLedger;
import java.util.List;

/**
 * Flows by calendar year, undiscounted, as metrics {@code calendar.<year>.<flow>} (per line
 * {@code calendar.<year>.<flow>.<line>}), so every format shows them with mean, CI and quantiles, and a chart of
 * one flow's yearly bars reads them by name. The first and last years may be partial (their month count is in
 * the description). The simulator accumulates the pledge's yearly sums in primitive arrays and records them
 * once per path ({@link #record}). Immutable.
 */
final class CalendarOutputs {
    private final int years;
    private final int lines;
    /** Per (year, line): export value, tariff paid (USD, KRW), volume index. */
    private final int[] exportValue;
    private final int[] tariffPaid;
    private final int[] tariffPaidKrw;
    private final int[] volumeIndex;
    /** Per year. */
    private final int[] incomeLoss;
    private final int[] incomeLossKrw;
    private final int[] savings;
    private final int[] savingsKrw;
    private final int[] contributions;
    private final int[] contributionsKrw;
    private final int[] receipts;

    CalendarOutputs(OutputSpec.Builder b, List<ProductLine> lineList, int firstYear, int[] monthsInYear) {
        this.years = monthsInYear.length;
        this.lines = lineList.size();
        exportValue = new int[years * lines];
        tariffPaid = new int[years * lines];
        tariffPaidKrw = new int[years * lines];
        volumeIndex = new int[years * lines];
        incomeLoss = new int[years];
        incomeLossKrw = new int[years];
        savings = new int[years];
        savingsKrw = new int[years];
        contributions = new int[years];
        contributionsKrw = new int[years];
        receipts = new int[years];
        for (int y = 0; y < years; y++) {
            String p = "calendar." + (firstYear + y) + ".";
            String in = " in " + (firstYear + y) + (monthsInYear[y] < 12 ? " (" + monthsInYear[y] + " months)" : "");
            for (int i = 0; i < lines; i++) {
                String n = lineList.get(i).name();
                exportValue[y * lines + i] = b.metric(p + "exportValue." + n, "USD bn", n + " export value" + in);
                tariffPaid[y * lines + i] = b.metric(p + "tariffPaid." + n, "USD bn", n + " tariff paid" + in);
                tariffPaidKrw[y * lines + i] = b.metric(p + "tariffPaidKrwTn." + n, "KRW tn",
                    n + " tariff paid at each month's exchange rate" + in);
                volumeIndex[y * lines + i] = b.metric(p + "volumeIndex." + n, "index",
                    n + " volume, mean of D q over the months" + in + " (tariff-free base = 1)");
            }
            incomeLoss[y] = b.metric(p + "koreaIncomeLoss", "USD bn", "Korea's income loss" + in);
            incomeLossKrw[y] = b.metric(p + "koreaIncomeLossKrwTn", "KRW tn", "Korea's income loss" + in);
            savings[y] = b.metric(p + "dealSavings", "USD bn", "the deal's saving in value added" + in);
            savingsKrw[y] = b.metric(p + "dealSavingsKrwTn", "KRW tn", "the deal's saving in value added" + in);
            contributions[y] = b.metric(p + "contributions", "USD bn", "cash paid into the vehicle" + in);
            contributionsKrw[y] = b.metric(p + "contributionsKrwTn", "KRW tn", "cash paid into the vehicle" + in);
            receipts[y] = b.metric(p + "koreaReceipts", "USD bn", "Korea's receipts from the vehicle" + in);
        }
    }

    void record(PathRecorder out, TradeLedger t, double[] paid, double[] paidKrwTn, double[] received) {
        for (int y = 0; y < years; y++) {
            for (int i = 0; i < lines; i++) {
                out.metric(exportValue[y * lines + i], t.calendar().exportValue(y, i));
                out.metric(tariffPaid[y * lines + i], t.calendar().tariffPaid(y, i));
                out.metric(tariffPaidKrw[y * lines + i], t.calendar().tariffPaidKrwTn(y, i));
                out.metric(volumeIndex[y * lines + i], t.calendar().volumeIndex(y, i));
            }
            out.metric(incomeLoss[y], t.calendar().incomeLoss(y));
            out.metric(incomeLossKrw[y], t.calendar().incomeLossKrwTn(y));
            out.metric(savings[y], t.calendar().savings(y));
            out.metric(savingsKrw[y], t.calendar().savingsKrwTn(y));
            out.metric(contributions[y], paid[y]);
            out.metric(contributionsKrw[y], paidKrwTn[y]);
            out.metric(receipts[y], received[y]);
        }
    }
}
