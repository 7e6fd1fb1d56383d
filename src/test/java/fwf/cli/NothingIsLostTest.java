package fwf.cli;

import fwf.json.Json;
import fwf.results.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static fwf.cli.CliTest.fwf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13's file classes on the command line: inputs that are not regular files, byte-order
 * marks, files that cannot be read, journals that cannot be written, exports onto the journal.
 */
class NothingIsLostTest {
    /** K4 and a pendant edge: 4 triangles. */
    private static final String K4 = "# K4\n1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n4 5\n";

    @TempDir
    Path dir;

    private CliTest.Result measure(Path journal, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--results", journal.toString(), "--warmup", "1", "--iterations", "2"));
        return fwf(all.toArray(String[]::new));
    }

    private static void mkfifo(Path fifo) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void aFifoIsReadOnceAndEveryForkGetsItsCopy() throws Exception {
        Path fifo = dir.resolve("k4.fifo");
        mkfifo(fifo);
        AtomicInteger opened = new AtomicInteger();
        // The writer serves one reader; a second open by anyone would block for good (no writer),
        // which is how the run used to hang.
        Thread feeder = Thread.ofPlatform().daemon().start(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                opened.incrementAndGet();
                out.write(K4.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Path journal = dir.resolve("results.jsonl");
        CliTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> measure(journal, "run", "triangles",
                "--graph", fifo.toString(), "--variant", "forward", "--forks", "2", "--format", "json"));
        feeder.join(1_000);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Json.parseObject(r.out().strip())).containsEntry("answer", "4").containsEntry("verified", true)
                .containsEntry("size", 5L);
        assertThat(opened).hasValue(1);
        // The journal names the input as asked; the copy is gone with the run.
        assertThat(Files.readString(journal)).contains(fifo.toString());
        assertThat(leftoverCopies()).isEmpty();
    }

    private static List<Path> leftoverCopies() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("fwf-input-"))
                    .filter(p -> Files.exists(p.resolve("k4.fifo")) || Files.exists(p.resolve("bom.txt"))).toList();
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path file = dir.resolve("bom.txt");
        byte[] text = K4.getBytes(StandardCharsets.US_ASCII);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(file, withMark);
        CliTest.Result r = measure(dir.resolve("results.jsonl"), "run", "triangles", "--graph", file.toString(),
                "--variant", "forward", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Json.parseObject(r.out().strip())).containsEntry("answer", "4").containsEntry("verified", true);
        assertThat(leftoverCopies()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithTheReason() throws IOException {
        Path journal = dir.resolve("results.jsonl");
        Path missing = dir.resolve("nope.txt");
        CliTest.Result r = measure(journal, "run", "triangles", "--graph", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: " + missing + ": no such file" + System.lineSeparator());
        Path folder = Files.createDirectory(dir.resolve("graphs"));
        r = measure(journal, "run", "triangles", "--graph", folder.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: " + folder + ": is a directory" + System.lineSeparator());
    }

    @Test
    void anUnreadableFileIsNamedWithTheReason() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")),
                "root reads a file of mode 000 all the same, so there is no permission to deny");
        Path locked = Files.writeString(dir.resolve("locked.txt"), K4);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        CliTest.Result r = measure(dir.resolve("results.jsonl"), "run", "triangles", "--graph", locked.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("fwf: " + locked + ": permission denied" + System.lineSeparator());
    }

    @Test
    void aJournalThatIsAFolderIsRefusedBeforeAnythingRuns() throws IOException {
        Path journal = Files.createDirectory(dir.resolve("results.jsonl"));
        CliTest.Result r = measure(journal, "run", "fib", "--size", "10");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("fwf: results cannot be saved: " + journal + ": is a directory"
                + System.lineSeparator());
    }

    @Test
    void anImmutableJournalIsRefused() throws Exception {
        Path journal = Files.writeString(dir.resolve("results.jsonl"), "");
        Process chattr = new ProcessBuilder("chattr", "+i", journal.toString()).redirectErrorStream(true).start();
        String why = new String(chattr.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(chattr.waitFor() == 0, "chattr +i is not allowed here: " + why);
        try {
            CliTest.Result r = measure(journal, "run", "fib", "--size", "10");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("fwf: results cannot be saved: " + journal + ": operation not permitted"
                    + System.lineSeparator());
        } finally {
            new ProcessBuilder("chattr", "-i", journal.toString()).start().waitFor();
        }
    }

    @Test
    void aResultTheJournalCannotTakeIsPrintedThenFails() {
        Path full = Path.of("/dev/full"); // accepts an open for writing, refuses every byte: ENOSPC
        assumeTrue(Files.isWritable(full), "needs /dev/full");
        CliTest.Result r = measure(full, "run", "fib", "--size", "10");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("fib(10) primitive on jvm-c2: ");
        assertThat(r.err()).endsWith("fwf: the result was not saved: /dev/full: no space left on device"
                + System.lineSeparator());
    }

    @Test
    void noExportWritesOverTheJournalItReads() throws IOException {
        Path journal = dir.resolve("results.jsonl");
        assertThat(measure(journal, "run", "fib", "--size", "10").exit()).isZero();
        byte[] before = Files.readAllBytes(journal);
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), journal);
        Path otherSpelling = dir.resolve("sub").resolve("..").resolve("results.jsonl");
        Files.createDirectory(dir.resolve("sub"));
        for (Path out : List.of(journal, link, otherSpelling)) {
            CliTest.Result r = fwf("results", "export", "--format", "md", "--out", out.toString(), "--results",
                    journal.toString());
            assertThat(r.exit()).as(out.toString()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("fwf: --out " + out + " is the results journal " + journal
                    + ": choose another file (nothing writes over the journal)" + System.lineSeparator());
            r = fwf("chart", "--out", out.toString(), "--results", journal.toString());
            assertThat(r.exit()).as(out.toString()).isEqualTo(2);
        }
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Journal.open(journal).load().records()).hasSize(1);
    }
}
