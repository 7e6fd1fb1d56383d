package fwf.workload;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The talk's naive triangle count, twice: once on boxed collections, once on int arrays. Both
 * take the talk's {@code graph} dict as its loader built it ({@link Adjacency#boxed},
 * {@link Adjacency#talk}) and take the same steps in the same order, so the gap between them is
 * the price of boxing and pointer chasing, not of a different algorithm:
 *
 * <pre>
 * triangles = 0
 * visited = []
 * for node in graph:
 *     neighbors_visited = []
 *     for neighbor in graph[node]:
 *         if neighbor not in visited:
 *             for far in graph[neighbor]:
 *                 if far not in neighbors_visited and far not in visited and node in graph[far]:
 *                     triangles += 1
 *         neighbors_visited.append(neighbor)
 *     visited.append(node)
 * return triangles
 * </pre>
 *
 * <p>Each triangle is counted once: from its first-visited corner, through whichever of the
 * other two comes first in that corner's list. The three tests run left to right and stop at
 * the first that fails, as Python's {@code and} does; that order decides how many list elements
 * the count examines, so it is kept exactly.
 */
final class NaiveTriangles {
    private NaiveTriangles() {
    }

    /**
     * The Python on Java collections. {@code newCollection} makes {@code visited} and
     * {@code neighbors_visited}: with {@code ArrayList::new} (and lists in {@code graph}) every
     * {@code contains} is a linear search, as Python's {@code in} on a list; with
     * {@code HashSet::new} (and sets in {@code graph}) the very same loops become the
     * {@code hashset} variant, which is the point: only the collection changed.
     */
    static long countBoxed(Map<Integer, ? extends Collection<Integer>> graph,
                           Supplier<? extends Collection<Integer>> newCollection) {
        Collection<Integer> visited = newCollection.get();
        long triangles = 0;
        for (Integer node : graph.keySet()) {
            Collection<Integer> neighborsVisited = newCollection.get();
            for (Integer neighbor : graph.get(node)) {
                if (!visited.contains(neighbor)) {
                    for (Integer far : graph.get(neighbor)) {
                        if (!neighborsVisited.contains(far) && !visited.contains(far)
                                && graph.get(far).contains(node)) {
                            triangles++;
                        }
                    }
                }
                neighborsVisited.add(neighbor);
            }
            visited.add(node);
        }
        return triangles;
    }

    /**
     * The same steps on ints: {@code graph[node]} is an int array, the dict's keys are
     * {@link Adjacency.Talk#order()}, and the two Python lists are int arrays with a count, still
     * searched linearly.
     */
    static long countPrimitive(Adjacency.Talk graph) {
        int[] order = graph.order();
        int[][] lists = graph.neighbours();
        int[] visited = new int[order.length];
        int visitedCount = 0;
        int[] neighborsVisited = new int[maxLength(lists)];
        long triangles = 0;
        for (int node : order) {
            int neighborsVisitedCount = 0;
            for (int neighbor : lists[node]) {
                if (!contains(visited, visitedCount, neighbor)) {
                    for (int far : lists[neighbor]) {
                        if (!contains(neighborsVisited, neighborsVisitedCount, far)
                                && !contains(visited, visitedCount, far)
                                && contains(lists[far], lists[far].length, node)) {
                            triangles++;
                        }
                    }
                }
                neighborsVisited[neighborsVisitedCount++] = neighbor;
            }
            visited[visitedCount++] = node;
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
