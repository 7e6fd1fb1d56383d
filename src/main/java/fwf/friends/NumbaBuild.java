package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Numba kernels for one interpreter. Nothing is compiled here: Numba compiles each kernel
 * in the friend's own process, in the prepare hook before the timed calls. The entry holds the
 * kernel module and the build info that names Numba in the friend's version.
 */
record NumbaBuild(PythonInterpreter python, String numbaVersion) implements Build {
    static final String MODULE = "fwf_numba_kernels";

    @Override
    public String unit() {
        return "numba";
    }

    @Override
    public String key() {
        return Resources.key(Resources.NUMBA, List.of(python.executable(), python.version(), numbaVersion));
    }

    @Override
    public void build(Path work, Path out) throws IOException {
        Resources.copy("numba/" + MODULE + ".py", out.resolve(MODULE + ".py"));
        BuildSteps.writeBuildInfo(out, "Numba " + numbaVersion);
    }
}
