package fwf.cli;

import fwf.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    /** What one command printed and returned. */
    record Result(int exit, String out, String err) {
    }

    static Result fwf(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void noArgumentsPrintsTheHelp() {
        Result r = fwf();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: fwf").contains("list").contains("run");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("list", "run")) {
            Result r = fwf(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: fwf " + command);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void listAsJsonNamesEveryWorkloadAndVariant() {
        Result r = fwf("list", "--format", "json");
        assertThat(r.exit()).isZero();
        List<Map<String, Object>> workloads = (List<Map<String, Object>>) Json.parseObject(r.out().strip()).get("workloads");
        assertThat(workloads).extracting(w -> w.get("name")).containsExactly("fib", "triangles", "mean");
        List<Map<String, Object>> fib = (List<Map<String, Object>>) workloads.getFirst().get("variants");
        assertThat(fib).extracting(v -> v.get("name")).containsExactly("primitive", "boxed", "dynamic", "memo", "iterative");
        assertThat(fib).allSatisfy(v -> assertThat((String) v.get("lesson")).isNotBlank());
    }

    @Test
    void listAsTextMarksTheDefault() {
        Result r = fwf("list");
        assertThat(r.out()).contains("fib (size: n)").containsPattern("\\* primitive +\\S")
                .contains("triangles").contains("naive-boxed").contains("mean").contains("vector");
    }

    @Test
    void runFibAsJson() {
        Result r = fwf("run", "fib", "--size", "20", "--variant", "boxed", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        Map<String, Object> o = Json.parseObject(r.out().strip());
        assertThat(o).containsEntry("workload", "fib").containsEntry("variant", "boxed").containsEntry("size", 20L)
                .containsEntry("answer", "6765").containsEntry("verified", true);
        assertThat((Long) o.get("load_ns")).isNotNegative();
        assertThat((Long) o.get("compute_ns")).isPositive();
    }

    @Test
    void runAsText() {
        Result r = fwf("run", "fib", "--size", "25");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("fib(25) primitive: answer 75025 verified; load ");
    }

    @Test
    void runTrianglesOnAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("k4.txt");
        Files.writeString(file, "# K4\n1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n");
        for (String variant : List.of("naive-primitive", "naive-boxed", "hashset", "forward", "bitset", "parallel")) {
            Result r = fwf("run", "triangles", "--graph", file.toString(), "--variant", variant, "--format", "json");
            assertThat(r.exit()).as(variant + r.err()).isZero();
            assertThat(Json.parseObject(r.out().strip())).as(variant).containsEntry("answer", "4").containsEntry("verified", true);
        }
    }

    @Test
    void unknownNamesAreBadInput() {
        Result r = fwf("run", "fibonacci");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: unknown workload 'fibonacci': choose one of fib, triangles, mean" + System.lineSeparator());
        r = fwf("run", "fib", "--variant", "fast");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("fwf: unknown variant 'fast' of fib: choose one of primitive, boxed, dynamic, memo, iterative");
    }

    @Test
    void badSizesAreRefusedWithAMessage() {
        Result r = fwf("run", "fib", "--size", "-3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("fwf: --size must be >= 0 (0 means the default), got -3");
        r = fwf("run", "fib", "--size", "93");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("fwf: fib(93) does not fit in a long");
        r = fwf("run", "fib", "--size", "ten");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'ten' is not an int");
    }

    @Test
    void aMissingOrBrokenGraphFileIsBadInput(@TempDir Path dir) throws IOException {
        Result r = fwf("run", "triangles", "--graph", dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: no such file: " + dir.resolve("nope.txt") + System.lineSeparator());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "1 2\n3 x\n");
        r = fwf("run", "triangles", "--graph", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: bad.txt:2: not an integer node id \"x\": \"3 x\"" + System.lineSeparator());
    }
}
