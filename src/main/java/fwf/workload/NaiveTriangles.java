package fwf.workload;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The talk's triangle count, twice: once on boxed collections, once on int arrays. The two
 * methods are the same algorithm line for line, so the gap between them is the price of boxing
 * and pointer chasing, not of a different algorithm.
 *
 * <p>Each triangle is counted once: from its first-visited corner, through its second, when
 * the third is neither visited nor already a middle corner and closes back on the first.
 */
final class NaiveTriangles {
    private NaiveTriangles() {
    }

    /**
     * The Python, ported faithfully. {@code newCollection} makes {@code visited} and
     * {@code neighbors_visited}: with {@code ArrayList::new} (and lists in {@code graph}) every
     * {@code contains} is the talk's linear search; with {@code HashSet::new} (and sets in
     * {@code graph}) the very same loops become the {@code hashset} variant, which is the point:
     * only the collection changed.
     */
    static long countBoxed(Map<Integer, ? extends Collection<Integer>> graph,
                           Supplier<? extends Collection<Integer>> newCollection) {
        Collection<Integer> visited = newCollection.get();
        long triangles = 0;
        for (Integer node : graph.keySet()) {
            visited.add(node);
            Collection<Integer> neighborsVisited = newCollection.get();
            Collection<Integer> nodeNeighbors = graph.get(node);
            for (Integer neighbor : nodeNeighbors) {
                if (visited.contains(neighbor)) {
                    continue;
                }
                neighborsVisited.add(neighbor);
                for (Integer far : graph.get(neighbor)) {
                    if (visited.contains(far) || neighborsVisited.contains(far)) {
                        continue;
                    }
                    if (nodeNeighbors.contains(far)) {
                        triangles++;
                    }
                }
            }
        }
        return triangles;
    }

    /**
     * The same algorithm on ints: {@code graph[node]} is an int array in file order, and the two
     * Python lists are int arrays with a count, still searched linearly.
     */
    static long countPrimitive(int[][] graph) {
        int[] visited = new int[graph.length];
        int visitedCount = 0;
        int[] neighborsVisited = new int[maxLength(graph)];
        long triangles = 0;
        for (int node = 0; node < graph.length; node++) {
            visited[visitedCount++] = node;
            int neighborsVisitedCount = 0;
            int[] nodeNeighbors = graph[node];
            for (int neighbor : nodeNeighbors) {
                if (contains(visited, visitedCount, neighbor)) {
                    continue;
                }
                neighborsVisited[neighborsVisitedCount++] = neighbor;
                for (int far : graph[neighbor]) {
                    if (contains(visited, visitedCount, far)
                            || contains(neighborsVisited, neighborsVisitedCount, far)) {
                        continue;
                    }
                    if (contains(nodeNeighbors, nodeNeighbors.length, far)) {
                        triangles++;
                    }
                }
            }
        }
        return triangles;
    }

    /** Python's {@code x in list}: a linear search over the first {@code count} elements. */
    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int maxLength(int[][] rows) {
        int max = 0;
        for (int[] row : rows) {
            max = Math.max(max, row.length);
        }
        return max;
    }
}
