package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The samples in {@code data/} are what the generators make, byte for byte. */
class SampleDataTest {

    private static void assertRegenerates(String file, Graph generated) throws IOException {
        StringWriter expected = new StringWriter();
        EdgeListWriter.write(generated, expected);
        assertThat(Files.readString(Path.of("data", file))).isEqualTo(expected.toString());
    }

    @Test
    void holmeKim500() throws IOException {
        Graph g = Generators.holmeKim(500, 5, 0.8, 1);
        assertRegenerates("holme-kim-500.txt", g);
        LoadedGraph read = EdgeListReader.read(Path.of("data", "holme-kim-500.txt"));
        assertThat(read.graph().nodeCount()).isEqualTo(500);
        assertThat(read.graph().edgeCount()).isEqualTo(2485);
        assertThat(GeneratorsTest.triangles(read.graph())).isEqualTo(2374);
    }

    @Test
    void erdosRenyi200() throws IOException {
        Graph g = Generators.erdosRenyi(200, 0.05, 1);
        assertRegenerates("erdos-renyi-200.txt", g);
        LoadedGraph read = EdgeListReader.read(Path.of("data", "erdos-renyi-200.txt"));
        assertThat(read.graph().nodeCount()).isEqualTo(200);
        assertThat(read.graph().edgeCount()).isEqualTo(1060);
        assertThat(GeneratorsTest.triangles(read.graph())).isEqualTo(202);
    }
}
