package fwf.worker;

import fwf.run.HarnessFlags;
import fwf.run.JitEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JIT log file as the worker reads it: the JVM plays its part through a stream opened first, as it does. */
class JitLogTest {
    private static final String START = "[1000ns][11][jit,compilation      ]  384       4       fwf.workload.Fib::primitive (24 bytes)\n";
    private static final String INSTALL = "[1500ns][11][nmethod,install      ] Installing method (4) fwf.workload.Fib.primitive(J)J \n";

    private static void write(FileOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void theXlogOptionQuotesTheFileAndTurnsRotationOff() {
        assertThat(HarnessFlags.jitLogOption(Path.of("/tmp/fwf-jit-1/jit.log"))).isEqualTo(
                "-Xlog:jit+compilation=info,nmethod+install=info,deoptimization=debug:file=\"/tmp/fwf-jit-1/jit.log\":tn,ti,tg:filecount=0");
        assertThat(HarnessFlags.jitLogOption(Path.of("/tmp/a:b,c=d/jit.log")))
                .contains(":file=\"/tmp/a:b,c=d/jit.log\":");
    }

    @Test
    void aNameXlogCannotTakeIsRefused() {
        assertThatThrownBy(() -> HarnessFlags.jitLogOption(Path.of("/tmp/100%p/jit.log")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Xlog cannot write to a file whose name holds '\"' or '%': /tmp/100%p/jit.log");
        assertThatThrownBy(() -> HarnessFlags.jitLogOption(Path.of("/tmp/say\"hi\"/jit.log")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Xlog cannot write to a file whose name holds '\"' or '%': /tmp/say\"hi\"/jit.log");
    }

    @Test
    void aPartialLastLineIsReadOnlyOnceComplete(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(HarnessFlags.JIT_LOG_FOLDER_PREFIX + "42"));
        Path file = folder.resolve("jit.log");
        try (FileOutputStream jvm = new FileOutputStream(file.toFile())) {
            write(jvm, START + INSTALL.substring(0, 40));
            try (JitLog log = JitLog.open(file, "fwf.workload")) {
                assertThat(log.drain(0)).isEmpty();
                write(jvm, INSTALL.substring(40, INSTALL.length() - 1));
                assertThat(log.drain(0)).as("no line end yet").isEmpty();
                write(jvm, "\n");
                assertThat(log.drain(1200)).containsExactly(new JitEvent("compile", "fwf.workload.Fib::primitive", 4, -200, 500));
                assertThat(log.drain(1200)).isEmpty();
            }
        }
    }

    @Test
    void openingDeletesTheFileAndTheLaunchersFolderButKeepsReadingIt(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(HarnessFlags.JIT_LOG_FOLDER_PREFIX + "7"));
        Path file = folder.resolve("jit.log");
        try (FileOutputStream jvm = new FileOutputStream(file.toFile())) {
            try (JitLog log = JitLog.open(file, "fwf.workload")) {
                assertThat(file).doesNotExist();
                assertThat(folder).doesNotExist();
                write(jvm, START + INSTALL);
                assertThat(log.drain(1000)).containsExactly(new JitEvent("compile", "fwf.workload.Fib::primitive", 4, 0, 500));
            }
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFolderTheLauncherDidNotMakeIsKept(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("mine"));
        Path file = Files.writeString(folder.resolve("jit.log"), START);
        try (JitLog log = JitLog.open(file, "fwf.workload")) {
            assertThat(log.drain(0)).isEmpty();
        }
        assertThat(file).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aMissingFileCannotBeOpened(@TempDir Path dir) {
        assertThatThrownBy(() -> JitLog.open(dir.resolve("none.log"), "fwf.workload"))
                .isInstanceOf(NoSuchFileException.class).hasMessage(dir.resolve("none.log").toString());
    }
}
