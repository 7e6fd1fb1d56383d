package fwf.graphview;

import java.util.Arrays;

/**
 * The ids of elements touched in one frame, each listed once: a frame that passes thousands of
 * triangles touches the same hub node thousands of times but restyles it once. Reused from
 * frame to frame; clearing is O(1).
 */
final class GraphDirtySet {
    private final int[] stamps;
    private int epoch = 1;
    private int[] items = new int[64];
    private int size;

    GraphDirtySet(int universe) {
        stamps = new int[universe];
    }

    void clear() {
        size = 0;
        epoch++;
        if (epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            epoch = 1;
        }
    }

    /** Adds {@code id} unless already there; negative ids (an absent part) are ignored. */
    void add(int id) {
        if (id < 0 || stamps[id] == epoch) {
            return;
        }
        stamps[id] = epoch;
        if (size == items.length) {
            items = Arrays.copyOf(items, 2 * size);
        }
        items[size++] = id;
    }

    /** Adds every id of the universe. */
    void addAll() {
        for (int id = 0; id < stamps.length; id++) {
            add(id);
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }
}
