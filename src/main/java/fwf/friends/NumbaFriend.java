package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Numba friend: Debian's CPython with Numba importable, the kernels compiled with @njit. Its
 * discovery steps, what it needs from Debian and its build.
 */
record NumbaFriend() implements Probe {
    /** Numba for Debian's python3 (it brings NumPy). */
    static final String PACKAGE = "python3-numba";
    static final List<String> SOURCES = List.of("numba/fwf_numba_kernels.py");

    @Override
    public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
            throws Discovery.Unavailable, IOException {
        PythonInterpreter python = here.pickCPython(p -> p.moduleVersion("numba").isPresent(),
                p -> numbaMissing(p.moduleProblem("numba")), "Numba");
        Path entry = here.build(new Kernels(python, python.moduleVersion("numba").orElseThrow()));
        return here.pythonFriend(spec, python, entry, Kernels.MODULE, Map.of());
    }

    /** Why an interpreter cannot host Numba, and the package that fixes it on Debian. */
    static String numbaMissing(String importProblem) {
        return "numba does not import (" + importProblem + "): " + PACKAGE + " is not installed";
    }

    @Override
    public List<String> packages() {
        return List.of(PACKAGE);
    }

    @Override
    public List<String> sources() {
        return SOURCES;
    }

    /**
     * The Numba kernels for one interpreter. Nothing is compiled here: Numba compiles each kernel
     * in the friend's own process, in the prepare hook before the timed calls. The entry holds the
     * kernel module and the build info that names Numba in the friend's version.
     */
    record Kernels(PythonInterpreter python, String numbaVersion) implements Build {
        static final String MODULE = "fwf_numba_kernels";

        @Override
        public String unit() {
            return "numba";
        }

        @Override
        public String key() {
            return Resources.key(SOURCES, List.of(python.executable(), python.version(), numbaVersion));
        }

        @Override
        public void build(Path work, Path out) throws IOException {
            Resources.copy("numba/" + MODULE + ".py", out.resolve(MODULE + ".py"));
            BuildSteps.writeBuildInfo(out, "Numba " + numbaVersion);
        }
    }
}
