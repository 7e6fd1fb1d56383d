package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListWriterTest {

    @Test
    void writesAHeaderNamingTheGraphThenLabelPairs() throws IOException {
        Graph g = EdgeListReader.read("tiny.txt", new StringReader("7 3\n3 9\n9 7\n")).graph();
        StringWriter out = new StringWriter();
        EdgeListWriter.write(g, out);
        assertThat(out.toString()).isEqualTo("""
                # tiny.txt
                # Undirected graph, each edge once, in original order
                # Nodes: 3 Edges: 3
                # FromNodeId ToNodeId
                7 3
                3 9
                9 7
                """);
    }

    @Test
    void generatedGraphsRoundTripWithTheSameIdsLabelsAndOrder(@TempDir Path dir) throws IOException {
        for (Graph g : new Graph[] {Generators.holmeKim(300, 4, 0.7, 2),
                                    Generators.erdosRenyi(150, 0.08, 4)}) {
            Path file = dir.resolve("g.txt");
            EdgeListWriter.write(g, file);
            LoadedGraph back = EdgeListReader.read(file);
            assertThat(back.summary().commentLines()).isEqualTo(4);
            assertThat(back.summary().duplicateEdges()).isZero();
            assertThat(back.graph().labels()).isEqualTo(g.labels());
            assertThat(back.graph().edgeList().from()).isEqualTo(g.edgeList().from());
            assertThat(back.graph().edgeList().to()).isEqualTo(g.edgeList().to());
        }
    }

    @Test
    void nodesWithoutEdgesAreCountedInTheHeader() throws IOException {
        Graph g = Generators.erdosRenyi(5, 0, 1);
        StringWriter out = new StringWriter();
        EdgeListWriter.write(g, out);
        assertThat(out.toString()).isEqualTo("""
                # erdos-renyi(n=5,p=0,seed=1)
                # Undirected graph, each edge once, in original order
                # Nodes: 5 Edges: 0 (5 nodes without edges are not listed)
                # FromNodeId ToNodeId
                """);
    }
}
