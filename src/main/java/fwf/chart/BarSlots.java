package fwf.chart;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where each group header and each bar sits along the category axis (top to bottom). The axis
 * draws the names and the renderer the bars from this one layout, so they always line up.
 *
 * <p>JFreeChart's own category layout gives every group the same room and every bar a place in
 * every group; ours packs each group's bars together and gives a group only the room it needs:
 * one row for its title, one per bar, and half a row between groups.
 */
final class BarSlots {
    /** Room between two groups, in bar rows. */
    static final double GROUP_GAP = 0.6;

    private final double unit;
    private final double barShare;
    private final double[] headerCentre;
    private final double[] barCentre;

    private BarSlots(double unit, double barShare, double[] headerCentre, double[] barCentre) {
        this.unit = unit;
        this.barShare = barShare;
        this.headerCentre = headerCentre;
        this.barCentre = barCentre;
    }

    /**
     * @param area    the data area
     * @param maxUnit the most room a row may take (few bars must not become slabs); the block of
     *                rows is then centred
     */
    static BarSlots layout(Rectangle2D area, TimingTable table, double maxUnit, double barShare) {
        int columns = table.columns().size();
        double rows = 0;
        for (List<Integer> column : table.slots()) {
            rows += 1 + column.size();
        }
        rows += GROUP_GAP * Math.max(0, columns - 1);
        double unit = rows == 0 ? maxUnit : Math.min(maxUnit, area.getHeight() / rows);
        double y = area.getMinY() + (area.getHeight() - unit * rows) / 2;
        double[] headers = new double[columns];
        double[] bars = new double[table.rows().size()];
        for (int c = 0; c < columns; c++) {
            List<Integer> slots = table.slots().get(c);
            headers[c] = y + unit / 2;
            for (int i = 0; i < slots.size(); i++) {
                bars[slots.get(i)] = y + unit * (1.5 + i);
            }
            y += unit * (1 + slots.size() + GROUP_GAP);
        }
        return new BarSlots(unit, barShare, headers, bars);
    }

    double unit() {
        return unit;
    }

    double thickness() {
        return unit * barShare;
    }

    double headerCentre(int column) {
        return headerCentre[column];
    }

    /** The top of a group's header row: where a separator between groups goes. */
    double groupTop(int column) {
        return headerCentre[column] - unit / 2;
    }

    double barCentre(int row) {
        return barCentre[row];
    }
}
