package fwf.workload;

import java.util.List;

/**
 * {@link NaiveTriangles#countPrimitive} one step at a time, over the same {@link Adjacency#talk}
 * dict: nodes in the dict's key order, each node's neighbours in its list's order. One step per
 * iteration of each loop, skipped or not, so the trace shows all the work the naive search
 * does, wasted work included. The pseudo-code is the kernel's, with the far neighbour's
 * condition split over three lines so that each of its tests has a line of its own: a step
 * carries the line of the test that failed, or of the last test when all the others passed.
 */
final class NaiveStepCursor extends StepCursor {
    static final List<String> SOURCE = List.of(
            "triangles = 0",
            "visited = []",
            "for node in graph:",
            "    neighbors_visited = []",
            "    for neighbor in graph[node]:",
            "        if neighbor not in visited:",
            "            for far in graph[neighbor]:",
            "                if (far not in neighbors_visited",
            "                        and far not in visited",
            "                        and node in graph[far]):",
            "                    triangles += 1",
            "        neighbors_visited.append(neighbor)",
            "    visited.append(node)",
            "return triangles");
    static final int VISIT = 2;
    /** The neighbour is in {@code visited}: its far neighbours are not looked at. */
    static final int SKIP_NEIGHBOUR = 5;
    static final int KEEP_NEIGHBOUR = 6;
    /** The far neighbour is in {@code neighbors_visited}: the first test fails. */
    static final int SKIP_FAR_NEIGHBOURS_VISITED = 7;
    /** The far neighbour is in {@code visited}: the second test fails. */
    static final int SKIP_FAR_VISITED = 8;
    /** Both tests passed: the third searches the far neighbour's list for the node. */
    static final int TEST_FAR = 9;
    static final int FOUND = 10;
    static final int DONE = 13;

    private static final int NEXT_NODE = 0;
    private static final int NEXT_NEIGHBOUR = 1;
    private static final int NEXT_FAR = 2;
    private static final int CLOSE_TRIANGLE = 3;

    private final int[] order;
    private final int[][] graph;
    /**
     * {@code position[x]}: x's index in {@link #order}. The node at index i is appended to
     * visited after its neighbours, so while it is searched, "x in visited" is exactly
     * {@code position[x] < i}.
     */
    private final int[] position;
    /** {@code neighborsVisited[x] == index + 1}: x is in the current node's neighbors_visited. */
    private final int[] neighborsVisited;
    /** {@code nodeNeighbours[x] == index + 1}: x is in graph[node], so node is in graph[x]. */
    private final int[] nodeNeighbours;
    private int phase = NEXT_NODE;
    private int index = -1;
    private int node;
    private int neighbourIndex;
    private int neighbour;
    private int farIndex;
    private int far;

    NaiveStepCursor(EdgeList edges) {
        Adjacency.Talk talk = Adjacency.talk(edges);
        order = talk.order();
        graph = talk.neighbours();
        position = new int[graph.length];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        neighborsVisited = new int[graph.length];
        nodeNeighbours = new int[graph.length];
    }

    private boolean visited(int x) {
        return position[x] < index;
    }

    @Override
    void next() {
        while (true) {
            switch (phase) {
                case NEXT_NODE -> {
                    index++;
                    if (index == order.length) {
                        done(DONE);
                        return;
                    }
                    node = order[index];
                    for (int x : graph[node]) {
                        nodeNeighbours[x] = index + 1;
                    }
                    neighbourIndex = 0;
                    phase = NEXT_NEIGHBOUR;
                    visit(node, VISIT);
                    return;
                }
                case NEXT_NEIGHBOUR -> {
                    if (neighbourIndex == graph[node].length) {
                        phase = NEXT_NODE; // visited.append(node)
                        continue;
                    }
                    neighbour = graph[node][neighbourIndex++];
                    if (visited(neighbour)) {
                        neighborsVisited[neighbour] = index + 1;
                        tryNeighbour(node, neighbour, SKIP_NEIGHBOUR);
                        return;
                    }
                    farIndex = 0;
                    phase = NEXT_FAR;
                    tryNeighbour(node, neighbour, KEEP_NEIGHBOUR);
                    return;
                }
                case NEXT_FAR -> {
                    if (farIndex == graph[neighbour].length) {
                        // Appended only now: while its own far neighbours are tested, the
                        // neighbour is not yet in neighbors_visited.
                        neighborsVisited[neighbour] = index + 1;
                        phase = NEXT_NEIGHBOUR;
                        continue;
                    }
                    far = graph[neighbour][farIndex++];
                    if (neighborsVisited[far] == index + 1) {
                        testFar(node, neighbour, far, SKIP_FAR_NEIGHBOURS_VISITED);
                        return;
                    }
                    if (visited(far)) {
                        testFar(node, neighbour, far, SKIP_FAR_VISITED);
                        return;
                    }
                    if (nodeNeighbours[far] == index + 1) {
                        phase = CLOSE_TRIANGLE;
                    }
                    testFar(node, neighbour, far, TEST_FAR);
                    return;
                }
                case CLOSE_TRIANGLE -> {
                    phase = NEXT_FAR;
                    foundTriangle(node, neighbour, far, FOUND);
                    return;
                }
                default -> throw new IllegalStateException("phase " + phase);
            }
        }
    }
}
