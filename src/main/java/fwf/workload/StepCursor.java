package fwf.workload;

/**
 * A triangle search run one step at a time, pulled by the caller: {@link #advance} executes the
 * search up to its next {@link TriangleStep} and the accessors describe that step. Nothing is
 * stored and nothing is allocated per step, so a player can pull a few steps a frame, or a
 * recorder millions, from the same code; there is no thread behind it.
 *
 * <p>Each subclass is its kernel's loops turned inside out into a state machine, visiting the
 * same nodes in the same order and taking the same decisions (membership tests are answered
 * by stamps rather than linear searches, which changes their cost, not their answers).
 */
public abstract sealed class StepCursor permits NaiveStepCursor, ForwardStepCursor {
    private StepKind kind;
    private int line = -1;
    private int node = -1;
    private int neighbour = -1;
    private int far = -1;
    private long found;
    private long position = -1;
    private boolean finished;

    StepCursor() {
    }

    /**
     * Moves to the next step. Returns false, and changes nothing, once the {@link StepKind#DONE}
     * step has been passed.
     */
    public final boolean advance() {
        if (finished) {
            return false;
        }
        if (kind == StepKind.DONE) {
            finished = true;
            return false;
        }
        position++;
        next();
        return true;
    }

    /** Executes the search up to its next step and reports it through one of the setters below. */
    abstract void next();

    final void visit(int node, int line) {
        set(StepKind.VISIT_NODE, line, node, -1, -1);
    }

    final void tryNeighbour(int node, int neighbour, int line) {
        set(StepKind.TRY_NEIGHBOUR, line, node, neighbour, -1);
    }

    final void testFar(int node, int neighbour, int far, int line) {
        set(StepKind.TEST_FAR_NEIGHBOUR, line, node, neighbour, far);
    }

    final void foundTriangle(int node, int neighbour, int far, int line) {
        found++;
        set(StepKind.FOUND_TRIANGLE, line, node, neighbour, far);
    }

    final void done(int line) {
        set(StepKind.DONE, line, -1, -1, -1);
    }

    private void set(StepKind kind, int line, int node, int neighbour, int far) {
        this.kind = kind;
        this.line = line;
        this.node = node;
        this.neighbour = neighbour;
        this.far = far;
    }

    private void requireStep() {
        if (position < 0) {
            throw new IllegalStateException("no step yet: call advance() first");
        }
    }

    public final StepKind kind() {
        requireStep();
        return kind;
    }

    /** The pseudo-code line of the current step, an index into {@link TriangleSearch#source()}. */
    public final int line() {
        requireStep();
        return line;
    }

    /** The first corner; -1 for {@link StepKind#DONE}. */
    public final int node() {
        requireStep();
        return node;
    }

    /** The second corner; -1 for {@link StepKind#VISIT_NODE} and {@link StepKind#DONE}. */
    public final int neighbour() {
        requireStep();
        return neighbour;
    }

    /** The third corner, for {@link StepKind#TEST_FAR_NEIGHBOUR} and {@link StepKind#FOUND_TRIANGLE}; else -1. */
    public final int far() {
        requireStep();
        return far;
    }

    /** Triangles found up to and including the current step. */
    public final long found() {
        return found;
    }

    /** The 0-based index of the current step; -1 before the first {@link #advance}. */
    public final long position() {
        return position;
    }

    /** The current step as a value. */
    public final TriangleStep step() {
        requireStep();
        return switch (kind) {
            case VISIT_NODE -> new TriangleStep.VisitNode(node, line);
            case TRY_NEIGHBOUR -> new TriangleStep.TryNeighbour(node, neighbour, line);
            case TEST_FAR_NEIGHBOUR -> new TriangleStep.TestFarNeighbour(node, neighbour, far, line);
            case FOUND_TRIANGLE -> new TriangleStep.FoundTriangle(node, neighbour, far, line);
            case DONE -> new TriangleStep.Done(found, line);
        };
    }
}
