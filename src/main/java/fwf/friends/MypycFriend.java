package fwf.friends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The mypyc friend: the annotated Python kernels compiled by mypyc, for a CPython that has mypyc,
 * setuptools and Python.h. Its discovery steps, what it needs from Debian and its build.
 */
record MypycFriend() implements Probe {
    static final List<String> SOURCES = List.of("python/fwf_kernels.py");

    @Override
    public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
            throws Discovery.Unavailable, IOException {
        Path gcc = here.require("gcc", " (mypyc's C needs a compiler)");
        PythonInterpreter python = here.pickCPython(p -> p.moduleVersion("mypyc").isPresent()
                        && p.moduleVersion("setuptools").isPresent() && !p.pythonHeader().isEmpty(),
                p -> p.moduleVersion("mypyc").isEmpty() ? "mypyc does not import (" + p.moduleProblem("mypyc") + ")"
                        : p.moduleVersion("setuptools").isEmpty() ? "setuptools does not import ("
                        + p.moduleProblem("setuptools") + ")" : "no Python.h (python3-dev)", "mypyc");
        Path entry = here.build(new Module(here.shell(), python, python.moduleVersion("mypyc").orElseThrow(),
                DiscoveryContext.firstLine(here.tool(gcc.toString(), "--version"))));
        return here.pythonFriend(spec, python, entry, Module.MODULE, Map.of());
    }

    /** mypy brings mypyc; it builds through setuptools; the extension needs Python.h. */
    @Override
    public List<String> packages() {
        return List.of("mypy", "python3-setuptools", "python3-dev");
    }

    @Override
    public List<Toolchain> toolchains() {
        return List.of(CBuild.GCC);
    }

    @Override
    public List<String> sources() {
        return SOURCES;
    }

    /** The plain kernels compiled by mypyc (which drives setuptools and the C compiler itself). */
    record Module(Shell shell, PythonInterpreter python, String mypycVersion, String gccVersion) implements Build {
        static final String MODULE = "fwf_mypyc_kernels";

        @Override
        public String unit() {
            return "mypyc";
        }

        @Override
        public String key() {
            return Resources.key(SOURCES, List.of(python.executable(), python.version(), mypycVersion, gccVersion));
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
}
