package fwf.graph;

/**
 * How {@link LayoutPicture} draws: colours as ARGB ints (alpha in the top byte), sizes in pixels.
 *
 * @param background  filled first, usually opaque
 * @param edge        edge colour; translucent, so that dense regions build up and stand out
 * @param node        node colour
 * @param edgeWidth   line width
 * @param nodeDiameter dot diameter; 0 draws no nodes
 * @param margin      empty border kept around the drawing, so dots at the edge are whole
 */
public record PictureStyle(int background, int edge, int node, float edgeWidth, double nodeDiameter, int margin) {
    public PictureStyle {
        if (!(edgeWidth > 0)) {
            throw new IllegalArgumentException("edgeWidth must be positive: " + edgeWidth);
        }
        if (!(nodeDiameter >= 0)) {
            throw new IllegalArgumentException("nodeDiameter must be >= 0: " + nodeDiameter);
        }
        if (margin < 0) {
            throw new IllegalArgumentException("margin must be >= 0: " + margin);
        }
    }

    /**
     * Light lines on a dark ground, for a projector. The more edges, the fainter each: 88k edges
     * at the alpha that suits 3k would paint a solid blob.
     */
    public static PictureStyle dark(int edgeCount) {
        double alpha = Math.clamp(0.6 * Math.sqrt(2000.0 / Math.max(edgeCount, 1)), 0.05, 0.6);
        int edge = (int) Math.round(alpha * 255) << 24 | 0x9FB8D0;
        double diameter = edgeCount > 20_000 ? 1.5 : 3;
        return new PictureStyle(0xFF12161C, edge, 0xFFE6EDF3, 0.6f, diameter, 8);
    }
}
