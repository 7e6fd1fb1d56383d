package fwf.run;

import fwf.graph.FacebookFile;
import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each size on the axis its growth is fitted against, shared by the sweep and the Growth tab. */
class GrowthScaleTest {
    @TempDir
    Path dir;

    @Test
    void aTriangleSizeIsTheEdgesAmongItsFirstNodes() throws IOException {
        // Nodes in file order 0, 1, 2, 3, 4: the first three hold the triangle, the fourth adds 2-3.
        Path file = Files.writeString(dir.resolve("small.txt"), "0 1\n1 2\n0 2\n2 3\n3 4\n");
        GrowthScale scale = GrowthScale.of(Catalogue.TRIANGLES, file);
        assertThat(scale.unit()).isEqualTo("edges");
        assertThat(scale.size(3)).isEqualTo(3.0);
        assertThat(scale.size(4)).isEqualTo(4.0);
        assertThat(scale.size(5)).isEqualTo(5.0);
        assertThat(scale.size(0)).as("0 is the whole graph").isEqualTo(5.0);
        assertThat(scale.size(9)).as("past the graph's nodes the size stays (such a run failed)").isEqualTo(9.0);
    }

    @Test
    void theGeneratedGraphAndEgoFacebookCountTheirWholeEdges() {
        GrowthScale generated = GrowthScale.of(Catalogue.TRIANGLES, null);
        assertThat(generated.unit()).isEqualTo("edges");
        assertThat(generated.size(0)).isEqualTo(87_747.0);
        assertThat(generated.size(4_000)).isEqualTo(87_747.0);

        GrowthScale facebook = GrowthScale.of(Catalogue.TRIANGLES, FacebookFile.path());
        assertThat(facebook.size(0)).isEqualTo(88_234.0);
        assertThat(facebook.size(4_039)).isEqualTo(88_234.0);
    }

    @Test
    void aGraphThatCannotBeReadHereLeavesTheSizesInNodes() {
        GrowthScale scale = GrowthScale.of(Catalogue.TRIANGLES, dir.resolve("missing.txt"));
        assertThat(scale.unit()).isEqualTo("nodes");
        assertThat(scale.size(300)).isEqualTo(300.0);
    }

    @Test
    void otherWorkloadsKeepTheirSizeAndTheirDefaultForZero() {
        GrowthScale fib = GrowthScale.of(Catalogue.FIB, null);
        assertThat(fib.unit()).isEqualTo("n");
        assertThat(fib.size(30)).isEqualTo(30.0);
        assertThat(fib.size(0)).isEqualTo(40.0);
        GrowthScale mean = GrowthScale.of(Catalogue.MEAN, null);
        assertThat(mean.unit()).isEqualTo("elements");
        assertThat(mean.size(1_000)).isEqualTo(1_000.0);
    }
}
