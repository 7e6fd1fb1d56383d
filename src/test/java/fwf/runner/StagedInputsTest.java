package fwf.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every reader gets a regular file: a FIFO is read once, a byte-order mark is left out, a plain file is itself. */
class StagedInputsTest {
    @TempDir
    Path dir;

    @Test
    void aFifoIsReadOnceIntoACopyWithItsNameThatCloseDeletes() throws Exception {
        Path fifo = dir.resolve("edges.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread feeder = Thread.ofPlatform().daemon().start(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write("1 2\n2 3\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Path copy;
        try (StagedInputs staged = new StagedInputs()) {
            copy = staged.regular(fifo);
            feeder.join(5_000);
            assertThat(copy.getFileName()).isEqualTo(fifo.getFileName());
            assertThat(Files.isRegularFile(copy)).isTrue();
            assertThat(Files.readString(copy)).isEqualTo("1 2\n2 3\n");
            // Asked again (no writer any more: opening the FIFO again would block), the same copy.
            assertThat(staged.regular(fifo)).isEqualTo(copy);
        }
        assertThat(copy).doesNotExist();
        assertThat(copy.getParent()).doesNotExist();
    }

    @Test
    void aRegularFileIsItselfUnlessItStartsWithAByteOrderMark() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "1 2\n");
        Path marked = dir.resolve("marked.txt");
        Files.write(marked, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1', ' ', '2', '\n'});
        try (StagedInputs staged = new StagedInputs()) {
            assertThat(staged.regular(plain)).isEqualTo(plain);
            Path copy = staged.regular(marked);
            assertThat(copy).isNotEqualTo(marked).hasFileName("marked.txt");
            assertThat(Files.readString(copy)).isEqualTo("1 2\n");
            assertThat(staged.regular(marked)).isEqualTo(copy); // unchanged: copied once
        }
    }

    @Test
    void whatCannotBeReadIsNamedWithTheReason() throws IOException {
        try (StagedInputs staged = new StagedInputs()) {
            assertThatThrownBy(() -> staged.regular(dir)).hasMessage(dir + ": is a directory");
            assertThatThrownBy(() -> staged.regular(dir.resolve("nope.txt"))).hasMessage(dir.resolve("nope.txt") + ": no such file");
        }
    }
}
