package fwf.workload;

import static fwf.workload.TestGraphs.clean;
import static fwf.workload.TestGraphs.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fwf.workload.TriangleStep.Done;
import fwf.workload.TriangleStep.FoundTriangle;
import fwf.workload.TriangleStep.TestFarNeighbour;
import fwf.workload.TriangleStep.TryNeighbour;
import fwf.workload.TriangleStep.VisitNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Exact step sequences, written out by hand, and the contracts of the cursor and iterator. */
class TriangleSearchTest {

    // The naive pseudo-code's lines: the node loop, the neighbour test (failed) and the far loop
    // it opens (passed), the far neighbour's three tests (the first two failed, the third reached),
    // the count and the return.
    private static final int N_VISIT = 2;
    private static final int N_SKIP_NEIGHBOUR = 5;
    private static final int N_KEEP_NEIGHBOUR = 6;
    private static final int N_SKIP_FAR_NV = 7;
    private static final int N_SKIP_FAR_VISITED = 8;
    private static final int N_TEST_FAR = 9;
    private static final int N_FOUND = 10;
    private static final int N_DONE = 13;

    private static final int F_VISIT = 3;
    private static final int F_TRY = 4;
    private static final int F_TEST = 7;
    private static final int F_FOUND = 9;
    private static final int F_DONE = 12;

    private static List<TriangleStep> steps(TriangleSearch search, EdgeList graph) {
        List<TriangleStep> steps = new ArrayList<>();
        search.steps(graph).forEachRemaining(steps::add);
        return steps;
    }

    @Test
    void naiveOnK4() {
        // K4's edges 0-1 0-2 0-3 1-2 1-3 2-3, loaded in two passes, give the lists 0:[1,2,3]
        // 1:[2,3,0] 2:[3,0,1] 3:[0,1,2] and the key order 0, 1, 2, 3. A node enters visited only
        // after its neighbours, so while it is searched it passes the visited test as a far
        // neighbour and is found missing from its own list.
        assertThat(steps(TriangleSearch.NAIVE, complete(4))).containsExactly(
                new VisitNode(0, N_VISIT),
                new TryNeighbour(0, 1, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(0, 1, 2, N_TEST_FAR),
                new FoundTriangle(0, 1, 2, N_FOUND),
                new TestFarNeighbour(0, 1, 3, N_TEST_FAR),
                new FoundTriangle(0, 1, 3, N_FOUND),
                new TestFarNeighbour(0, 1, 0, N_TEST_FAR),
                new TryNeighbour(0, 2, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(0, 2, 3, N_TEST_FAR),
                new FoundTriangle(0, 2, 3, N_FOUND),
                new TestFarNeighbour(0, 2, 0, N_TEST_FAR),
                new TestFarNeighbour(0, 2, 1, N_SKIP_FAR_NV),
                new TryNeighbour(0, 3, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(0, 3, 0, N_TEST_FAR),
                new TestFarNeighbour(0, 3, 1, N_SKIP_FAR_NV),
                new TestFarNeighbour(0, 3, 2, N_SKIP_FAR_NV),
                new VisitNode(1, N_VISIT),
                new TryNeighbour(1, 2, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(1, 2, 3, N_TEST_FAR),
                new FoundTriangle(1, 2, 3, N_FOUND),
                new TestFarNeighbour(1, 2, 0, N_SKIP_FAR_VISITED),
                new TestFarNeighbour(1, 2, 1, N_TEST_FAR),
                new TryNeighbour(1, 3, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(1, 3, 0, N_SKIP_FAR_VISITED),
                new TestFarNeighbour(1, 3, 1, N_TEST_FAR),
                new TestFarNeighbour(1, 3, 2, N_SKIP_FAR_NV),
                new TryNeighbour(1, 0, N_SKIP_NEIGHBOUR),
                new VisitNode(2, N_VISIT),
                new TryNeighbour(2, 3, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(2, 3, 0, N_SKIP_FAR_VISITED),
                new TestFarNeighbour(2, 3, 1, N_SKIP_FAR_VISITED),
                new TestFarNeighbour(2, 3, 2, N_TEST_FAR),
                new TryNeighbour(2, 0, N_SKIP_NEIGHBOUR),
                new TryNeighbour(2, 1, N_SKIP_NEIGHBOUR),
                new VisitNode(3, N_VISIT),
                new TryNeighbour(3, 0, N_SKIP_NEIGHBOUR),
                new TryNeighbour(3, 1, N_SKIP_NEIGHBOUR),
                new TryNeighbour(3, 2, N_SKIP_NEIGHBOUR),
                new Done(4, N_DONE));
    }

    @Test
    void naiveFollowsTheTalksKeyOrderAndTestsInOrder() {
        // The file of TalkLoadingOrderTest: labels 10, 20, 30, 40, 50 are ids 0..4, the lists
        // 10:[20,30] 30:[10,50,20] 20:[30,10,40] 40:[20] 50:[30], the key order 10, 30, 20, 40, 50.
        EdgeList graph = clean(10, 20, 30, 10, 20, 30, 10, 10, 40, 20, 20, 10, 30, 50, 40, 20);
        int n10 = 0;
        int n20 = 1;
        int n30 = 2;
        int n40 = 3;
        int n50 = 4;
        assertThat(steps(TriangleSearch.NAIVE, graph)).containsExactly(
                new VisitNode(n10, N_VISIT),
                new TryNeighbour(n10, n20, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(n10, n20, n30, N_TEST_FAR),
                new FoundTriangle(n10, n20, n30, N_FOUND),
                new TestFarNeighbour(n10, n20, n10, N_TEST_FAR),
                new TestFarNeighbour(n10, n20, n40, N_TEST_FAR),
                new TryNeighbour(n10, n30, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(n10, n30, n10, N_TEST_FAR),
                new TestFarNeighbour(n10, n30, n50, N_TEST_FAR),
                new TestFarNeighbour(n10, n30, n20, N_SKIP_FAR_NV),
                // 30 before 20: the order of the keys, not of the ids
                new VisitNode(n30, N_VISIT),
                new TryNeighbour(n30, n10, N_SKIP_NEIGHBOUR),
                new TryNeighbour(n30, n50, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(n30, n50, n30, N_TEST_FAR),
                new TryNeighbour(n30, n20, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(n30, n20, n30, N_TEST_FAR),
                // 10 is visited too, but the first test (neighbors_visited, which holds the
                // skipped 10) fails first and stops the rest
                new TestFarNeighbour(n30, n20, n10, N_SKIP_FAR_NV),
                new TestFarNeighbour(n30, n20, n40, N_TEST_FAR),
                new VisitNode(n20, N_VISIT),
                new TryNeighbour(n20, n30, N_SKIP_NEIGHBOUR),
                new TryNeighbour(n20, n10, N_SKIP_NEIGHBOUR),
                new TryNeighbour(n20, n40, N_KEEP_NEIGHBOUR),
                new TestFarNeighbour(n20, n40, n20, N_TEST_FAR),
                new VisitNode(n40, N_VISIT),
                new TryNeighbour(n40, n20, N_SKIP_NEIGHBOUR),
                // 50 only ever stands second in the file: it is the last key
                new VisitNode(n50, N_VISIT),
                new TryNeighbour(n50, n30, N_SKIP_NEIGHBOUR),
                new Done(1, N_DONE));
    }

    @Test
    void forwardOnK4() {
        // Equal degrees, so ranks are ids; out rows 0:[1,2,3] 1:[2,3] 2:[3] 3:[].
        assertThat(steps(TriangleSearch.FORWARD, complete(4))).containsExactly(
                new VisitNode(0, F_VISIT),
                new TryNeighbour(0, 1, F_TRY),
                new TestFarNeighbour(0, 1, 2, F_TEST),
                new FoundTriangle(0, 1, 2, F_FOUND),
                new TestFarNeighbour(0, 1, 3, F_TEST),
                new FoundTriangle(0, 1, 3, F_FOUND),
                new TryNeighbour(0, 2, F_TRY),
                new TestFarNeighbour(0, 2, 3, F_TEST),
                new FoundTriangle(0, 2, 3, F_FOUND),
                new TryNeighbour(0, 3, F_TRY), // nothing after 3 in row 0: the merge does not start
                new VisitNode(1, F_VISIT),
                new TryNeighbour(1, 2, F_TRY),
                new TestFarNeighbour(1, 2, 3, F_TEST),
                new FoundTriangle(1, 2, 3, F_FOUND),
                new TryNeighbour(1, 3, F_TRY),
                new VisitNode(2, F_VISIT),
                new TryNeighbour(2, 3, F_TRY),
                new VisitNode(3, F_VISIT),
                new Done(4, F_DONE));
    }

    @Test
    void forwardVisitsByDegreeAndNamesTheGraphsOwnNodes() {
        // A triangle 0-1-2 with a tail 2-3: degrees 2, 2, 3, 1, so the order is 3, 0, 1, 2.
        assertThat(steps(TriangleSearch.FORWARD, clean(0, 1, 1, 2, 2, 0, 2, 3))).containsExactly(
                new VisitNode(3, F_VISIT),
                new TryNeighbour(3, 2, F_TRY),
                new VisitNode(0, F_VISIT),
                new TryNeighbour(0, 1, F_TRY),
                new TestFarNeighbour(0, 1, 2, F_TEST),
                new FoundTriangle(0, 1, 2, F_FOUND),
                new TryNeighbour(0, 2, F_TRY),
                new VisitNode(1, F_VISIT),
                new TryNeighbour(1, 2, F_TRY),
                new VisitNode(2, F_VISIT),
                new Done(1, F_DONE));
    }

    @Test
    void forwardMergeMovesPastRowUEntriesWithoutTestingThem() {
        // 0, 1, 2, 3 have degree 3 and 4..7 degree 1, so ranks are 4, 5, 6, 7, 0, 1, 2, 3 and
        // row 0 (node 0) is [1, 2, 3]. Against row 1 = [3], the merge reads 3 from row 1 once,
        // steps over 2 in row 0, then meets 3.
        EdgeList graph = clean(0, 1, 0, 2, 0, 3, 1, 3, 1, 4, 2, 5, 2, 6, 3, 7);
        assertThat(steps(TriangleSearch.FORWARD, graph)).containsExactly(
                new VisitNode(4, F_VISIT),
                new TryNeighbour(4, 1, F_TRY),
                new VisitNode(5, F_VISIT),
                new TryNeighbour(5, 2, F_TRY),
                new VisitNode(6, F_VISIT),
                new TryNeighbour(6, 2, F_TRY),
                new VisitNode(7, F_VISIT),
                new TryNeighbour(7, 3, F_TRY),
                new VisitNode(0, F_VISIT),
                new TryNeighbour(0, 1, F_TRY),
                new TestFarNeighbour(0, 1, 3, F_TEST),
                new FoundTriangle(0, 1, 3, F_FOUND),
                new TryNeighbour(0, 2, F_TRY), // row 2 is empty: nothing to merge
                new TryNeighbour(0, 3, F_TRY),
                new VisitNode(1, F_VISIT),
                new TryNeighbour(1, 3, F_TRY),
                new VisitNode(2, F_VISIT),
                new VisitNode(3, F_VISIT),
                new Done(1, F_DONE));
    }

    @Test
    void forwardOnFiveTrianglesAroundAHub() {
        // Star centre 4 (rank last) with 0-1, 1-2, 0-2 and 0-3 around it. Degrees: 0:4, 1:3, 2:3, 3:2,
        // 4:4, so ranks are 3, 1, 2, 0, 4 by (degree, id).
        EdgeList graph = clean(0, 1, 1, 2, 0, 2, 0, 3, 4, 0, 4, 1, 4, 2, 4, 3);
        List<TriangleStep> actual = steps(TriangleSearch.FORWARD, graph);
        assertThat(actual).containsExactly(
                // rank 0 = node 3, out: 0 (rank 3), 4 (rank 4)
                new VisitNode(3, F_VISIT),
                new TryNeighbour(3, 0, F_TRY),
                new TestFarNeighbour(3, 0, 4, F_TEST), // row 0 (ranks) = [4]
                new FoundTriangle(3, 0, 4, F_FOUND),
                new TryNeighbour(3, 4, F_TRY),
                // rank 1 = node 1, out: 2 (rank 2), 0 (rank 3), 4 (rank 4)
                new VisitNode(1, F_VISIT),
                new TryNeighbour(1, 2, F_TRY),
                new TestFarNeighbour(1, 2, 0, F_TEST), // row of 2 = [0, 4] in rank order
                new FoundTriangle(1, 2, 0, F_FOUND),
                new TestFarNeighbour(1, 2, 4, F_TEST),
                new FoundTriangle(1, 2, 4, F_FOUND),
                new TryNeighbour(1, 0, F_TRY),
                new TestFarNeighbour(1, 0, 4, F_TEST),
                new FoundTriangle(1, 0, 4, F_FOUND),
                new TryNeighbour(1, 4, F_TRY),
                // rank 2 = node 2, out: 0, 4
                new VisitNode(2, F_VISIT),
                new TryNeighbour(2, 0, F_TRY),
                new TestFarNeighbour(2, 0, 4, F_TEST),
                new FoundTriangle(2, 0, 4, F_FOUND),
                new TryNeighbour(2, 4, F_TRY),
                new VisitNode(0, F_VISIT),
                new TryNeighbour(0, 4, F_TRY),
                new VisitNode(4, F_VISIT),
                new Done(5, F_DONE));
    }

    @Test
    void emptyGraphsFinishAtOnce() {
        for (TriangleSearch search : TriangleSearch.values()) {
            assertThat(steps(search, new EdgeList(0, new int[0], new int[0])))
                    .containsExactly(new Done(0, search == TriangleSearch.NAIVE ? N_DONE : F_DONE));
        }
        // Nodes without edges: forward visits them; the talk's dict has no key for them.
        assertThat(steps(TriangleSearch.FORWARD, new EdgeList(2, new int[0], new int[0]))).hasSize(3);
        assertThat(steps(TriangleSearch.NAIVE, new EdgeList(2, new int[0], new int[0])))
                .containsExactly(new Done(0, N_DONE));
    }

    @Test
    void sourceLinesMatchTheStepsThatCarryThem() {
        assertThat(TriangleSearch.NAIVE.source()).containsExactly(
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
        List<String> naive = TriangleSearch.NAIVE.source();
        assertThat(naive.get(N_VISIT)).isEqualTo("for node in graph:");
        assertThat(naive.get(N_SKIP_NEIGHBOUR)).isEqualTo("        if neighbor not in visited:");
        assertThat(naive.get(N_KEEP_NEIGHBOUR)).isEqualTo("            for far in graph[neighbor]:");
        assertThat(naive.get(N_SKIP_FAR_NV)).isEqualTo("                if (far not in neighbors_visited");
        assertThat(naive.get(N_SKIP_FAR_VISITED)).isEqualTo("                        and far not in visited");
        assertThat(naive.get(N_TEST_FAR)).isEqualTo("                        and node in graph[far]):");
        assertThat(naive.get(N_FOUND)).isEqualTo("                    triangles += 1");
        assertThat(naive.get(N_DONE)).isEqualTo("return triangles");
        List<String> forward = TriangleSearch.FORWARD.source();
        assertThat(forward).hasSize(13);
        assertThat(forward.get(F_VISIT)).isEqualTo("for u in nodes by rank:");
        assertThat(forward.get(F_TRY)).isEqualTo("    for i, v in enumerate(out[u]):");
        assertThat(forward.get(F_TEST)).isEqualTo("            x, w = out[u][a], out[v][b]");
        assertThat(forward.get(F_FOUND)).isEqualTo("                triangles += 1");
        assertThat(forward.get(F_DONE)).isEqualTo("return triangles");
    }

    @Test
    void onlyTheNaiveFailedTestsAreSkips() {
        for (int line = -1; line <= 15; line++) {
            assertThat(TriangleSearch.NAIVE.skips(line)).as("line %d", line)
                    .isEqualTo(line == N_SKIP_NEIGHBOUR || line == N_SKIP_FAR_NV || line == N_SKIP_FAR_VISITED);
            assertThat(TriangleSearch.FORWARD.skips(line)).isFalse();
            assertThat(TriangleSearch.FORWARD.skipReason(line)).isEmpty();
        }
        assertThat(TriangleSearch.NAIVE.skipReason(N_SKIP_NEIGHBOUR)).contains("already visited");
        assertThat(TriangleSearch.NAIVE.skipReason(N_SKIP_FAR_NV)).contains("in neighbors_visited");
        assertThat(TriangleSearch.NAIVE.skipReason(N_SKIP_FAR_VISITED)).contains("already visited");
        assertThat(TriangleSearch.NAIVE.skipReason(N_TEST_FAR)).isEmpty();
    }

    @Test
    void namesItsVariants() {
        assertThat(TriangleSearch.NAIVE.variantName()).isEqualTo("naive-primitive");
        assertThat(TriangleSearch.FORWARD.variantName()).isEqualTo("forward");
        assertThat(TriangleSearch.forVariant("forward")).contains(TriangleSearch.FORWARD);
        assertThat(TriangleSearch.forVariant("bitset")).isEmpty();
        for (TriangleSearch search : TriangleSearch.values()) {
            assertThat(Catalogue.TRIANGLES.variant(search.variantName())).isPresent();
        }
    }

    @Test
    void cursorBeforeItsFirstStepAndAfterItsLast() {
        StepCursor cursor = TriangleSearch.NAIVE.cursor(complete(3));
        assertThat(cursor.position()).isEqualTo(-1);
        assertThatThrownBy(cursor::kind).isInstanceOf(IllegalStateException.class)
                .hasMessage("no step yet: call advance() first");
        int steps = 0;
        while (cursor.advance()) {
            steps++;
        }
        assertThat(cursor.kind()).isEqualTo(StepKind.DONE);
        assertThat(cursor.position()).isEqualTo(steps - 1);
        assertThat(cursor.found()).isEqualTo(1);
        assertThat(cursor.advance()).isFalse();
        assertThat(cursor.position()).isEqualTo(steps - 1);
    }

    @Test
    void iteratorEndsAfterDone() {
        Iterator<TriangleStep> it = TriangleSearch.FORWARD.steps(new EdgeList(0, new int[0], new int[0]));
        assertThat(it.hasNext()).isTrue();
        assertThat(it.hasNext()).isTrue();
        assertThat(it.next()).isEqualTo(new Done(0, F_DONE));
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class).hasMessage("the search has finished");
    }

    @Test
    void forEachCountsLikeTheKernel() {
        List<TriangleStep> seen = new ArrayList<>();
        assertThat(TriangleSearch.NAIVE.forEach(complete(5), seen::add)).isEqualTo(10);
        assertThat(seen).isEqualTo(steps(TriangleSearch.NAIVE, complete(5)));
    }
}
