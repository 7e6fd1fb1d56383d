package fwf.friends;

import fwf.graph.EdgeListReader;
import fwf.graph.FacebookFile;
import fwf.json.Json;
import fwf.workload.Adjacency;
import fwf.workload.Catalogue;
import fwf.workload.EdgeList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The Python friends' driver and kernels called function by function in each friend's own
 * setting: the talk's loading order, exact answers of every fib and triangle variant on small
 * cases, and the draw-mean's numbers against the same stream drawn here in Java.
 */
class PythonKernelsTest {
    private static final Friends FRIENDS = Friends.standard();

    /**
     * Labels 10, 20, 30, 40, 50 become ids 0..4 in order of first appearance. The duplicate
     * (20 10) and the self-loop (50 50) are dropped, so the edges are (0,1), (2,3), (0,2), (3,1).
     * First pass, b onto a's list: 0:[1], 2:[3], 0:[1,2], 3:[1] (keys 0, 2, 3). Second pass, a
     * onto b's list: 1:[0], 3:[1,2], 2:[3,0], 1:[0,3] (key 1 comes last). Node 4 has no edge.
     */
    private static final String HAND = """
            # the talk's loader on a hand-made file
            10 20
            30 40
            10 30
            20 10
            50 50
            40 20
            """;

    /** Small graphs and their triangle counts, worked out by hand. */
    private static final Map<String, Object[]> SMALL = new LinkedHashMap<>();

    static {
        SMALL.put("triangle", new Object[]{"1 2\n2 3\n3 1\n", 1});
        SMALL.put("k4", new Object[]{"# with a duplicate and a self-loop\n1 2\n1 3\n2 1\n1 4\n3 3\n2 3\n2 4\n3 4\n", 4});
        SMALL.put("star", new Object[]{"0 1\n0 2\n0 3\n0 4\n0 5\n", 0});
        SMALL.put("path", new Object[]{"0 1\n1 2\n2 3\n3 4\n", 0});
        // 2 and 3 are visited before 4's turn: the neighbour-already-visited branch.
        SMALL.put("two-sharing-an-edge", new Object[]{"1 2\n2 3\n3 1\n3 4\n4 2\n4 5\n", 2});
        SMALL.put("bowtie", new Object[]{"0 1\n1 2\n2 0\n0 3\n3 4\n4 0\n", 2});
        SMALL.put("k5-minus-an-edge", new Object[]{"0 2\n0 3\n0 4\n1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n", 7});
        SMALL.put("comments-only", new Object[]{"# nothing\n% here\n", 0});
    }

    private static final String DICT = """
            import json, fwf_friend
            nodes, edges = fwf_friend.read_graph(sys.argv[1])
            nodes, edges = fwf_friend.first_nodes(nodes, edges, int(sys.argv[2]))
            lists = fwf_friend.adjacency_lists(edges)
            sets = fwf_friend.adjacency_sets(edges)
            print(json.dumps({"keys": list(lists), "lists": [lists[k] for k in lists],
                              "set_keys": list(sets), "sets": [sorted(sets[k]) for k in sets]}))
            """;

    /** Calls each named variant as the driver would (its load, its prepare hook), untimed. */
    private static final String KERNELS = """
            import json, fwf_friend
            modules = fwf_friend.kernel_modules()
            workload, variants, inputs = sys.argv[1], sys.argv[2].split(","), sys.argv[3:]
            answers = {}
            for variant in variants:
                name = fwf_friend.function_name(workload, variant)
                kernel, hook = fwf_friend.find(modules, name), fwf_friend.find(modules, "prepare_" + name)
                answers[variant] = []
                for given in inputs:
                    if workload == "fib":
                        value = int(given)  # 0 included: the driver's SIZE 0 would mean fib(40)
                    else:
                        value = fwf_friend.load(workload, variant, 0, given)[4]
                    answers[variant].append(kernel(hook(value) if hook else value))
            print(json.dumps(answers))
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cpython", "pypy"})
    void loaderBuildsTheTalksDictOnAHandWrittenFile(String system, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hand.txt"), HAND);
        Map<String, Object> dict = Json.parseObject(snippet(system).run(DICT, file.toString(), "0"));
        assertThat(dict.get("keys")).isEqualTo(List.of(0L, 2L, 3L, 1L));
        assertThat(dict.get("lists")).isEqualTo(List.of(List.of(1L, 2L), List.of(3L, 0L), List.of(1L, 2L),
                List.of(0L, 3L)));
        assertThat(dict.get("set_keys")).isEqualTo(dict.get("keys"));
        assertThat(dict.get("sets")).isEqualTo(List.of(List.of(1L, 2L), List.of(0L, 3L), List.of(1L, 2L),
                List.of(0L, 3L)));
        assertSameAsJava(dict, EdgeListReader.read(file).graph().edgeList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cpython", "pypy"})
    void loaderGivesJavasTalkOrderOnEgoFacebook(String system) throws Exception {
        Path file = FacebookFile.path().toAbsolutePath();
        Map<String, Object> whole = Json.parseObject(snippet(system).run(DICT, file.toString(), "0"));
        assertSameAsJava(whole, FacebookFile.load().edgeList());
        Map<String, Object> first500 = Json.parseObject(snippet(system).run(DICT, file.toString(), "500"));
        assertSameAsJava(first500, FacebookFile.load().firstNodes(500).edgeList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cpython", "pypy", "cython", "mypyc"})
    void everyTriangleVariantCountsTheSmallGraphsExactly(String system, @TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : SMALL.entrySet()) {
            Path file = Files.writeString(dir.resolve(e.getKey() + ".txt"), (String) e.getValue()[0]);
            files.add(file.toString());
            long byHand = ((Integer) e.getValue()[1]).longValue();
            if (!e.getKey().equals("comments-only")) { // the Java reference agrees with the hand
                assertThat(Catalogue.TRIANGLES.reference().apply(EdgeListReader.read(file).graph().edgeList()))
                        .as(e.getKey()).isEqualTo(byHand);
            }
            expected.add(byHand);
        }
        List<String> variants = Systems.find(system).orElseThrow().variantsOf("triangles");
        Map<String, Object> answers = run(system, "triangles", variants, files);
        assertThat(answers.keySet()).containsExactlyElementsOf(variants);
        for (String variant : variants) {
            assertThat(answers.get(variant)).as(system + " " + variant + " on " + SMALL.keySet()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cpython", "pypy", "cython", "mypyc"})
    void everyFibVariantIsExactFromZeroToTwentyFive(String system) throws Exception {
        List<String> variants = Systems.find(system).orElseThrow().variantsOf("fib");
        List<String> ns = IntStream.rangeClosed(0, 25).mapToObj(Integer::toString).toList();
        List<Object> expected = new ArrayList<>();
        long a = 0;
        long b = 1;
        for (int n = 0; n <= 25; n++) {
            expected.add(a);
            long next = a + b;
            a = b;
            b = next;
        }
        Map<String, Object> answers = run(system, "fib", variants, ns);
        for (String variant : variants) {
            assertThat(answers.get(variant)).as(system + " " + variant).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cpython", "pypy"})
    void drawMeanDrawsJavasStreamAndAveragesIt(String system) throws Exception {
        Availability availability = availability(system);
        String problem = availability.variantProblem("mean", "draw-mean");
        if (!problem.isEmpty()) {
            abort(system + " mean/draw-mean cannot run here: " + problem);
        }
        Map<String, Object> python = Json.parseObject(snippet(system).run("""
                import json, numpy, fwf_numpy_kernels as k
                print(json.dumps({"first": k.draw_float32(numpy, 1000, 42).tolist(),
                                  "means": [k.mean_draw_mean((n, 42)) for n in (1, 3, 1000, 1000000)]}))
                """));
        float[] java = DrawMeanReference.floats(1000, DrawMeanReference.SEED);
        List<Object> first = new ArrayList<>();
        for (float f : java) {
            first.add((double) f);
        }
        assertThat(python.get("first")).as("the first 1,000 float32 values, exactly").isEqualTo(first);
        @SuppressWarnings("unchecked")
        List<Object> means = (List<Object>) python.get("means");
        assertThat(means.getFirst()).as("the mean of one value is that value").isEqualTo((double) java[0]);
        int[] counts = {1, 3, 1000, 1_000_000};
        for (int i = 0; i < counts.length; i++) {
            double expected = DrawMeanReference.mean(counts[i], DrawMeanReference.SEED);
            double actual = ((Number) means.get(i)).doubleValue();
            assertThat(Math.abs(actual - expected) / expected).as(counts[i] + " values: " + actual + " vs " + expected)
                    .isLessThanOrEqualTo(1e-6);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> run(String system, String workload, List<String> variants, List<String> inputs)
            throws Exception {
        List<String> args = new ArrayList<>(List.of(workload, String.join(",", variants)));
        args.addAll(inputs);
        return Json.parseObject(snippet(system).run(KERNELS, args.toArray(String[]::new)));
    }

    private static PythonSnippet snippet(String system) throws FriendUnavailableException {
        availability(system);
        return PythonSnippet.of(FRIENDS, system);
    }

    private static Availability availability(String system) {
        Availability availability = FRIENDS.availability(system);
        if (!availability.available()) {
            throw FriendRequirement.missing(system, availability.reason());
        }
        return availability;
    }

    /** The Python dict (keys, lists and sets) is the one {@link Adjacency#talk} builds. */
    private static void assertSameAsJava(Map<String, Object> dict, EdgeList edges) throws IOException {
        Adjacency.Talk talk = Adjacency.talk(edges);
        List<Object> keys = new ArrayList<>();
        List<Object> lists = new ArrayList<>();
        List<Object> sets = new ArrayList<>();
        for (int node : talk.order()) {
            keys.add((long) node);
            int[] neighbours = talk.neighbours()[node];
            lists.add(IntStream.of(neighbours).mapToObj(v -> (Object) (long) v).toList());
            sets.add(IntStream.of(neighbours).sorted().mapToObj(v -> (Object) (long) v).toList());
        }
        assertThat(dict.get("keys")).as("the dict's keys").isEqualTo(keys);
        assertThat(dict.get("lists")).as("the neighbour lists").isEqualTo(lists);
        assertThat(dict.get("set_keys")).as("the sets' keys").isEqualTo(keys);
        assertThat(dict.get("sets")).as("the neighbour sets").isEqualTo(sets);
    }
}
