package fwf.friends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The plain kernels compiled by mypyc (which drives setuptools and the C compiler itself). */
record MypycBuild(Shell shell, PythonInterpreter python, String mypycVersion, String gccVersion) implements Build {
    static final String MODULE = "fwf_mypyc_kernels";

    @Override
    public String unit() {
        return "mypyc";
    }

    @Override
    public String key() {
        return Resources.key(Resources.MYPYC, List.of(python.executable(), python.version(), mypycVersion, gccVersion));
    }

    @Override
    public void build(Path work, Path out) throws BuildException, IOException {
        Resources.copy("python/fwf_kernels.py", work.resolve(MODULE + ".py"));
        BuildSteps steps = new BuildSteps(shell, unit(), work, out);
        steps.run(List.of(python.executable(), "-m", "mypyc", MODULE + ".py"),
                Map.of("MYPY_CACHE_DIR", work.resolve(".mypy_cache").toString()), java.time.Duration.ofMinutes(5));
        // mypyc leaves the module (and, for some layouts, a shared runtime library) beside the source.
        List<Path> built;
        try (Stream<Path> files = Files.list(work)) {
            built = files.filter(p -> p.getFileName().toString().endsWith(".so")).toList();
        }
        if (built.isEmpty()) {
            throw new BuildException("mypyc build failed: no extension module was produced (see "
                    + BuildCache.BUILD_LOG + ")");
        }
        for (Path so : built) {
            Files.copy(so, out.resolve(so.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        BuildSteps.writeBuildInfo(out, "mypyc " + mypycVersion);
    }
}
