package com.soegroup.accountability.annual;

import javax.imageio.ImageIO;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Part 三's bar charts as PNG, drawn with Java2D on a headless server (no X display: {@code java.awt.headless}),
 * this year's bar beside last year's for each line of a table. The labels are Chinese, so the charts use the font
 * the PDFs embed (the bundled Noto Sans SC), never a system font the server may lack.
 */
final class AnnualCharts {

    static final int WIDTH = 1200;
    static final int HEIGHT = 560;
    private static final Color CURRENT = new Color(0x1f, 0x5f, 0xa8);
    private static final Color PREVIOUS = new Color(0xa9, 0xb9, 0xcc);
    private static final Logger LOG = Logger.getLogger(AnnualCharts.class.getName());
    private static volatile Font base;

    /** A bar of the chart: its label and both years' values. */
    record Bar(String label, BigDecimal current, BigDecimal previous) {
    }

    private AnnualCharts() {
    }

    static byte[] png(String title, String currentName, String previousName, List<Bar> bars) {
        if (System.getProperty("java.awt.headless") == null) {
            // a server has no display: config/system-properties.cli sets it at boot, this covers a bare server
            System.setProperty("java.awt.headless", "true");
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Font font = font();
            g.setColor(Color.BLACK);
            g.setFont(font.deriveFont(Font.BOLD, 30f));
            centre(g, title, WIDTH / 2, 44);

            int left = 90;
            int right = WIDTH - 40;
            int top = 90;
            int bottom = HEIGHT - 110;
            BigDecimal max = BigDecimal.ONE;
            for (Bar b : bars) {
                max = max.max(b.current()).max(b.previous());
            }
            g.setFont(font.deriveFont(20f));
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            for (int i = 0; i <= 4; i++) {
                int y = bottom - (bottom - top) * i / 4;
                g.drawLine(left, y, right, y);
                g.setColor(Color.DARK_GRAY);
                String tick = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP).toPlainString();
                g.drawString(tick, left - 10 - g.getFontMetrics().stringWidth(tick), y + 7);
                g.setColor(new Color(0xdd, 0xdd, 0xdd));
            }
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(left, bottom, right, bottom);

            int n = Math.max(1, bars.size());
            double slot = (right - left) / (double) n;
            double barWidth = Math.min(48, slot * 0.35);
            float labelSize = n > 8 ? 16f : 20f;
            for (int i = 0; i < bars.size(); i++) {
                Bar b = bars.get(i);
                double x = left + slot * i + slot / 2;
                bar(g, x - barWidth, barWidth, bottom, top, b.current(), max, CURRENT, font);
                bar(g, x, barWidth, bottom, top, b.previous(), max, PREVIOUS, font);
                g.setColor(Color.BLACK);
                g.setFont(font.deriveFont(labelSize));
                label(g, b.label(), (int) x, bottom + 28, (int) slot - 4);
            }
            g.setFont(font.deriveFont(20f));
            legend(g, CURRENT, currentName, WIDTH / 2 - 140, HEIGHT - 30);
            legend(g, PREVIOUS, previousName, WIDTH / 2 + 40, HEIGHT - 30);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bar(Graphics2D g, double x, double width, int bottom, int top, BigDecimal value, BigDecimal max, Color colour,
                            Font font) {
        int h = value.signum() <= 0 ? 0 : value.multiply(BigDecimal.valueOf(bottom - top)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        g.setColor(colour);
        g.fillRect((int) x, bottom - h, (int) width, h);
        g.setColor(Color.DARK_GRAY);
        g.setFont(font.deriveFont(16f));
        String v = value.stripTrailingZeros().toPlainString();
        centre(g, v, (int) (x + width / 2), bottom - h - 6);
    }

    /** A label centred under its bars, shortened with … when wider than its slot. */
    private static void label(Graphics2D g, String text, int x, int y, int width) {
        FontMetrics m = g.getFontMetrics();
        String shown = text == null ? "" : text;
        while (shown.length() > 1 && m.stringWidth(shown) > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        centre(g, shown, x, y);
    }

    private static void legend(Graphics2D g, Color colour, String name, int x, int y) {
        g.setColor(colour);
        g.fillRect(x, y - 16, 24, 18);
        g.setColor(Color.BLACK);
        g.drawString(name, x + 32, y);
    }

    private static void centre(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    /** The bundled CJK font (the one the PDFs embed), loaded once; a logical font when the build has none. */
    static Font font() {
        Font f = base;
        if (f != null) {
            return f;
        }
        synchronized (AnnualCharts.class) {
            if (base == null) {
                try (InputStream in = AnnualCharts.class.getResourceAsStream("/fonts/report-cjk.ttf")) {
                    base = in == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : Font.createFont(Font.TRUETYPE_FONT, in);
                } catch (IOException | FontFormatException e) {
                    LOG.log(Level.SEVERE, "The bundled chart font cannot be loaded: charts use a logical font", e);
                    base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
                }
            }
            return base;
        }
    }
}
