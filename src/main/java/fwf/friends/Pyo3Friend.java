package fwf.friends;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PyO3 friend: the Rust kernels as a Python extension module through PyO3 0.17, built
 * offline with cargo from the sources Debian's librust-pyo3-dev installs. Its discovery steps,
 * what it needs from Debian and its build.
 */
record Pyo3Friend() implements Probe {
    static final List<String> SOURCES = List.of("pyo3/Cargo.toml", "pyo3/lib.rs", "rust/kernels.rs");
    /** PyO3 0.17's sources and their dependencies, in Debian's local cargo registry. */
    static final String PACKAGE = "librust-pyo3-dev";
    private static final Path DEBIAN_REGISTRY = Path.of("/usr/share/cargo/registry");
    private static final Pattern PYO3_FOLDER = Pattern.compile("pyo3-(0\\.17\\.\\d+)");

    @Override
    public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
            throws Discovery.Unavailable, IOException {
        Path cargo = here.require("cargo", "");
        Path rustc = here.require("rustc", "");
        Path pyo3 = findPyo3(here).orElseThrow(() -> new Discovery.Unavailable(
                "PyO3 0.17 sources not found: install " + PACKAGE + " (it fills " + DEBIAN_REGISTRY + ")"));
        Matcher m = PYO3_FOLDER.matcher(pyo3.getFileName().toString());
        String pyo3Version = m.matches() ? m.group(1) : pyo3.getFileName().toString();
        // PyO3 0.17 builds for CPython 3.7 to 3.11 only.
        PythonInterpreter python = here.pickCPython(p -> {
            int[] v = p.majorMinor();
            return v[0] == 3 && v[1] >= 7 && v[1] <= 11;
        }, p -> "CPython " + p.version() + " is outside PyO3 0.17's range, 3.7 to 3.11", "PyO3 0.17");
        String versions = here.tool(cargo.toString(), "-V").output() + here.tool(rustc.toString(), "-vV").output();
        Path entry = here.build(new Module(here.shell(), python, cargo, pyo3.getParent(), pyo3Version, versions,
                RustBuild.label(here, rustc)));
        return here.pythonFriend(spec, python, entry, Module.MODULE, Map.of());
    }

    /** The pyo3-0.17.x folder of the local registry, as {@code dpkg -L librust-pyo3-dev} lists it. */
    private static Optional<Path> findPyo3(DiscoveryContext here) throws IOException {
        if (here.shell().which("dpkg").isPresent()) {
            Shell.Result listed = here.run(List.of("dpkg", "-L", PACKAGE));
            if (listed.ok()) {
                Optional<Path> fromPackage = listed.output().lines().map(String::strip).map(Path::of)
                        .filter(p -> p.getFileName() != null && PYO3_FOLDER.matcher(p.getFileName().toString()).matches())
                        .filter(Files::isDirectory).findFirst();
                if (fromPackage.isPresent()) {
                    return fromPackage;
                }
            }
        }
        if (!Files.isDirectory(DEBIAN_REGISTRY)) {
            return Optional.empty();
        }
        try (var folders = Files.list(DEBIAN_REGISTRY)) {
            return folders.filter(p -> PYO3_FOLDER.matcher(p.getFileName().toString()).matches()).sorted().findFirst();
        }
    }

    @Override
    public List<String> packages() {
        return List.of(PACKAGE);
    }

    /** rustc before cargo, as the installer has always asked for them. */
    @Override
    public List<Toolchain> toolchains() {
        return List.of(RustBuild.RUSTC, new Toolchain("cargo", List.of("cargo")));
    }

    @Override
    public List<String> sources() {
        return SOURCES;
    }

    /**
     * The Rust kernels as a Python extension module with PyO3, built by cargo OFFLINE: a cargo
     * config replaces crates.io with the local registry folder Debian's librust-pyo3-dev installs,
     * so no network is touched and the versions are Debian's.
     *
     * @param registry     the folder holding {@code pyo3-0.17.x} and its dependencies
     * @param pyo3Version  e.g. 0.17.3, from the registry's folder name
     * @param toolVersions {@code cargo -V} and {@code rustc -vV}, part of the key
     * @param rustcLabel   "rustc 1.95.0"
     */
    record Module(Shell shell, PythonInterpreter python, Path cargo, Path registry, String pyo3Version,
                  String toolVersions, String rustcLabel) implements Build {
        static final String MODULE = "fwf_pyo3";

        @Override
        public String unit() {
            return "pyo3";
        }

        @Override
        public String key() {
            return Resources.key(SOURCES, List.of(python.executable(), python.version(), cargo.toString(),
                    registry.toString(), pyo3Version, toolVersions));
        }

        @Override
        public void build(Path work, Path out) throws BuildException, IOException {
            Resources.copy("pyo3/Cargo.toml", work.resolve("Cargo.toml"));
            Resources.copy("pyo3/lib.rs", work.resolve("src/lib.rs"));
            Resources.copy("rust/kernels.rs", work.resolve("src/kernels.rs"));
            Files.createDirectories(work.resolve(".cargo"));
            Files.writeString(work.resolve(".cargo/config.toml"), """
                    # Written by the build: crates come from Debian's local registry, never the network.
                    [source.crates-io]
                    replace-with = "debian"

                    [source.debian]
                    directory = "%s"

                    [net]
                    offline = true
                    """.formatted(registry.toString().replace("\\", "\\\\").replace("\"", "\\\"")),
                    StandardCharsets.UTF_8);
            BuildSteps steps = new BuildSteps(shell, unit(), work, out);
            steps.run(List.of(cargo.toString(), "build", "--release", "--offline"),
                    Map.of("PYO3_PYTHON", python.executable(), "CARGO_TARGET_DIR", work.resolve("target").toString()),
                    Duration.ofMinutes(15));
            Path library = work.resolve("target/release/lib" + MODULE + ".so");
            if (!Files.isRegularFile(library)) {
                throw new BuildException("pyo3 build failed: cargo produced no " + library.getFileName());
            }
            Files.copy(library, out.resolve(MODULE + python.extSuffix()));
            BuildSteps.writeBuildInfo(out, "PyO3 " + pyo3Version + " (" + rustcLabel + ")");
        }
    }
}
