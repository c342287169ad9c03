package dev.tariffsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tests run on the module path (surefire patches them into the module), so the boundary is real here. */
final class ModuleBoundaryTest {
    private static final Module REPORT = Charts.class.getModule();

    @Test
    void reportIsANamedModuleThatDoesNotExportItsInternals() {
        assertThat(REPORT.getName()).isEqualTo("dev.tariffsim.report");
        assertThat(REPORT.getPackages()).contains("dev.tariffsim.charts.internal");
        assertThat(REPORT.isExported("dev.tariffsim.charts.internal")).isFalse();
    }

    @Test
    void theApiPackagesAreExported() {
        assertThat(REPORT.isExported("dev.tariffsim.charts")).isTrue();
        assertThat(REPORT.isExported("dev.tariffsim.charts.html")).isTrue();
    }

    @Test
    void theChartLibrariesResolveAsModules() {
        assertThat(org.jfree.chart.JFreeChart.class.getModule().getName()).isEqualTo("org.jfree.jfreechart");
        assertThat(org.jfree.svg.SVGGraphics2D.class.getModule().getName()).isEqualTo("org.jfree.svg");
    }
}
