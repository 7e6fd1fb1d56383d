package fwf.graph;

/** Told after each iteration of a layout, from the thread computing it (never the FX thread). */
@FunctionalInterface
public interface LayoutProgress {
    LayoutProgress NONE = (done, total) -> {
    };

    void iterationDone(int done, int total);
}
