package fwf.workload;

import java.util.List;

/**
 * {@link NaiveTriangles#countPrimitive} one step at a time: nodes in id order (the dict's
 * insertion order), each node's neighbours in file order. One step per iteration of each loop,
 * skipped or not, so the trace shows all the work the naive search does, wasted work included:
 * a skipped neighbour or far neighbour carries the line of its {@code continue}.
 */
final class NaiveStepCursor extends StepCursor {
    static final List<String> SOURCE = List.of(
            "triangles = 0",
            "visited = []",
            "for node in graph:",
            "    visited.append(node)",
            "    neighbors_visited = []",
            "    for neighbor in graph[node]:",
            "        if neighbor in visited:",
            "            continue",
            "        neighbors_visited.append(neighbor)",
            "        for far in graph[neighbor]:",
            "            if far in visited or far in neighbors_visited:",
            "                continue",
            "            if far in graph[node]:",
            "                triangles += 1",
            "return triangles");
    static final int VISIT = 3;
    static final int SKIP_NEIGHBOUR = 7;
    static final int KEEP_NEIGHBOUR = 8;
    static final int SKIP_FAR = 11;
    static final int TEST_FAR = 12;
    static final int FOUND = 13;
    static final int DONE = 14;

    private static final int NEXT_NODE = 0;
    private static final int NEXT_NEIGHBOUR = 1;
    private static final int NEXT_FAR = 2;
    private static final int CLOSE_TRIANGLE = 3;

    private final int[][] graph;
    /** {@code neighborsVisited[x] == node + 1}: x is in the current node's neighbors_visited. */
    private final int[] neighborsVisited;
    /** {@code nodeNeighbours[x] == node + 1}: x is in graph[node]. */
    private final int[] nodeNeighbours;
    private int phase = NEXT_NODE;
    private int node = -1;
    private int neighbourIndex;
    private int neighbour;
    private int farIndex;
    private int far;

    NaiveStepCursor(EdgeList edges) {
        graph = Adjacency.fileOrder(edges);
        neighborsVisited = new int[graph.length];
        nodeNeighbours = new int[graph.length];
    }

    /** Nodes are visited in id order, so "visited" is exactly "id at most the current node". */
    private boolean visited(int x) {
        return x <= node;
    }

    @Override
    void next() {
        while (true) {
            switch (phase) {
                case NEXT_NODE -> {
                    node++;
                    if (node == graph.length) {
                        done(DONE);
                        return;
                    }
                    for (int x : graph[node]) {
                        nodeNeighbours[x] = node + 1;
                    }
                    neighbourIndex = 0;
                    phase = NEXT_NEIGHBOUR;
                    visit(node, VISIT);
                    return;
                }
                case NEXT_NEIGHBOUR -> {
                    if (neighbourIndex == graph[node].length) {
                        phase = NEXT_NODE;
                        continue;
                    }
                    neighbour = graph[node][neighbourIndex++];
                    if (visited(neighbour)) {
                        tryNeighbour(node, neighbour, SKIP_NEIGHBOUR);
                        return;
                    }
                    neighborsVisited[neighbour] = node + 1;
                    farIndex = 0;
                    phase = NEXT_FAR;
                    tryNeighbour(node, neighbour, KEEP_NEIGHBOUR);
                    return;
                }
                case NEXT_FAR -> {
                    if (farIndex == graph[neighbour].length) {
                        phase = NEXT_NEIGHBOUR;
                        continue;
                    }
                    far = graph[neighbour][farIndex++];
                    if (visited(far) || neighborsVisited[far] == node + 1) {
                        testFar(node, neighbour, far, SKIP_FAR);
                        return;
                    }
                    if (nodeNeighbours[far] == node + 1) {
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
