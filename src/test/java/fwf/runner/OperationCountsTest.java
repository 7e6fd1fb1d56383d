package fwf.runner;

import fwf.run.Plan;
import fwf.run.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's count of a run's operations, and its cache. */
class OperationCountsTest {
    @TempDir
    Path dir;

    private Path k4() throws IOException {
        Path file = dir.resolve("k4.txt");
        Files.writeString(file, "0 1\n0 2\n0 3\n1 2\n1 3\n2 3\n");
        return file;
    }

    private static RunRequest request(String workload, String variant, String system, int size, Path graph) {
        return RunRequest.ofNames(workload, variant, system, size, graph, new Plan(1, 1, 1), List.of(), null);
    }

    @Test
    void everySystemsVariantOfOneAlgorithmHasItsCount() throws IOException {
        OperationCounts counts = new OperationCounts(dir.resolve("cache.txt"));
        Path g = k4();
        assertThat(counts.count(request("triangles", "naive-primitive", "jvm-c2", 4, g))).contains(59L);
        assertThat(counts.count(request("triangles", "naive", "cpython", 4, g))).contains(59L);
        assertThat(counts.count(request("triangles", "typed", "cython", 4, g))).contains(59L);
        assertThat(counts.count(request("triangles", "forward", "c", 4, g))).contains(4L);
        assertThat(counts.count(request("fib", "recursive", "pypy", 40, null))).contains(331_160_281L);
        assertThat(counts.count(request("mean", "loop", "jvm-int", 1000, null))).contains(1000L);
    }

    @Test
    void variantsWithoutAFixedCountHaveNone() throws IOException {
        OperationCounts counts = new OperationCounts(dir.resolve("cache.txt"));
        Path g = k4();
        assertThat(counts.count(request("triangles", "naive-hashmap", "pyo3", 4, g))).isEmpty();
        assertThat(counts.count(request("triangles", "hashset", "cpython", 4, g))).isEmpty();
        assertThat(counts.count(request("triangles", "hashset", "jvm-c2", 4, g))).contains(54L);
        // a count that would pass a long is no count, and no failure
        assertThat(counts.count(request("fib", "dynamic", "jvm-c2", 100, null))).isEmpty();
        // a graph that is not a regular file (a FIFO, a folder) is never read a second time
        assertThat(counts.count(request("triangles", "naive", "c", 4, dir))).isEmpty();
    }

    /** The file keeps the count: a second cache (another process) reads it instead of replaying. */
    @Test
    void aCacheHitGivesTheStoredCount() throws IOException {
        Path file = dir.resolve("cache.txt");
        Path g = k4();
        assertThat(new OperationCounts(file).count(request("triangles", "naive", "c", 4, g))).contains(59L);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).matches("[0-9a-f]{64} 59");
        assertThat(new OperationCounts(file).count(request("triangles", "naive-boxed", "jvm-c1", 4, g))).contains(59L);
        // Proof that it came from the file: a doctored count comes back as it is.
        Files.writeString(file, lines.getFirst().replace(" 59", " 60") + "\n");
        assertThat(new OperationCounts(file).count(request("triangles", "naive", "rust", 4, g))).contains(60L);
        // Another file, or the same file edited, is another key.
        Files.writeString(g, "0 1\n1 2\n0 2\n"); // the triangle of OperationsTest: 17
        assertThat(new OperationCounts(file).count(request("triangles", "naive", "rust", 3, g))).contains(17L);
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    /** fib and mean are counted in microseconds and kept in memory only. */
    @Test
    void cheapCountsStayOutOfTheFile() {
        Path file = dir.resolve("cache.txt");
        OperationCounts counts = new OperationCounts(file);
        assertThat(counts.count(request("fib", "looped", "jvm-c2", 40, null))).contains(165_580_141L);
        assertThat(file).doesNotExist();
    }
}
