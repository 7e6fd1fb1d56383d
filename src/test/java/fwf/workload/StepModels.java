package fwf.workload;

import fwf.workload.TriangleStep.Done;
import fwf.workload.TriangleStep.FoundTriangle;
import fwf.workload.TriangleStep.TestFarNeighbour;
import fwf.workload.TriangleStep.TryNeighbour;
import fwf.workload.TriangleStep.VisitNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The kernels' loops copied as they are, with a line added to emit each step: the obvious
 * model the state-machine cursors are checked against.
 */
final class StepModels {
    private StepModels() {
    }

    /**
     * {@link NaiveTriangles#countPrimitive}, linear searches and all; the far neighbour's three
     * tests written one by one, so each failure emits the line of its test.
     */
    static List<TriangleStep> naive(EdgeList edges) {
        List<TriangleStep> steps = new ArrayList<>();
        Adjacency.Talk talk = Adjacency.talk(edges);
        int[][] graph = talk.neighbours();
        int[] visited = new int[talk.order().length];
        int visitedCount = 0;
        int[] neighborsVisited = new int[graph.length];
        long triangles = 0;
        for (int node : talk.order()) {
            steps.add(new VisitNode(node, 2));
            int neighborsVisitedCount = 0;
            for (int neighbor : graph[node]) {
                if (!contains(visited, visitedCount, neighbor)) {
                    steps.add(new TryNeighbour(node, neighbor, 6));
                    for (int far : graph[neighbor]) {
                        if (contains(neighborsVisited, neighborsVisitedCount, far)) {
                            steps.add(new TestFarNeighbour(node, neighbor, far, 7));
                        } else if (contains(visited, visitedCount, far)) {
                            steps.add(new TestFarNeighbour(node, neighbor, far, 8));
                        } else {
                            steps.add(new TestFarNeighbour(node, neighbor, far, 9));
                            if (contains(graph[far], graph[far].length, node)) {
                                triangles++;
                                steps.add(new FoundTriangle(node, neighbor, far, 10));
                            }
                        }
                    }
                } else {
                    steps.add(new TryNeighbour(node, neighbor, 5));
                }
                neighborsVisited[neighborsVisitedCount++] = neighbor;
            }
            visited[visitedCount++] = node;
        }
        steps.add(new Done(triangles, 13));
        return steps;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link ForwardTriangles#count} over the kernel's own {@link Csr}, with the rank mapped back
     * by an ordinary sort on (degree, id); a far neighbour is reported when the merge first reads
     * it from row v.
     */
    static List<TriangleStep> forward(EdgeList edges) {
        int[] degree = Adjacency.degrees(edges);
        int[] node = IntStream.range(0, edges.nodeCount()).boxed()
                .sorted(Comparator.<Integer>comparingInt(x -> degree[x]).thenComparingInt(x -> x))
                .mapToInt(Integer::intValue).toArray();
        Csr csr = Csr.orientedByDegree(edges);
        int[] offsets = csr.offsets();
        int[] targets = csr.targets();
        List<TriangleStep> steps = new ArrayList<>();
        long triangles = 0;
        for (int u = 0; u < node.length; u++) {
            steps.add(new VisitNode(node[u], 3));
            int uEnd = offsets[u + 1];
            for (int i = offsets[u]; i < uEnd; i++) {
                int v = targets[i];
                steps.add(new TryNeighbour(node[u], node[v], 4));
                int a = i + 1;
                int b = offsets[v];
                int bEnd = offsets[v + 1];
                int reported = -1;
                while (a < uEnd && b < bEnd) {
                    int x = targets[a];
                    int y = targets[b];
                    if (b != reported) {
                        steps.add(new TestFarNeighbour(node[u], node[v], node[y], 7));
                        reported = b;
                    }
                    if (x == y) {
                        triangles++;
                        steps.add(new FoundTriangle(node[u], node[v], node[y], 9));
                    }
                    if (x <= y) {
                        a++;
                    }
                    if (y <= x) {
                        b++;
                    }
                }
            }
        }
        steps.add(new Done(triangles, 12));
        return steps;
    }

    /** Whether the kernel's orientation agrees with the (degree, id) order the models assume. */
    static boolean csrFollowsDegreeOrder(EdgeList edges) {
        int[] degree = Adjacency.degrees(edges);
        int[] node = ForwardStepCursor.nodesByRank(degree);
        int[] rank = new int[node.length];
        for (int r = 0; r < node.length; r++) {
            rank[node[r]] = r;
        }
        Csr csr = Csr.orientedByDegree(edges);
        for (int e = 0; e < edges.edgeCount(); e++) {
            int a = rank[edges.from()[e]];
            int b = rank[edges.to()[e]];
            int low = Math.min(a, b);
            if (Arrays.binarySearch(csr.targets(), csr.offsets()[low], csr.offsets()[low + 1], Math.max(a, b)) < 0) {
                return false;
            }
        }
        return csr.targets().length == edges.edgeCount();
    }
}
