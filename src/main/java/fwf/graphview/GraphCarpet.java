package fwf.graphview;

import fwf.graph.Graph;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.function.IntUnaryOperator;

/**
 * The edges of a graph as one picture, each edge of a found triangle lit in the shade of its
 * level (how many found triangles it belongs to, bucketed): what neither JavaFX nor GraphStream
 * can afford to redraw line by line every frame. An edge whose level rises is drawn again over
 * itself; when any level falls (a step back) the picture starts again from the unlit base,
 * since a line cannot be taken off the lines under it.
 *
 * <p>Drawing is budgeted: at most {@link #LINES_PER_FRAME} lines a frame, the rest waiting in
 * a queue (dimmest first after a restart, so brighter lines end on top). A long jump (to the
 * end of ego-Facebook: 88,234 lines, over a second of Java2D) then fills in over a few frames
 * instead of freezing one; while playing, a frame's few new lines are drawn at once. The pixels
 * live in a Java2D image that JavaFX shares through a {@link PixelBuffer}: nothing is copied
 * per frame. FX thread only.
 */
final class GraphCarpet {
    /** The most lines drawn per frame: about 8 ms of Java2D on a busy two-core machine. */
    static final int LINES_PER_FRAME = 600;

    private final BufferedImage base;
    private final BufferedImage image;
    private final PixelBuffer<IntBuffer> pixels;
    private final WritableImage fxImage;
    private final Graph graph;
    private final float[] xs;
    private final float[] ys;
    private final Color[] colours;
    private final BasicStroke[] strokes;
    private final IntUnaryOperator levelOf;
    private final byte[] drawn;
    /** Edges whose drawn level is below their level, in drawing order; {@code queued[e]} marks them. */
    private int[] queue = new int[64];
    private int head;
    private int tail;
    private final boolean[] queued;
    private final Line2D.Float line = new Line2D.Float();

    /**
     * @param base       the unlit picture; the carpet has its size
     * @param xs         pixel column of each node in that picture
     * @param ys         pixel row of each node
     * @param levelArgb  colour of each level, alpha in the top byte; index 0 (unlit) is unused
     * @param levelWidth line width of each level
     * @param levelOf    each edge's level now; the carpet draws towards it
     */
    GraphCarpet(BufferedImage base, Graph graph, float[] xs, float[] ys, int[] levelArgb, float[] levelWidth,
                IntUnaryOperator levelOf) {
        if (levelArgb.length != levelWidth.length || levelArgb.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("one colour and one width per level, at most 127 levels");
        }
        this.base = base;
        this.graph = graph;
        this.xs = xs;
        this.ys = ys;
        this.levelOf = levelOf;
        colours = new Color[levelArgb.length];
        strokes = new BasicStroke[levelArgb.length];
        for (int level = 1; level < levelArgb.length; level++) {
            colours[level] = new Color(levelArgb[level], true);
            // Butt caps: round ones made Marlin trace a curve at both ends of every line, and
            // took three times as long.
            strokes[level] = new BasicStroke(levelWidth[level]);
        }
        drawn = new byte[graph.edgeCount()];
        queued = new boolean[graph.edgeCount()];
        image = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        pixels = new PixelBuffer<>(image.getWidth(), image.getHeight(), IntBuffer.wrap(data),
                PixelFormat.getIntArgbPreInstance());
        fxImage = new WritableImage(pixels);
        restart();
    }

    Image image() {
        return fxImage;
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** The level edge {@code e} is drawn at now; 0 for unlit. */
    int level(int e) {
        return drawn[e];
    }

    /** Lines still to draw. */
    int pending() {
        return tail - head;
    }

    /** Takes note that the levels of {@code touched} (and no others) may have changed. */
    void touched(GraphDirtySet touched) {
        for (int i = 0; i < touched.size(); i++) {
            int e = touched.get(i);
            int level = levelOf.applyAsInt(e);
            if (level < drawn[e]) {
                restart();
                return;
            }
            if (level > drawn[e]) {
                enqueue(e);
            }
        }
    }

    /** Starts again from the base, queueing every lit edge, dimmest first. */
    void restart() {
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(base, 0, 0, null);
        } finally {
            g.dispose();
        }
        java.util.Arrays.fill(drawn, (byte) 0);
        java.util.Arrays.fill(queued, false);
        head = 0;
        tail = 0;
        for (int level = 1; level < colours.length; level++) {
            for (int e = 0; e < drawn.length; e++) {
                if (levelOf.applyAsInt(e) == level) {
                    enqueue(e);
                }
            }
        }
        pixels.updateBuffer(buffer -> null);
    }

    /**
     * Draws up to {@code budget} queued lines at their levels now.
     *
     * @return whether anything was drawn (the picture changed)
     */
    boolean draw(int budget) {
        if (head == tail) {
            return false;
        }
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        float widest = 0;
        int lines = 0;
        Graphics2D g = graphics();
        try {
            while (head < tail && lines < budget) {
                int e = queue[head++];
                queued[e] = false;
                int level = levelOf.applyAsInt(e);
                if (level <= drawn[e]) {
                    continue;
                }
                draw(g, e, level);
                lines++;
                widest = Math.max(widest, strokes[level].getLineWidth());
                int a = graph.edgeFrom(e);
                int b = graph.edgeTo(e);
                box[0] = Math.min(box[0], Math.min(xs[a], xs[b]));
                box[1] = Math.min(box[1], Math.min(ys[a], ys[b]));
                box[2] = Math.max(box[2], Math.max(xs[a], xs[b]));
                box[3] = Math.max(box[3], Math.max(ys[a], ys[b]));
            }
        } finally {
            g.dispose();
        }
        if (head == tail) {
            head = 0;
            tail = 0;
        }
        if (lines == 0) {
            return false;
        }
        Rectangle2D dirty = clip(box, widest + 2);
        pixels.updateBuffer(buffer -> dirty);
        return true;
    }

    /** Draws everything queued. */
    void settle() {
        draw(Integer.MAX_VALUE);
    }

    private void enqueue(int e) {
        if (queued[e]) {
            return;
        }
        if (tail == queue.length) {
            if (head > queue.length / 2) {
                System.arraycopy(queue, head, queue, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                queue = java.util.Arrays.copyOf(queue, 2 * queue.length);
            }
        }
        queue[tail++] = e;
        queued[e] = true;
    }

    private Graphics2D graphics() {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private void draw(Graphics2D g, int e, int level) {
        int a = graph.edgeFrom(e);
        int b = graph.edgeTo(e);
        g.setColor(colours[level]);
        g.setStroke(strokes[level]);
        line.setLine(xs[a], ys[a], xs[b], ys[b]);
        g.draw(line);
        drawn[e] = (byte) level;
    }

    /** The box widened by {@code pad} and clipped to the picture, as updateBuffer demands. */
    private Rectangle2D clip(double[] box, double pad) {
        int x0 = (int) Math.max(0, Math.floor(box[0] - pad));
        int y0 = (int) Math.max(0, Math.floor(box[1] - pad));
        int x1 = (int) Math.min(image.getWidth(), Math.ceil(box[2] + pad));
        int y1 = (int) Math.min(image.getHeight(), Math.ceil(box[3] + pad));
        return x1 > x0 && y1 > y0 ? new Rectangle2D(x0, y0, x1 - x0, y1 - y0) : Rectangle2D.EMPTY;
    }

    /** An opaque picture of every edge, {@code edgeArgb} on {@code backgroundArgb}. */
    static BufferedImage paintEdges(int width, int height, Graph graph, float[] xs, float[] ys,
                                    int backgroundArgb, int edgeArgb, float edgeWidth) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(backgroundArgb, true));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(edgeArgb, true));
            g.setStroke(new BasicStroke(edgeWidth));
            Line2D.Float line = new Line2D.Float();
            for (int e = 0; e < graph.edgeCount(); e++) {
                int a = graph.edgeFrom(e);
                int b = graph.edgeTo(e);
                line.setLine(xs[a], ys[a], xs[b], ys[b]);
                g.draw(line);
            }
        } finally {
            g.dispose();
        }
        return picture;
    }

    /**
     * Shades of the found colour for the levels of {@code scale}: from faint to full, and from
     * thin to thicker, so an edge in many triangles glows over one in a few.
     */
    static int[] levelColours(GraphTriangleScale scale, int rgb, double faintest, double fullest) {
        int[] argb = new int[scale.buckets()];
        for (int level = 1; level < argb.length; level++) {
            double t = argb.length == 2 ? 1 : (level - 1) / (double) (argb.length - 2);
            int alpha = (int) Math.round(255 * (faintest + t * (fullest - faintest)));
            argb[level] = alpha << 24 | (rgb & 0xFFFFFF);
        }
        return argb;
    }

    static float[] levelWidths(GraphTriangleScale scale, float thinnest, float thickest) {
        float[] widths = new float[scale.buckets()];
        for (int level = 1; level < widths.length; level++) {
            float t = widths.length == 2 ? 1 : (level - 1) / (float) (widths.length - 2);
            widths[level] = thinnest + t * (thickest - thinnest);
        }
        widths[0] = thinnest;
        return widths;
    }
}
