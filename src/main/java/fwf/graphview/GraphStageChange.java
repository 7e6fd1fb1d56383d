package fwf.graphview;

import fwf.workload.StepTrace;

/**
 * What a {@link GraphStage} was asked to show (a step of its trace, nodes coloured by triangles or
 * not) against what it last applied, so that its frame applies the net change since the last
 * frame, however many steps the player moved meanwhile, and nothing when nothing changed. Both
 * stages keep one; FX thread only.
 */
final class GraphStageChange {
    private int target = -1;
    private int shown = -1;
    private boolean colour;
    private boolean shownColour;
    private boolean fresh = true;

    /** Asks for step {@code position} (-1: before the first). */
    void show(int position) {
        target = position;
    }

    /** Asks for nodes coloured by triangles, or not. */
    void colourByTriangles(boolean on) {
        colour = on;
    }

    /** The step asked for. */
    int target() {
        return target;
    }

    /** Whether colouring by triangles is asked for. */
    boolean colour() {
        return colour;
    }

    /** Whether anything differs from what was last applied (everything does before the first time). */
    boolean pending() {
        return fresh || target != shown || colour != shownColour;
    }

    /** Whether the colouring differs from what was last applied (it does before the first time). */
    boolean colourChanged() {
        return fresh || colour != shownColour;
    }

    /** The triangles found up to the step asked for. */
    int foundSoFar(StepTrace trace) {
        return target < 0 ? 0 : trace.foundSoFar(target);
    }

    /** Records that what was asked for is now applied. */
    void applied() {
        shown = target;
        shownColour = colour;
        fresh = false;
    }
}
