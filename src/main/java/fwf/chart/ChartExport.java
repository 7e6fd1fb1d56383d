package fwf.chart;

import fwf.io.AtomicFiles;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a chart as a PNG or an SVG file. Works headless (java.awt.headless=true).
 *
 * <p>Charts are laid out at the design size, {@value #DESIGN_WIDTH} x {@value #DESIGN_HEIGHT},
 * and scaled to the requested size, so a 1920x1080 or 3840x2160 export reads exactly like the
 * window at 1280x720: type stays in proportion instead of shrinking as pixels are added.
 *
 * <p>Each file is written to a temporary file in the same folder, then moved over the target in
 * one step, so a reader (a slide deck watching the file) never sees half an image.
 */
public final class ChartExport {
    public static final int DESIGN_WIDTH = 1280;
    public static final int DESIGN_HEIGHT = 720;
    public static final int DEFAULT_WIDTH = 1920;
    public static final int DEFAULT_HEIGHT = 1080;
    /** Smaller than this, no chart of ours is legible. */
    public static final int MIN_SIZE = 100;
    /** Larger than this, a PNG is a memory accident (8K is 7680 wide). */
    public static final int MAX_SIZE = 16_000;

    /** The file formats, chosen by the file's extension. */
    public enum Format {
        PNG, SVG;

        /**
         * @throws IllegalArgumentException for any other extension, with a message for the user
         */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return switch (ext) {
                case "png" -> PNG;
                case "svg" -> SVG;
                default -> throw new IllegalArgumentException("cannot tell the chart format from '" + name
                        + "': the file name must end in .png or .svg");
            };
        }
    }

    private ChartExport() {
    }

    /** Writes {@code chart} to {@code file} in the format its extension names. */
    public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        switch (Format.of(file)) {
            case PNG -> png(chart, file, width, height);
            case SVG -> svg(chart, file, width, height);
        }
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        BufferedImage image = render(chart, width, height);
        AtomicFiles.write(file, tmp -> {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        draw(chart, g2, width, height);
        String document = g2.getSVGDocument();
        AtomicFiles.write(file, tmp -> Files.writeString(tmp, document, StandardCharsets.UTF_8));
    }

    /** The chart as an image of exactly {@code width} x {@code height} pixels. */
    public static BufferedImage render(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            draw(chart, g2, width, height);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** How much a {@code width} x {@code height} export scales up (or down) from the design size. */
    public static double scale(int width, int height) {
        return Math.min(width / (double) DESIGN_WIDTH, height / (double) DESIGN_HEIGHT);
    }

    private static void draw(JFreeChart chart, Graphics2D g2, int width, int height) {
        double s = scale(width, height);
        g2.scale(s, s);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width / s, height / s));
    }

    /**
     * @throws IllegalArgumentException when a side is under {@value #MIN_SIZE} or over
     *                                  {@value #MAX_SIZE} pixels, with a message for the user
     */
    public static void checkSize(int width, int height) {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("a chart must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels wide and high, got " + width + "x" + height);
        }
    }
}
