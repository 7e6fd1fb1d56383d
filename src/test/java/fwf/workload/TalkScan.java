package fwf.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The talk's naive count written the slow, obvious way for the tests: real lists, each
 * membership test a scan that counts what it examines. {@link NaiveWork} must give the same.
 */
final class TalkScan {
    record Counts(long triangles, long far, long outer, long lookups) {
    }

    private long examined;
    private long tests;

    private TalkScan() {
    }

    static Counts count(EdgeList graph) {
        return count(Adjacency.talk(graph));
    }

    static Counts count(Adjacency.Talk talk) {
        TalkScan scan = new TalkScan();
        int[][] lists = talk.neighbours();
        List<Integer> visited = new ArrayList<>();
        long triangles = 0;
        long far = 0;
        long outer = 0;
        for (int node : talk.order()) {
            List<Integer> neighborsVisited = new ArrayList<>();
            for (int neighbor : lists[node]) {
                long before = scan.examined;
                boolean seen = scan.in(neighbor, visited);
                outer += scan.examined - before;
                if (!seen) {
                    before = scan.examined;
                    for (int w : lists[neighbor]) {
                        if (!scan.in(w, neighborsVisited) && !scan.in(w, visited) && scan.in(node, asList(lists[w]))) {
                            triangles++;
                        }
                    }
                    far += scan.examined - before;
                }
                neighborsVisited.add(neighbor);
            }
            visited.add(node);
        }
        return new Counts(triangles, far, outer, scan.tests);
    }

    /** {@code x in list}, examining elements from the front until it finds x. */
    private boolean in(int x, List<Integer> list) {
        tests++;
        for (int value : list) {
            examined++;
            if (value == x) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> asList(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
