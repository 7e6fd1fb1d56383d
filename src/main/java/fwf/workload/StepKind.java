package fwf.workload;

/**
 * The kinds of {@link TriangleStep}, in the order a search first meets them. Skips (a
 * neighbour already visited, a far neighbour already seen) are not kinds of their own: the
 * step that met them carries the line of the test that failed, see {@link TriangleSearch#skips}.
 */
public enum StepKind {
    VISIT_NODE,
    TRY_NEIGHBOUR,
    TEST_FAR_NEIGHBOUR,
    FOUND_TRIANGLE,
    DONE
}
