package fwf.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Diagonal hatching drawn as lines under a clip, not as a TexturePaint: it then survives SVG
 * export as vector lines, and it scales with the chart instead of pixelating.
 */
final class Hatch {
    private Hatch() {
    }

    static void fill(Graphics2D g2, Shape shape, Color background, Color lines, double spacing, float lineWidth) {
        Shape oldClip = g2.getClip();
        java.awt.Paint oldPaint = g2.getPaint();
        java.awt.Stroke oldStroke = g2.getStroke();
        g2.setPaint(background);
        g2.fill(shape);
        g2.clip(shape);
        g2.setPaint(lines);
        g2.setStroke(new BasicStroke(lineWidth));
        Rectangle2D b = shape.getBounds2D();
        for (double x = b.getMinX() - b.getHeight(); x < b.getMaxX(); x += spacing) {
            g2.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
        }
        g2.setClip(oldClip);
        g2.setPaint(oldPaint);
        g2.setStroke(oldStroke);
    }
}
