package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;

import fwf.graph.EdgeListReader;
import fwf.graph.Graph;
import fwf.graph.LoadedGraph;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The talk's dict, worked out by hand on a small file: two passes over the edges in file order,
 * first appending b to a's list for every line "a b", then a to b's list; keys in the order
 * they first receive a neighbour. Read through the real reader, which drops the self-loop and
 * the duplicates.
 */
class TalkLoadingOrderTest {
    private static final String FILE = """
            # a triangle 10-20-30, a tail 20-40 and a leaf 50 that only ever stands second
            10 20
            30 10
            20 30
            10 10
            40 20
            20 10
            30 50
            40 20
            """;

    /**
     * Pass 1: 10 gets 20, 30 gets 10, 20 gets 30, 40 gets 20, 30 gets 50. Pass 2: 20 gets 10,
     * 10 gets 30, 30 gets 20, 20 gets 40, 50 gets 30. By label, in key order.
     */
    private static final Map<Integer, List<Integer>> EXPECTED = expected();

    private static LoadedGraph loaded;
    private static Graph graph;

    private static Map<Integer, List<Integer>> expected() {
        Map<Integer, List<Integer>> lists = new LinkedHashMap<>();
        lists.put(10, List.of(20, 30));
        lists.put(30, List.of(10, 50, 20));
        lists.put(20, List.of(30, 10, 40));
        lists.put(40, List.of(20));
        lists.put(50, List.of(30));
        return lists;
    }

    @BeforeAll
    static void read() throws IOException {
        loaded = EdgeListReader.read("hand.txt", new StringReader(FILE));
        graph = loaded.graph();
    }

    @Test
    void theReaderDropsTheSelfLoopAndTheDuplicates() {
        assertThat(loaded.summary().selfLoops()).isEqualTo(1);
        assertThat(loaded.summary().duplicateEdges()).isEqualTo(2);
        assertThat(graph.edgeCount()).isEqualTo(5);
        // Ids by first appearance in the file: not the order the talk's count visits.
        assertThat(graph.labels()).containsExactly(10, 20, 30, 40, 50);
    }

    @Test
    void intArraysHoldTheTalksListsAndKeyOrder() {
        Adjacency.Talk talk = Adjacency.talk(graph.edgeList());
        assertThat(labels(talk.order())).containsExactlyElementsOf(EXPECTED.keySet());
        for (int id = 0; id < graph.nodeCount(); id++) {
            int label = graph.label(id);
            assertThat(labels(talk.neighbours()[id])).as("list of %d", label).isEqualTo(EXPECTED.get(label));
        }
    }

    @Test
    void boxedListsAndSetsHoldTheSameInTheSameOrder() {
        List<Supplier<? extends Collection<Integer>>> collections = List.of(ArrayList::new, LinkedHashSet::new);
        for (Supplier<? extends Collection<Integer>> collection : collections) {
            Map<Integer, ? extends Collection<Integer>> boxed = Adjacency.boxed(graph.edgeList(), collection::get);
            Map<Integer, List<Integer>> byLabel = new LinkedHashMap<>();
            boxed.forEach((id, list) -> byLabel.put(graph.label(id), list.stream().map(graph::label).toList()));
            assertThat(byLabel).containsExactlyEntriesOf(EXPECTED);
        }
    }

    @Test
    void aNodeWithNoEdgeIsNoKey() {
        // Three nodes, one edge 2-0: node 1 has no edge (as in a subgraph), so the dict has no key for it.
        EdgeList graph = new EdgeList(3, new int[] {2}, new int[] {0});
        Adjacency.Talk talk = Adjacency.talk(graph);
        assertThat(talk.order()).containsExactly(2, 0);
        assertThat(talk.neighbours()[1]).isEmpty();
        Map<Integer, List<Integer>> boxed = new LinkedHashMap<>(Adjacency.boxed(graph, ArrayList::new));
        assertThat(boxed).containsExactly(Map.entry(2, List.of(0)), Map.entry(0, List.of(2)));
    }

    private static List<Integer> labels(int[] ids) {
        return Arrays.stream(ids).map(graph::label).boxed().toList();
    }
}
