package fwf.graphview;

import fwf.graph.FacebookFile;
import fwf.graph.Generators;
import fwf.graph.LayoutCache;
import fwf.workload.TriangleSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Preparing a graph for the view: the size limits, the figures, the errors. Needs the toolkit for Task. */
@ExtendWith(ApplicationExtension.class)
class GraphPreparationTest {
    @TempDir
    Path dir;

    private GraphPrepared prepare(GraphChoice choice, TriangleSearch search, Path facebook) throws Exception {
        GraphPreparation task = new GraphPreparation(choice, search, facebook, new GraphFileCache(),
                new LayoutCache(dir.resolve("layouts")));
        task.run();
        return task.get();
    }

    @Test
    void aThousandNodesAndTenThousandEdgesAreTheMostAnimatedLive() {
        // Holme-Kim with m links: m(m+1)/2 edges in the seed clique, then m per further node.
        assertThat(GraphPreparation.fitsLive(Generators.holmeKim(1_000, 10, 0.5, 1))).isTrue(); // 9,945 edges
        assertThat(GraphPreparation.fitsLive(Generators.holmeKim(1_000, 11, 0.5, 1))).isFalse(); // 10,934 edges
        assertThat(GraphPreparation.fitsLive(Generators.erdosRenyi(1_001, 0, 1))).isFalse();
        assertThat(GraphPreparation.fitsLive(Generators.erdosRenyi(1_000, 0, 1))).isTrue();
    }

    @Test
    void aGeneratedGraphNeedsNoFileAndPlaysLive() throws Exception {
        GraphPrepared prepared = prepare(new GraphChoice.HolmeKim(80, 1), TriangleSearch.FORWARD, null);
        assertThat(prepared.live()).isTrue();
        assertThat(prepared.graph().nodeCount()).isEqualTo(80);
        assertThat(prepared.graph().edgeCount()).isEqualTo(10 + 75 * 4);
        assertThat(prepared.trace().complete()).isTrue();
        assertThat(prepared.index().foundCount()).isEqualTo(prepared.trace().foundCount());
        assertThat(prepared.notes()).isEmpty();
        assertThat(prepared.mapping()).isNull();
    }

    @Test
    void aMissingFileIsExplained() {
        Path missing = dir.resolve("facebook_combined.txt");
        assertThatThrownBy(() -> prepare(new GraphChoice.EgoNetwork(0), TriangleSearch.NAIVE, missing))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .hasMessage("the ego-Facebook file is missing: " + missing.toAbsolutePath().normalize()
                        + "; use Open\u2026 to choose it, or pick a generated graph");
        assertThatThrownBy(() -> prepare(new GraphChoice.WholeFacebook(), TriangleSearch.NAIVE, null))
                .cause()
                .hasMessage("the ego-Facebook file is missing; use Open\u2026 to choose it, or pick a generated graph");
    }

    @Test
    void nodeZerosEgoNetworkPlaysLiveWithTheKnownFigures() throws Exception {
        FacebookFile.load(); // skips (or fails on CI) without the file
        GraphPrepared naive = prepare(new GraphChoice.EgoNetwork(0), TriangleSearch.NAIVE, FacebookFile.PATH);
        assertThat(naive.live()).isTrue();
        assertThat(naive.graph().nodeCount()).isEqualTo(348);
        assertThat(naive.graph().edgeCount()).isEqualTo(2_866);
        assertThat(naive.trace().size()).isEqualTo(103_293);
        assertThat(naive.trace().foundCount()).isEqualTo(13_259);
        // Every edge among node 0's 347 neighbours closes a triangle with node 0.
        assertThat(naive.index().maxNodeTotal()).isEqualTo(2_866 - 347);
        GraphPrepared forward = prepare(new GraphChoice.EgoNetwork(0), TriangleSearch.FORWARD, FacebookFile.PATH);
        assertThat(forward.trace().size()).isEqualTo(42_455);
        assertThat(forward.trace().foundCount()).isEqualTo(13_259);
    }

    @Test
    void allOfEgoFacebookIsAPictureWithEveryTriangle() throws Exception {
        FacebookFile.load();
        GraphPrepared whole = prepare(new GraphChoice.WholeFacebook(), TriangleSearch.FORWARD, FacebookFile.PATH);
        assertThat(whole.live()).isFalse();
        assertThat(whole.picture()).hasValueSatisfying(p -> assertThat(p.getWidth()).isEqualTo(GraphPreparation.PICTURE_SIZE));
        assertThat(whole.trace().foundCount()).isEqualTo(1_612_010);
        assertThat(whole.trace().complete()).isTrue();
        assertThat(whole.notes()).containsExactly(
                "4,039 nodes and 88,234 edges are too many to animate live (at most 1,000 and 10,000): shown as a still picture");
    }
}
