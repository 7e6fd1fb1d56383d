package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The C friend and its FFM twin from the same kernels: {@code fwf-c} (the program) and
 * {@code libfwf_c.so} (the library Java calls).
 *
 * @param gcc          the compiler
 * @param gccVersion   its {@code --version} line, part of the key
 * @param optimisation the optimisation flags ({@link #O2}, {@link #NATIVE}), which the program and
 *                     library report after gcc's version
 */
record CBuild(Shell shell, Path gcc, String gccVersion, List<String> optimisation) implements Build {
    /** The compiler, and Debian's packages for it and the C library's headers. */
    static final Probe.Toolchain GCC = new Probe.Toolchain("gcc", List.of("gcc", "libc6-dev"));
    static final List<String> SOURCES = List.of("c/fwf_kernels.h", "c/fwf_kernels.c", "c/fwf_main.c");
    static final String PROGRAM = "fwf-c";
    static final String LIBRARY = "libfwf_c.so";
    /** The yardstick: what any x86-64 runs. */
    static final List<String> O2 = List.of("-O2");
    /** The frontier: every optimisation, for this very CPU's instruction sets (AVX-512 here), as a JIT compiles. */
    static final List<String> NATIVE = List.of("-O3", "-march=native");
    /** -pthread for both: the program's stdin watchdog and the parallel kernels start threads. */
    static final List<String> FLAGS = List.of("-std=c11", "-Wall", "-pthread");
    /** For the program only; nothing is left that the library does not need too. */
    static final List<String> PROGRAM_FLAGS = List.of();

    /** The C friend's steps ({@link Probe.CProgram}): gcc on PATH, the build, a smoke run of the program. */
    static Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here, List<String> optimisation)
            throws Discovery.Unavailable, IOException {
        Path gcc = here.require("gcc", "");
        CBuild build = new CBuild(here.shell(), gcc, DiscoveryContext.firstLine(here.tool(gcc.toString(), "--version")),
                optimisation);
        return here.program(spec, build, PROGRAM, LIBRARY);
    }

    @Override
    public String unit() {
        return "c";
    }

    @Override
    public String key() {
        return Resources.key(SOURCES, List.of(gcc.toString(), gccVersion, String.join(" ", optimisation),
                String.join(" ", FLAGS), String.join(" ", PROGRAM_FLAGS)));
    }

    @Override
    public void build(Path work, Path out) throws BuildException, IOException {
        for (String name : SOURCES) {
            Resources.copy(name, work.resolve(Resources.fileName(name)));
        }
        BuildSteps steps = new BuildSteps(shell, unit(), work, out);
        steps.run(command(Stream.concat(PROGRAM_FLAGS.stream(),
                Stream.of("-o", out.resolve(PROGRAM).toString(), "fwf_main.c", "fwf_kernels.c")).toList()));
        steps.run(command(List.of("-shared", "-fPIC", "-o", out.resolve(LIBRARY).toString(), "fwf_kernels.c")));
    }

    private List<String> command(List<String> arguments) {
        // FWF_OPT is what fwf_version() reports after the compiler: "gcc 12.2.0 -O3 -march=native".
        return Stream.of(List.of(gcc.toString()), optimisation, List.of("-DFWF_OPT=" + String.join(" ", optimisation)),
                FLAGS, arguments).flatMap(List::stream).toList();
    }
}
