package fwf.workload;

/**
 * One step of an instrumented triangle search ({@link TriangleSearch}), as the graph view
 * replays it. Node ids are those of the {@link EdgeList} searched, whatever order or numbering
 * the algorithm uses inside. {@code line} is the 0-based index, in
 * {@link TriangleSearch#source()}, of the pseudo-code line the search has just executed, so the
 * view can highlight it beside the graph.
 */
public sealed interface TriangleStep {
    int line();

    StepKind kind();

    /** The search takes up {@code node}: it becomes the first corner of the triangles it looks for. */
    record VisitNode(int node, int line) implements TriangleStep {
        @Override
        public StepKind kind() {
            return StepKind.VISIT_NODE;
        }
    }

    /** The search looks at {@code neighbour}, a neighbour of {@code node}, as a second corner. */
    record TryNeighbour(int node, int neighbour, int line) implements TriangleStep {
        @Override
        public StepKind kind() {
            return StepKind.TRY_NEIGHBOUR;
        }
    }

    /** The search looks at {@code far}, a neighbour of {@code neighbour}, as the third corner. */
    record TestFarNeighbour(int node, int neighbour, int far, int line) implements TriangleStep {
        @Override
        public StepKind kind() {
            return StepKind.TEST_FAR_NEIGHBOUR;
        }
    }

    /** {@code a}, {@code b}, {@code c} (node, neighbour, far) close a triangle, counted now. */
    record FoundTriangle(int a, int b, int c, int line) implements TriangleStep {
        @Override
        public StepKind kind() {
            return StepKind.FOUND_TRIANGLE;
        }
    }

    /** The search has finished, having found {@code total} triangles. Always the last step. */
    record Done(long total, int line) implements TriangleStep {
        @Override
        public StepKind kind() {
            return StepKind.DONE;
        }
    }
}
