package fwf.friends;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Rust friend and its FFM twin, with rustc alone (no cargo, no crates): {@code fwf-rust}
 * and {@code libfwf_rust.so}.
 *
 * @param rustcVersion {@code rustc -vV}, part of the key
 * @param label        "rustc 1.95.0", which the program and library report, then the optimisation flags
 * @param optimisation {@link #O} or {@link #NATIVE}
 */
record RustBuild(Shell shell, Path rustc, String rustcVersion, String label, List<String> optimisation)
        implements Build {
    static final Probe.Toolchain RUSTC = new Probe.Toolchain("rustc", List.of("rustc"));
    static final List<String> SOURCES = List.of("rust/kernels.rs", "rust/main.rs", "rust/ffm.rs");
    static final String PROGRAM = "fwf-rust";
    static final String LIBRARY = "libfwf_rust.so";
    /** rustc's optimised build for any x86-64 (opt-level 2). */
    static final List<String> O = List.of("-O");
    /** The frontier: the highest level, for this very CPU's instruction sets, as a JIT compiles. */
    static final List<String> NATIVE = List.of("-C", "opt-level=3", "-C", "target-cpu=native");
    static final List<String> FLAGS = List.of("--edition", "2021");

    /** The Rust friend's steps ({@link Probe.RustProgram}): rustc on PATH, the build, a smoke run of the program. */
    static Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here, List<String> optimisation)
            throws Discovery.Unavailable, IOException {
        Path rustc = here.require("rustc", "");
        RustBuild build = new RustBuild(here.shell(), rustc, here.tool(rustc.toString(), "-vV").output(),
                label(here, rustc), optimisation);
        return here.program(spec, build, PROGRAM, LIBRARY);
    }

    /** "rustc 1.95.0" from "rustc 1.95.0 (59807616e 2026-04-14)". */
    static String label(DiscoveryContext here, Path rustc) throws Discovery.Unavailable, IOException {
        String[] words = DiscoveryContext.firstLine(here.tool(rustc.toString(), "--version")).split(" ");
        return words.length >= 2 ? words[0] + " " + words[1] : String.join(" ", words);
    }

    @Override
    public String unit() {
        return "rust";
    }

    @Override
    public String key() {
        return Resources.key(SOURCES, List.of(rustc.toString(), rustcVersion, String.join(" ", optimisation),
                String.join(" ", FLAGS), buildInfo()));
    }

    /** The version compiled in, as gcc's __VERSION__ is in C; each binary uses one of the two forms. */
    private String buildInfo() {
        String version = label + " " + String.join(" ", optimisation);
        return "// Written by the build.\n#![allow(dead_code)]\npub const VERSION: &str = \"" + version
                + "\";\npub const VERSION_C: &[u8] = b\"" + version + "\\0\";\n";
    }

    @Override
    public void build(Path work, Path out) throws BuildException, IOException {
        for (String name : SOURCES) {
            Resources.copy(name, work.resolve(Resources.fileName(name)));
        }
        Files.writeString(work.resolve("build_info.rs"), buildInfo(), StandardCharsets.UTF_8);
        BuildSteps steps = new BuildSteps(shell, unit(), work, out);
        steps.run(command(List.of("-o", out.resolve(PROGRAM).toString(), "main.rs")));
        steps.run(command(List.of("--crate-type", "cdylib", "-o", out.resolve(LIBRARY).toString(), "ffm.rs")));
    }

    private List<String> command(List<String> arguments) {
        return java.util.stream.Stream.of(List.of(rustc.toString()), optimisation, FLAGS, arguments)
                .flatMap(List::stream).toList();
    }
}
