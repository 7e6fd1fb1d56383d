package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Cython friend: the Python kernels compiled by Cython, for a CPython that has Cython and
 * Python.h, with gcc. Its discovery steps, what it needs from Debian and its build, in one place.
 */
record CythonFriend() implements Probe {
    static final List<String> SOURCES = List.of("python/fwf_kernels.py", "cython/fwf_cython_cfunc.py");

    @Override
    public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
            throws Discovery.Unavailable, IOException {
        Path gcc = here.require("gcc", " (Cython's C needs a compiler)");
        PythonInterpreter python = here.pickCPython(
                p -> p.moduleVersion("cython").isPresent() && !p.pythonHeader().isEmpty(),
                p -> p.moduleVersion("cython").isEmpty() ? "Cython does not import (" + p.moduleProblem("cython") + ")"
                        : "no Python.h (python3-dev)", "Cython");
        Path entry = here.build(new Modules(here.shell(), python, python.moduleVersion("cython").orElseThrow(), gcc,
                DiscoveryContext.firstLine(here.tool(gcc.toString(), "--version"))));
        return here.pythonFriend(spec, python, entry, Modules.DEF_MODULE + "," + Modules.CFUNC_MODULE, Map.of());
    }

    /** Cython for Debian's python3, and Python.h for the extensions. */
    @Override
    public List<String> packages() {
        return List.of("cython3", "python3-dev");
    }

    @Override
    public List<Toolchain> toolchains() {
        return List.of(CBuild.GCC);
    }

    @Override
    public List<String> sources() {
        return SOURCES;
    }

    /**
     * Two extension modules, compiled by Cython to C and by gcc to shared objects for one
     * interpreter: {@code fwf_cython_def} (the plain kernels, whose annotations Cython keeps as Python
     * objects: the {@code recursive}, {@code naive} and {@code hashset} rows) and
     * {@code fwf_cython_cfunc} (the talk's kernels typed with C ints, {@code typed}, and the C
     * function {@code cfunc}).
     */
    record Modules(Shell shell, PythonInterpreter python, String cythonVersion, Path gcc, String gccVersion)
            implements Build {
        static final String DEF_MODULE = "fwf_cython_def";
        static final String CFUNC_MODULE = "fwf_cython_cfunc";
        /** As setuptools would compile an extension, less the debug info. */
        static final List<String> CFLAGS = List.of("-O2", "-fPIC", "-shared", "-fwrapv", "-fno-strict-aliasing");

        @Override
        public String unit() {
            return "cython";
        }

        @Override
        public String key() {
            return Resources.key(SOURCES, List.of(python.executable(), python.version(), cythonVersion,
                    gcc.toString(), gccVersion, String.join(" ", CFLAGS)));
        }

        @Override
        public void build(Path work, Path out) throws BuildException, IOException {
            // A renamed copy, so the compiled module never collides with the plain fwf_kernels.py.
            Resources.copy("python/fwf_kernels.py", work.resolve(DEF_MODULE + ".py"));
            Resources.copy("cython/fwf_cython_cfunc.py", work.resolve(CFUNC_MODULE + ".py"));
            BuildSteps steps = new BuildSteps(shell, unit(), work, out);
            String include = Path.of(python.pythonHeader()).getParent().toString();
            for (String module : List.of(DEF_MODULE, CFUNC_MODULE)) {
                steps.run(List.of(python.executable(), "-m", "cython", "-3", module + ".py", "-o", module + ".c"));
                steps.run(java.util.stream.Stream.of(List.of(gcc.toString()), CFLAGS,
                        List.of("-I" + include, "-o", out.resolve(module + python.extSuffix()).toString(),
                                module + ".c")).flatMap(List::stream).toList());
            }
            BuildSteps.writeBuildInfo(out, "Cython " + cythonVersion);
        }
    }
}
