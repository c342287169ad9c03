package dev.tariffsim.charts;

import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * The horizontal axis of monthly series: calendar months when the start month is known (in UTC and
 * {@link Locale#US}, so that labels do not depend on the machine), else month numbers from 0.
 */
final class TimeAxis {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private TimeAxis() {
    }

    /** The x coordinate of step {@code t}: epoch milliseconds of the month's first day, or {@code t}. */
    static double x(YearMonth start, int t) {
        if (start == null) {
            return t;
        }
        return start.plusMonths(t).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** An axis for {@code steps} months from {@code start} (null: month numbers). */
    static ValueAxis of(YearMonth start, int steps) {
        if (start == null) {
            NumberAxis a = ChartStyle.numberAxis("month");
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            a.setRange(0, Math.max(1, steps - 1));
            return a;
        }
        DateAxis a = new DateAxis(null, UTC, Locale.US);
        ChartStyle.axis(a);
        int years = Math.max(1, (int) Math.ceil(steps / 120.0));
        SimpleDateFormat format = new SimpleDateFormat(steps > 36 ? "yyyy" : "MMM yyyy", Locale.US);
        format.setTimeZone(UTC);
        a.setTickUnit(steps > 36 ? new DateTickUnit(DateTickUnitType.YEAR, years, format)
            : new DateTickUnit(DateTickUnitType.MONTH, steps > 12 ? 6 : 2, format));
        a.setRange(x(start, 0), x(start, Math.max(1, steps - 1)));
        return a;
    }
}
