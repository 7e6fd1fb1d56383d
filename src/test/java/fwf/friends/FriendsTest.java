package fwf.friends;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public API's checks and reasons, on this machine and on one with nothing on PATH. None of
 * these build anything: argument checks come before discovery, and an empty PATH finds no tool.
 */
class FriendsTest {
    private static final Friends FRIENDS = Friends.standard();

    @Test
    void refusesAnUnknownSystem() {
        assertThatThrownBy(() -> FRIENDS.command("cobol", "fib", "recursive", 25, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown system 'cobol' (known: " + String.join(", ", Systems.names()) + ")");
        assertThatThrownBy(() -> FRIENDS.availability("cobol")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jvmAndFfmSystemsAreNotFriendPrograms() {
        assertThatThrownBy(() -> FRIENDS.command("jvm-c2", "fib", "primitive", 25, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jvm-c2 is not a friend program: it runs in a JVM worker");
        assertThatThrownBy(() -> FRIENDS.command("ffm-c", "fib", "recursive", 25, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ffm-c is not a friend program: it runs in a JVM worker that calls its library"
                        + " through FFM (see ffmLibrary)");
    }

    @Test
    void refusesAVariantTheSystemDoesNotImplement() {
        assertThatThrownBy(() -> FRIENDS.command("cpython", "fib", "cfunc", 25, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cpython has no variant 'cfunc' of fib (it has: recursive, recursive-n1-first)");
        assertThatThrownBy(() -> FRIENDS.command("c", "triangles", "naive-boxed", 0, Path.of("g.txt"), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("c has no variant 'naive-boxed' of triangles (it has: naive, hashset, forward, bitset,"
                        + " parallel)");
        assertThatThrownBy(() -> FRIENDS.command("mojo", "mean", "loop", 0, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mojo has no variant 'loop' of mean (it has: none)");
    }

    @Test
    void refusesNegativeNumbersAndAMissingGraph() {
        assertThatThrownBy(() -> FRIENDS.command("c", "fib", "recursive", -1, null, 1, 1))
                .hasMessage("size must be >= 0 (0 means the default), got -1");
        assertThatThrownBy(() -> FRIENDS.command("c", "fib", "recursive", 25, null, -2, 1))
                .hasMessage("warmup must be >= 0 (0 means adaptive), got -2");
        assertThatThrownBy(() -> FRIENDS.command("c", "fib", "recursive", 25, null, 1, -3))
                .hasMessage("iterations must be >= 0 (0 means adaptive), got -3");
        assertThatThrownBy(() -> FRIENDS.command("c", "triangles", "naive", 0, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("triangles needs a graph file");
        assertThatThrownBy(() -> FRIENDS.command("cpython", "mean", "draw-mean", 0, null, Friends.NO_WARMUP, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no warm-up needs a count of measured iterations, got 0");
    }

    @Test
    void noWarmupIsThePlansNone() {
        assertThat(Friends.NO_WARMUP).isEqualTo(fwf.run.Plan.NONE);
    }

    @Test
    void mojoIsListedButNeverAvailable() {
        Availability mojo = FRIENDS.availability("mojo");
        assertThat(mojo.available()).isFalse();
        assertThat(mojo.reason()).isEqualTo(
                "no Mojo toolchain can be installed on this machine (no package in Debian or Maven Central)");
        assertThatThrownBy(() -> FRIENDS.command("mojo", "fib", "recursive", 25, null, 1, 1))
                .isInstanceOf(FriendUnavailableException.class)
                .hasMessage("mojo is not available: no Mojo toolchain can be installed on this machine"
                        + " (no package in Debian or Maven Central)");
    }

    @Test
    void onlyFfmSystemsHaveALibrary() {
        assertThatThrownBy(() -> FRIENDS.ffmLibrary("cpython"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cpython has no FFM library (those are: ffm-c, ffm-rust)");
    }

    @Test
    void jvmSystemsAreAlwaysAvailable() {
        assertThat(FRIENDS.availability("jvm-int").available()).isTrue();
        assertThat(FRIENDS.availability("jvm-int").version()).isEqualTo("Java " + Runtime.version());
    }

    @Test
    void withNothingOnPathEachFriendSaysWhatIsMissing(@TempDir Path home) {
        Friends bare = new Friends(Map.of("PATH", home.resolve("bin").toString(), "HOME", home.toString()),
                home.resolve("cache"));
        assertThat(bare.availability("cpython").reason()).isEqualTo("python3: command not found");
        assertThat(bare.availability("pypy").reason()).isEqualTo("pypy3: command not found");
        assertThat(bare.availability("cython").reason()).isEqualTo("gcc: command not found (Cython's C needs a compiler)");
        assertThat(bare.availability("mypyc").reason()).isEqualTo("gcc: command not found (mypyc's C needs a compiler)");
        assertThat(bare.availability("pyo3").reason()).isEqualTo("cargo: command not found");
        assertThat(bare.availability("c").reason()).isEqualTo("gcc: command not found");
        assertThat(bare.availability("rust").reason()).isEqualTo("rustc: command not found");
        assertThat(bare.availability("ffm-c").reason()).isEqualTo("gcc: command not found");
        assertThat(bare.availability("ffm-rust").reason()).isEqualTo("rustc: command not found");
        assertThatThrownBy(() -> bare.command("c", "fib", "recursive", 25, null, 1, 1))
                .isInstanceOf(FriendUnavailableException.class)
                .hasMessage("c is not available: gcc: command not found")
                .satisfies(e -> {
                    FriendUnavailableException u = (FriendUnavailableException) e;
                    assertThat(u.system()).isEqualTo("c");
                    assertThat(u.reason()).isEqualTo("gcc: command not found");
                });
        assertThatThrownBy(() -> bare.ffmLibrary("ffm-rust")).isInstanceOf(FriendUnavailableException.class)
                .hasMessage("ffm-rust is not available: rustc: command not found");
        assertThat(home.resolve("cache")).doesNotExist(); // nothing was built, so nothing was written
    }

    @Test
    void aPathPythonThatIsNotCPythonIsRefusedWithWhatItIs(@TempDir Path home) throws Exception {
        // A "python3" that is PyPy: only checkable where PyPy is installed.
        Path pypy = Path.of("/usr/bin/pypy3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(pypy), "needs /usr/bin/pypy3");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("python3"), pypy);
        Friends odd = new Friends(Map.of("PATH", bin.toString(), "HOME", home.toString()), home.resolve("cache"));
        assertThat(odd.availability("cpython").reason()).matches("python3 is PyPy \\d+\\.\\d+\\.\\d+ \\(Python 3[.\\d]+\\), not CPython");
    }
}
