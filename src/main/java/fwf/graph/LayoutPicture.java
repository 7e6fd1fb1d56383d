package fwf.graph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The whole graph drawn once at its {@link Layout}: the still picture the graph view shows for
 * graphs too big to animate, with found triangles drawn over it. java.awt only, headless-safe,
 * so it can be drawn off the FX thread and cached; the window wraps the pixels.
 *
 * <p>The unit square of the layout maps to the largest centred square inside the margin
 * ({@link #pixelX}, {@link #pixelY}), so an overlay drawn with the same mapping lines up.
 */
public final class LayoutPicture {
    private final int width;
    private final int height;
    private final int margin;
    private final double scale;
    private final double left;
    private final double top;

    /** The mapping from layout to pixel coordinates for a picture of this size and margin. */
    public LayoutPicture(int width, int height, int margin) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("picture size must be at least 1x1: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.scale = Math.max(0, Math.min(width, height) - 2.0 * margin);
        this.left = (width - scale) / 2;
        this.top = (height - scale) / 2;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int margin() {
        return margin;
    }

    /** The pixel column (fractional) of layout x. */
    public double pixelX(double x) {
        return left + x * scale;
    }

    /** The pixel row of layout y; y grows downwards, as in the layout. */
    public double pixelY(double y) {
        return top + y * scale;
    }

    /** Draws {@code graph} at {@code layout} into a new ARGB image of this picture's size. */
    public BufferedImage render(Graph graph, Layout layout, PictureStyle style) {
        if (layout.nodeCount() != graph.nodeCount()) {
            throw new IllegalArgumentException("layout of " + layout.nodeCount() + " nodes for a graph of "
                    + graph.nodeCount());
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(style.background(), true));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(style.edge(), true));
            g.setStroke(new BasicStroke(style.edgeWidth()));
            Line2D.Double line = new Line2D.Double();
            for (int e = 0; e < graph.edgeCount(); e++) {
                int a = graph.edgeFrom(e);
                int b = graph.edgeTo(e);
                line.setLine(pixelX(layout.x(a)), pixelY(layout.y(a)), pixelX(layout.x(b)), pixelY(layout.y(b)));
                g.draw(line);
            }
            double d = style.nodeDiameter();
            if (d > 0) {
                g.setColor(new Color(style.node(), true));
                Ellipse2D.Double dot = new Ellipse2D.Double();
                for (int i = 0; i < graph.nodeCount(); i++) {
                    dot.setFrame(pixelX(layout.x(i)) - d / 2, pixelY(layout.y(i)) - d / 2, d, d);
                    g.fill(dot);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The same picture as ARGB pixels, row by row ({@code width * height} ints), ready for a
     * JavaFX {@code PixelBuffer} or {@code WritableImage}.
     */
    public int[] renderArgb(Graph graph, Layout layout, PictureStyle style) {
        BufferedImage image = render(graph, layout, style);
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
