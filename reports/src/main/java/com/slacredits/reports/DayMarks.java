package com.slacredits.reports;

import com.slacredits.domain.DailyDowntime;
import com.slacredits.domain.Numerals;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * One mark per day of a decision's period, shaded by that day's counted downtime (files.md, "The evidence"), and the
 * same facts in words for a reader who cannot see the shading.
 *
 * <p>Drawn in Java2D rather than as a raster image, so that the PDF keeps the marks as vector shapes: a quarter's
 * 92 marks stay sharp at any zoom. The marks share the width they are given, so a month and a quarter both fill it.
 * The legend's swatches are marks too ({@link #swatch}), so a shade is chosen in one place.
 */
public final class DayMarks extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    /** The shades, lightest first: no downtime, under an hour, under four hours, four hours or more. */
    private static final Color[] SHADES = {
        new Color(0xE4, 0xE7, 0xEB), new Color(0xF4, 0xA5, 0x82), new Color(0xD6, 0x60, 0x4D), new Color(0x7F, 0x1D, 0x1D)
    };
    private static final String[] LEGEND = {"none", "under 1 h", "1 h to under 4 h", "4 h or more"};
    private static final long HOUR = 60;
    private static final long FOUR_HOURS = 240;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final int[] shades;

    /**
     * One day's mark for a page that draws its own (the console): the day, its counted downtime, its shade and
     * the shade's colour as {@code #RRGGBB}, and the mark in words for its tooltip.
     */
    public record Day(LocalDate day, long minutes, int shade, String color, String words) {
    }

    private DayMarks(int[] shades) {
        this.shades = shades;
    }

    /** A mark for each day of {@code daily}, in order. */
    static DayMarks of(DailyDowntime daily) {
        return new DayMarks(daily.days().stream().mapToInt(day -> shadeOf(daily.minutesOn(day))).toArray());
    }

    /** A mark for each day of {@code daily}, in order, for a page that draws them itself. */
    static List<Day> days(DailyDowntime daily) {
        return daily.days().stream().map(day -> {
            long minutes = daily.minutesOn(day);
            int shade = shadeOf(minutes);
            Color color = SHADES[shade];
            return new Day(day, minutes, shade, hex(color),
                    day(day) + ": " + (minutes == 0 ? "none" : Figures.whole(minutes) + " min"));
        }).toList();
    }

    /** The legend's swatch of shade {@code shade}, 0 (none) to 3 (four hours or more). */
    public static Renderable swatch(int shade) {
        return new DayMarks(new int[] {shade});
    }

    /** A shade of the legend for a page that draws its own: its colour as {@code #RRGGBB} and its words. */
    public record Shade(String color, String words) {
    }

    /** The legend, lightest shade first, in the colours and words of the statement's. */
    public static List<Shade> legend() {
        List<Shade> legend = new ArrayList<>();
        for (int shade = 0; shade < SHADES.length; shade++) {
            legend.add(new Shade(hex(SHADES[shade]), LEGEND[shade]));
        }
        return legend;
    }

    private static String hex(Color color) {
        return Numerals.format("#%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
    }

    /** The legend's words for shade {@code shade}. */
    public static String legend(int shade) {
        return LEGEND[shade];
    }

    /** 0 for a day without downtime, 1 under an hour, 2 under four hours, 3 from four hours on. */
    static int shadeOf(long minutes) {
        if (minutes == 0) {
            return 0;
        }
        if (minutes < HOUR) {
            return 1;
        }
        return minutes < FOUR_HOURS ? 2 : 3;
    }

    /** "12 Oct": a day as the marks' ends and their words name it. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * "Counted downtime by day: 12 Oct 50 min, 25 Oct 1,500 min; every other day none.": the marks in words, for a
     * reader who cannot see the shading.
     */
    static String wording(DailyDowntime daily) {
        Map<LocalDate, Long> down = daily.daysWithDowntime();
        if (down.isEmpty()) {
            return "Counted downtime by day: none on any day.";
        }
        List<String> days = down.entrySet().stream()
                .map(entry -> day(entry.getKey()) + " " + Figures.whole(entry.getValue()) + " min").toList();
        String text = "Counted downtime by day: " + String.join(", ", days);
        return down.size() == daily.days().size() ? text + "." : text + "; every other day none.";
    }

    int marks() {
        return shades.length;
    }

    int shade(int mark) {
        return shades[mark];
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D box) {
        double pitch = box.getWidth() / shades.length;
        // a quarter's marks are 4 pt apart: a gap of a quarter of that still separates them
        double gap = Math.min(1.5, pitch / 4);
        for (int i = 0; i < shades.length; i++) {
            graphics.setColor(SHADES[shades[i]]);
            graphics.fill(new Rectangle2D.Double(box.getX() + i * pitch, box.getY(), pitch - gap, box.getHeight()));
        }
    }
}
