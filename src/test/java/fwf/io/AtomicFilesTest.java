package fwf.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files written atomically get the permissions any program saving them would give. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewFileGetsTheUmasksPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain")); // 0666 less the umask
        Path written = dir.resolve("chart.svg");
        AtomicFiles.write(written, tmp -> Files.writeString(tmp, "<svg/>"));
        assertThat(mode(written)).isEqualTo(mode(plain));

        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(written, "<svg></svg>".getBytes());
        assertThat(mode(written)).isEqualTo("rw-rw----");
        assertThat(Files.readString(written)).isEqualTo("<svg></svg>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain", "chart.svg");
        }
    }
}
