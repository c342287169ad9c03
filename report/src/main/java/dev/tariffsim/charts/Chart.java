package dev.tariffsim.charts;

import dev.tariffsim.charts.internal.Checks;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * One chart, ready to render as SVG (for HTML reports and vector files) or PNG. Made by {@link Charts}.
 *
 * <p>Rendering is deterministic: the same chart gives the same SVG text on every run, because element ids
 * are derived from the chart's {@link #id()} (never from a clock) and coordinates are written with two
 * decimals in {@link Locale#US}. Text is measured with the JVM's fonts, so the SVG of one chart can differ
 * between machines with different fonts, never between runs on one machine. Rendering is synchronized, so a
 * chart may be shared between threads.
 *
 * <p>Loading this class turns off JFreeChart's workaround for rotated text (a JDK 1.4 bug), JVM-wide, so that
 * vertical axis labels are SVG text (searchable, selectable, small) rather than glyph outlines.
 */
public final class Chart {
    static {
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final String id;
    private final String title;
    private final JFreeChart chart;
    private final int width;
    private final int height;

    Chart(String id, String title, JFreeChart chart, int width, int height) {
        this.id = requireId(id);
        this.title = Checks.requireNonNull(title, "title");
        this.chart = Checks.requireNonNull(chart, "chart");
        this.width = Checks.requirePositive(width, "width");
        this.height = Checks.requirePositive(height, "height");
    }

    private static String requireId(String id) {
        Checks.requireNonNull(id, "id");
        Checks.requireArgument(id.matches("[A-Za-z][A-Za-z0-9_.-]{0,99}"), "id", id,
            "a letter followed by at most 99 letters, digits, '_', '.' or '-'");
        return id;
    }

    /** The chart's id: unique within a report, the SVG element's id and the base of its file names. */
    public String id() {
        return id;
    }

    /** The chart's title. */
    public String title() {
        return title;
    }

    /** The width in CSS pixels. */
    public int width() {
        return width;
    }

    /** The height in CSS pixels. */
    public int height() {
        return height;
    }

    /**
     * The same chart under another id (for example to keep ids unique in one report).
     *
     * @throws IllegalArgumentException if the id is not a letter followed by letters, digits, '_', '.' or '-'
     */
    public Chart withId(String newId) {
        return new Chart(newId, title, chart, width, height);
    }

    /**
     * The same chart at another size, in CSS pixels.
     *
     * @throws IllegalArgumentException if a size is not positive
     */
    public Chart withSize(int newWidth, int newHeight) {
        return new Chart(id, title, chart, newWidth, newHeight);
    }

    /**
     * The chart as one {@code <svg>} element (no XML prolog), with a view box so that it scales with its
     * container; ids inside it start with {@code id() + "-"}.
     */
    public synchronized String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(Chart::decimal);
        g.setTransformDoubleConverter(Chart::decimal);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
    }

    private static String decimal(double x) {
        String s = String.format(Locale.US, "%.2f", x);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s.equals("-0") ? "0" : s;
    }

    /**
     * The chart as a PNG image of {@code scale} device pixels per CSS pixel (2 for sharp images on
     * high-density screens and in print).
     *
     * @throws IllegalArgumentException unless {@code 1 <= scale <= 4}
     */
    public synchronized byte[] png(int scale) {
        Checks.requireArgument(scale >= 1 && scale <= 4, "scale", scale, "in [1, 4]");
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code <id>.svg} and {@code <id>.png} (scale 2) into {@code dir}, each through a temporary file
     * moved into place.
     *
     * @throws IOException if a file cannot be written
     */
    public void writeFiles(Path dir) throws IOException {
        AtomicFiles.write(dir.resolve(id + ".svg"), svgDocument().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve(id + ".png"), png(2));
    }

    /** The chart as a stand-alone SVG file's text: an XML prolog and {@link #svg()}. */
    public String svgDocument() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg() + "\n";
    }

    @Override
    public String toString() {
        return "Chart[" + id + ": " + title + ", " + width + " x " + height + "]";
    }
}
