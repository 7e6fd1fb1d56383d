package fwf.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window's generated graphs: exact sizes, names, and the one writer of the cache's files. */
class GeneratedGraphTest {
    @TempDir
    Path dir;

    @Test
    void thePresetsAndTheirExactSizes() {
        assertThat(GeneratedGraph.PRESETS).extracting(GeneratedGraph::nodes, GeneratedGraph::edges)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4_000, 87_747L),
                        org.assertj.core.groups.Tuple.tuple(10_000, 99_945L),
                        org.assertj.core.groups.Tuple.tuple(100_000, 999_945L),
                        org.assertj.core.groups.Tuple.tuple(1_000_000, 9_999_945L));
        assertThat(GeneratedGraph.PRESETS).extracting(GeneratedGraph::label).containsExactly(
                "Facebook-like: 4,000 nodes, 87,747 edges",
                "10,000 nodes, 99,945 edges",
                "100,000 nodes, 999,945 edges",
                "1,000,000 nodes, 9,999,945 edges");
        assertThat(GeneratedGraph.FACEBOOK_LIKE.counts()).isEqualTo("4,000 nodes, 87,747 edges");
        assertThat(GeneratedGraph.PRESETS).extracting(GeneratedGraph::fileName).containsExactly(
                "holme-kim-n4000-m22-pt0.9-seed1.txt",
                "holme-kim-n10000-m10-pt0.9-seed1.txt",
                "holme-kim-n100000-m10-pt0.9-seed1.txt",
                "holme-kim-n1000000-m10-pt0.9-seed1.txt");
        assertThat(GeneratedGraph.PRESETS).filteredOn(GeneratedGraph::facebookLike)
                .containsExactly(GeneratedGraph.FACEBOOK_LIKE);
        for (GeneratedGraph g : GeneratedGraph.PRESETS) {
            assertThat(GeneratedGraph.preset(g.key())).contains(g);
        }
        assertThat(GeneratedGraph.preset("holme-kim-n5-m1-pt0.9-seed1")).isEmpty();
        assertThat(GeneratedGraph.folderIn(dir)).isEqualTo(dir.resolve("graphs"));
    }

    @Test
    void theFacebookLikePresetIsExactlyWhatARunWithoutAFileGenerates() {
        Graph preset = GeneratedGraph.FACEBOOK_LIKE.generate(GeneratedGraph.Progress.NONE);
        Graph runs = Generators.facebookLike(1);
        assertThat(preset.name()).isEqualTo(runs.name()).isEqualTo("holme-kim(n=4000,m=22,pt=0.9,seed=1)");
        assertThat(preset.edgeList().from()).isEqualTo(runs.edgeList().from());
        assertThat(preset.edgeList().to()).isEqualTo(runs.edgeList().to());
        assertThat((long) preset.edgeCount()).isEqualTo(GeneratedGraph.FACEBOOK_LIKE.edges());
    }

    @Test
    void theEdgeCountIsTheGeneratorsForAnyParameters() {
        for (GeneratedGraph g : List.of(new GeneratedGraph(2, 1, 0, 3), new GeneratedGraph(57, 5, 0.3, 9),
                new GeneratedGraph(1_000, 10, 0.9, 1), new GeneratedGraph(12, 11, 1, 2))) {
            assertThat((long) g.generate(GeneratedGraph.Progress.NONE).edgeCount()).as(g.key()).isEqualTo(g.edges());
        }
        assertThatThrownBy(() -> new GeneratedGraph(10, 10, 0.9, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nodes must be >= edgesPerNode + 1 (the seed clique): nodes=10, edgesPerNode=10");
        assertThatThrownBy(() -> new GeneratedGraph(10, 0, 0.9, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edgesPerNode must be >= 1: 0");
        assertThatThrownBy(() -> new GeneratedGraph(10, 2, 1.5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("triadProbability must be in [0, 1]: 1.5");
    }

    private record Step(GeneratedGraph.Phase phase, long done, long total) {
    }

    @Test
    void tenThousandNodesAreWrittenOnceWithProgressAndReadBackExactly() throws IOException {
        GeneratedGraph g = GeneratedGraph.PRESETS.get(1);
        List<Step> steps = new ArrayList<>();
        Path folder = dir.resolve("cache").resolve("graphs");
        Path file = g.writeInto(folder, (phase, done, total) -> steps.add(new Step(phase, done, total)), () -> false);

        assertThat(file).isEqualTo(folder.resolve("holme-kim-n10000-m10-pt0.9-seed1.txt"));
        // 10,000 nodes is less than one generator step; the writer reports every 65,536 edges and at the end.
        assertThat(steps).containsExactly(
                new Step(GeneratedGraph.Phase.GENERATING, 10_000, 10_000),
                new Step(GeneratedGraph.Phase.WRITING, 65_536, 99_945),
                new Step(GeneratedGraph.Phase.WRITING, 99_945, 99_945));
        LoadedGraph back = EdgeListReader.read(file);
        assertThat(back.graph().nodeCount()).isEqualTo(10_000);
        assertThat(back.graph().edgeCount()).isEqualTo(99_945);
        assertThat(Files.readAllLines(file).subList(0, 3)).containsExactly(
                "# holme-kim(n=10000,m=10,pt=0.9,seed=1)",
                "# Undirected graph, each edge once, in original order",
                "# Nodes: 10000 Edges: 99945");
        assertThat(files(folder)).containsExactly(file);

        // Written once: a second call finds it and neither generates nor reports.
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        var modified = Files.getLastModifiedTime(file);
        steps.clear();
        assertThat(g.writeInto(folder, (phase, done, total) -> steps.add(new Step(phase, done, total)), () -> true))
                .isEqualTo(file);
        assertThat(steps).isEmpty();
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(key);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(g.isWrittenIn(folder)).isTrue();
    }

    @Test
    void cancellingStopsTheWorkAndLeavesNothingBehind() throws IOException {
        GeneratedGraph g = GeneratedGraph.PRESETS.get(1);
        Path folder = dir.resolve("graphs");
        List<Step> steps = new ArrayList<>();
        // Cancelled once generated: the writing stops at its first step, and its temporary file goes.
        assertThatThrownBy(() -> g.writeInto(folder, (phase, done, total) -> steps.add(new Step(phase, done, total)),
                () -> !steps.isEmpty())).isInstanceOf(CancellationException.class);
        assertThat(steps).containsExactly(new Step(GeneratedGraph.Phase.GENERATING, 10_000, 10_000));
        assertThat(files(folder)).isEmpty();
        assertThat(g.isWrittenIn(folder)).isFalse();

        // Cancelled before it starts: nothing at all.
        steps.clear();
        assertThatThrownBy(() -> g.writeInto(dir.resolve("other"), (phase, done, total) -> steps.add(
                new Step(phase, done, total)), () -> true)).isInstanceOf(CancellationException.class);
        assertThat(steps).isEmpty();
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeMadeFailsWithTheReason() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("graphs"), "not a folder");
        assertThatThrownBy(() -> GeneratedGraph.PRESETS.get(1).writeInto(inTheWay))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessage(inTheWay.toString());
        assertThat(Files.readString(inTheWay)).isEqualTo("not a folder");
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
