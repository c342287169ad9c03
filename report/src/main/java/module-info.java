/**
 * tariffsim's charts and HTML reports. Exports the API packages {@code dev.tariffsim.charts} and
 * {@code dev.tariffsim.charts.html}; {@code dev.tariffsim.charts.internal} (argument checks) is not exported and
 * not API.
 *
 * <p>JFreeSVG is a named module ({@code org.jfree.svg}); JFreeChart 1.5.x has no module descriptor but names its
 * automatic module {@code org.jfree.jfreechart} in its manifest. No API signature exposes either library. Core's
 * types appear in this module's API, so core is required transitively.
 */
module dev.tariffsim.report {
    requires transitive dev.tariffsim.core;
    requires java.desktop;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;

    exports dev.tariffsim.charts;
    exports dev.tariffsim.charts.html;
}
