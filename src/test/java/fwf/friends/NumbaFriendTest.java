package fwf.friends;

import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What is Numba's own: discovery says which package is missing, and the compilation is done in
 * the prepare step, before the timed calls. Its answers are checked with every friend's in
 * {@link FriendProgramsTest}.
 */
class NumbaFriendTest {
    private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

    @Test
    void aPythonWithoutNumbaNamesThePackageToInstall(@TempDir Path home) throws Exception {
        assumeTrue(Files.isExecutable(DEBIAN_PYTHON), "needs " + DEBIAN_PYTHON);
        // A CPython on which "import numba" finds a package that is not there: a folder whose
        // __init__ fails as a missing module does.
        Path hidden = Files.createDirectories(home.resolve("hidden/numba"));
        Files.writeString(hidden.resolve("__init__.py"), "raise ModuleNotFoundError(\"No module named 'numba'\")\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path python = Files.writeString(bin.resolve("python3"), "#!/bin/sh\nPYTHONPATH=" + hidden.getParent()
                + " exec " + DEBIAN_PYTHON + " \"$@\"\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        Discovery discovery = new Discovery(new Shell(Map.of("PATH", bin.toString(), "HOME", home.toString())),
                new BuildCache(home.resolve("cache")), home.resolve("no-debian-python"));

        Availability numba = discovery.discover(Systems.NUMBA).availability();

        assertThat(numba.available()).isFalse();
        assertThat(numba.reason()).isEqualTo("no python3 here can host Numba: " + DEBIAN_PYTHON
                + ": numba does not import (ModuleNotFoundError: No module named 'numba'): python3-numba is not installed");
        assertThat(home.resolve("cache")).doesNotExist(); // nothing was built
    }

    @Test
    void compilesBeforeTheTimedCallsAndSaysSoInThePrepareTime() throws Exception {
        Friends friends = Friends.standard();
        Availability numba = friends.availability("numba");
        if (!numba.available()) {
            throw FriendRequirement.missing("numba", numba.reason());
        }
        assertThat(numba.version()).matches("Numba \\d+\\.\\d+\\.\\d+ on CPython 3\\.\\d+\\.\\d+");
        FriendRun run = FriendRun.of(friends.command("numba", "fib", "recursive", 20, null, 1, 1));
        assertThat(run.exitCode()).isZero();
        // Numba compiles in well over 10 ms; an uncompiled kernel would pay it in the warm-up call.
        assertThat(run.loaded().prepareNs()).isGreaterThan(10_000_000L);
        assertThat(run.iterations()).extracting(WorkerEvent.Iteration::answer).containsExactly("6765", "6765");
    }
}
