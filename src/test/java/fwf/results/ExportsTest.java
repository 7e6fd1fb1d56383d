package fwf.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExportsTest {
    @TempDir
    Path dir;

    private Stream<Path> filesIn(Path folder) throws IOException {
        return Files.list(folder).map(Path::getFileName);
    }

    @Test
    void writesTheTextAndLeavesNoTemporaryFileBehind() throws IOException {
        Path out = dir.resolve("recap.md");
        Exports.write(out, "| a |\n");
        assertThat(Files.readString(out)).isEqualTo("| a |\n");
        assertThat(filesIn(dir)).containsExactly(Path.of("recap.md"));
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path out = dir.resolve("results.csv");
        Files.writeString(out, "an older and much longer export that must not leave a tail behind\n");
        Exports.write(out, "id\r\n");
        assertThat(Files.readString(out)).isEqualTo("id\r\n");
        assertThat(filesIn(dir)).containsExactly(Path.of("results.csv"));
    }

    @Test
    void createsMissingFoldersAndWritesUtf8() throws IOException {
        Path out = dir.resolve("talk/slides/recap.md");
        Exports.write(out, "42.1× faster, naïve\n");
        assertThat(Files.readString(out)).isEqualTo("42.1× faster, naïve\n");
        assertThat(filesIn(out.getParent())).containsExactly(Path.of("recap.md"));
    }

    @Test
    void aNewExportHonoursTheUmaskAndAReplacedOneKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path fresh = dir.resolve("fresh.json");
        Exports.write(fresh, "[]\n");
        // As any program saving a new file: 0666 less this process's umask (rw-r--r-- under 022).
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));

        Path kept = dir.resolve("kept.json");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        Exports.write(kept, "[]\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
    }
}
