package fwf.workload;

import java.util.Arrays;

/**
 * The talk's naive triangle count replayed for its work instead of its speed: the same nodes in
 * the same order ({@link Adjacency#talk}), the same tests in the same order, each stopping where
 * the talk's stops, but every membership test answered in one step from a remembered position
 * instead of a scan. A test that finds its element at position i (from 1) examined i elements;
 * one that misses examined the whole list. So the count of a scan that would take seconds comes
 * in milliseconds, and it is the count of exactly the talk's program.
 *
 * <p>The replay, in the talk's words, with {@code visited} an empty list: for each node,
 * {@code neighbors_visited} is a new empty list; for each neighbour of the node, if the neighbour
 * is not in {@code visited} (test 1), then for each far neighbour in the neighbour's list, a
 * triangle is counted when the far neighbour is not in {@code neighbors_visited} (test 2), and
 * not in {@code visited} (test 3), and the node is in the far neighbour's list (test 4), tested
 * in that order and stopping at the first that fails; then (always) the neighbour is appended
 * to {@code neighbors_visited}; after all its neighbours, the node is appended to {@code visited}.
 *
 * <p>The same replay counts the {@code hashset} variant's lookups: one per test made.
 */
final class NaiveWork {
    /**
     * The counts of one replay.
     *
     * @param triangles       the answer
     * @param farComparisons  elements examined by tests 2, 3 and 4, inside the far-neighbour loop
     * @param outerComparisons elements examined by test 1, the neighbour-in-visited test
     * @param lookups         tests made (1, 2, 3 and 4 together): a hash set's lookups
     */
    record Counts(long triangles, long farComparisons, long outerComparisons, long lookups) {
    }

    private NaiveWork() {
    }

    static Counts count(EdgeList graph) {
        return count(Adjacency.talk(graph));
    }

    /** The replay over any lists and node order (a test may hand it another order). */
    static Counts count(Adjacency.Talk talk) {
        int[][] lists = talk.neighbours();
        int n = lists.length;
        Places places = Places.of(lists);
        // Positions (from 1) in the growing lists; 0 is "absent". A stamp (the node's turn + 1)
        // marks which entries of the per-node arrays belong to the current node, so nothing is cleared.
        int[] visitedAt = new int[n];
        int visitedCount = 0;
        int[] visitedNeighbourStamp = new int[n];
        int[] visitedNeighbourAt = new int[n];
        int[] nodeStamp = new int[n];
        int[] nodeAt = new int[n];
        long triangles = 0;
        long far = 0;
        long outer = 0;
        long lookups = 0;
        int[] order = talk.order();
        for (int turn = 0; turn < order.length; turn++) {
            int node = order[turn];
            int stamp = turn + 1;
            // Where the node stands in each of its neighbours' lists: test 4's answer.
            for (int e = places.offsets[node]; e < places.offsets[node + 1]; e++) {
                nodeStamp[places.lists[e]] = stamp;
                nodeAt[places.lists[e]] = places.positions[e];
            }
            int[] nodeList = lists[node];
            int neighboursVisited = 0;
            for (int neighbour : nodeList) {
                lookups++;
                int at = visitedAt[neighbour];
                if (at != 0) { // test 1 fails: found at position at
                    outer += at;
                } else {
                    outer += visitedCount;
                    for (int w : lists[neighbour]) {
                        lookups++;
                        if (visitedNeighbourStamp[w] == stamp) { // test 2 fails
                            far += visitedNeighbourAt[w];
                            continue;
                        }
                        far += neighboursVisited;
                        lookups++;
                        int wAt = visitedAt[w];
                        if (wAt != 0) { // test 3 fails
                            far += wAt;
                            continue;
                        }
                        far += visitedCount;
                        lookups++;
                        if (nodeStamp[w] == stamp) { // test 4 holds: a triangle
                            far += nodeAt[w];
                            triangles++;
                        } else {
                            far += lists[w].length;
                        }
                    }
                }
                visitedNeighbourStamp[neighbour] = stamp;
                visitedNeighbourAt[neighbour] = ++neighboursVisited;
            }
            visitedAt[node] = ++visitedCount;
        }
        return new Counts(triangles, far, outer, lookups);
    }

    /**
     * Where each node stands in the lists that hold it: for node x, entries
     * {@code offsets[x] .. offsets[x+1]} say that x is at {@code positions[e]} (from 1) in the
     * list of {@code lists[e]}. Lists hold no duplicates, so each position is unique.
     */
    private record Places(int[] offsets, int[] lists, int[] positions) {
        static Places of(int[][] neighbours) {
            int n = neighbours.length;
            int[] offsets = new int[n + 1];
            for (int[] list : neighbours) {
                for (int x : list) {
                    offsets[x + 1]++;
                }
            }
            for (int x = 0; x < n; x++) {
                offsets[x + 1] += offsets[x];
            }
            int[] next = Arrays.copyOf(offsets, n);
            int[] lists = new int[offsets[n]];
            int[] positions = new int[offsets[n]];
            for (int y = 0; y < n; y++) {
                int[] list = neighbours[y];
                for (int j = 0; j < list.length; j++) {
                    int e = next[list[j]]++;
                    lists[e] = y;
                    positions[e] = j + 1;
                }
            }
            return new Places(offsets, lists, positions);
        }
    }
}
