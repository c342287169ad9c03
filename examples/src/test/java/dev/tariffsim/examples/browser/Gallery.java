package dev.tariffsim.examples.browser;

import dev.tariffsim.charts.Chart;
import dev.tariffsim.charts.Charts;
import dev.tariffsim.charts.CurvePoint;
import dev.tariffsim.charts.Estimate;
import dev.tariffsim.charts.SobolIndex;
import dev.tariffsim.charts.TornadoBar;
import dev.tariffsim.charts.html.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A report of the charts that take plain data (the analyses' charts), filled with made-up numbers. */
final class Gallery {
    private Gallery() {
    }

    static List<Chart> charts() {
        List<Estimate> years = new ArrayList<>();
        for (int y = 2026; y <= 2035; y++) {
            double v = 3 + 0.4 * (y - 2026);
            years.add(new Estimate(Integer.toString(y), v, v - 0.3, v + 0.35));
        }
        List<CurvePoint> sweep = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double x = 0.2 + 0.04 * i;
            double m = -60 + 50 * x;
            sweep.add(new CurvePoint(x, m, m - 1.5, m + 1.5));
        }
        List<CurvePoint> trace = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            double n = 1024.0 * k;
            double m = -48.5 + 30 / Math.sqrt(n) * Math.sin(k);
            double h = 1.96 * 25 / Math.sqrt(n);
            trace.add(new CurvePoint(n, m, m - h, m + h));
        }
        return List.of(
            Charts.bars("bars", "Mean savings by product line", "dealSavings (USD bn)", List.of(
                new Estimate("vehicles", 25.2, 25.1, 25.4), new Estimate("parts", 6.0, 5.9, 6.1))),
            Charts.calendarYears("years", "Deal savings by calendar year", "dealSavings (USD bn)", years),
            Charts.tornado("tornado", "What moves the deal's net value", "netDealValue (USD bn)", -48.5, List.of(
                new TornadoBar("pass-through", -60.1, -38.2), new TornadoBar("elasticity", -52.0, -45.3),
                new TornadoBar("FX volatility", -49.9, -47.0), new TornadoBar("reserve yield", -48.9, -48.1))),
            Charts.sweep("sweep", "Net value against pass-through", "pass-through (share)", "netDealValue (USD bn)",
                sweep),
            Charts.sobol("sobol", "Sobol indices of netDealValue", List.of(
                new SobolIndex(new Estimate("pass-through", 0.52, 0.47, 0.57), new Estimate("pass-through", 0.6, 0.55, 0.66)),
                new SobolIndex(new Estimate("elasticity", 0.21, 0.17, 0.25), new Estimate("elasticity", 0.27, 0.22, 0.31)),
                new SobolIndex(new Estimate("FX", 0.08, 0.05, 0.11), new Estimate("FX", 0.12, 0.09, 0.16)))),
            Charts.convergence("convergence", "netDealValue: running mean", "netDealValue (USD bn)", trace));
    }

    /** Writes the gallery report and returns its number of charts. */
    static int write(Path file) throws IOException {
        List<Chart> charts = charts();
        HtmlReport.builder("Analysis charts").description("The charts that sweeps, tornado, Sobol and convergence"
            + " analyses use, on made-up numbers.").charts("Charts", "", charts).build().write(file);
        return charts.size();
    }
}
