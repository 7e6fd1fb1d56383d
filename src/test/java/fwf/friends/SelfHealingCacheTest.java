package fwf.friends;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged product in the build cache is rebuilt when it is next asked for, in this process
 * and in the next: the C friend (quick to build with gcc) and its library for ffm-c.
 */
class SelfHealingCacheTest {
    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    private static Friends friends(Path cache) {
        return new Friends(System.getenv(), cache);
    }

    private static Path cEntry(Friends friends) throws FriendUnavailableException {
        Availability c = friends.availability("c");
        if (!c.available()) {
            throw FriendRequirement.missing("c", c.reason());
        }
        return friends.ffmLibrary("ffm-c").getParent();
    }

    /** fib(20) on the C friend, run from the cache: the program must really work. */
    private static void cRuns(Friends friends) throws Exception {
        FriendRun run = FriendRun.of(friends.command("c", "fib", "recursive", 20, null, 1, 1));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.measured()).extracting(i -> i.answer()).containsExactly("6765");
    }

    @Test
    void anEmptiedProgramIsRebuiltForTheNextProcess(@TempDir Path cache) throws Exception {
        Path entry = cEntry(friends(cache));
        truncate(entry.resolve(CBuild.PROGRAM), 0); // "c does not run: " with no reason, until the folder was deleted
        Friends next = friends(cache);
        Availability c = next.availability("c");
        assertThat(c.reason()).isEmpty();
        assertThat(c.available()).isTrue();
        assertThat(next.availability("ffm-c").available()).isTrue();
        assertThat(BuildCache.damage(entry)).isEmpty();
        cRuns(next);
    }

    @Test
    void aTruncatedLibraryIsRebuiltBeforeTheSameProcessUsesItAgain(@TempDir Path cache) throws Exception {
        Friends friends = friends(cache);
        Path library = friends.ffmLibrary("ffm-c");
        long size = Files.size(library);
        truncate(library, size / 2); // mapped by an FFM worker, this was a SIGBUS
        assertThat(friends.ffmLibrary("ffm-c")).isEqualTo(library);
        assertThat(Files.size(library)).isEqualTo(size);
        assertThat(BuildCache.damage(library.getParent())).isEmpty();
        truncate(library.resolveSibling(CBuild.PROGRAM), 10);
        cRuns(friends);
    }
}
