package fwf.friends;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
record Pyo3Build(Shell shell, PythonInterpreter python, Path cargo, Path registry, String pyo3Version,
                 String toolVersions, String rustcLabel) implements Build {
    static final String MODULE = "fwf_pyo3";

    @Override
    public String unit() {
        return "pyo3";
    }

    @Override
    public String key() {
        return Resources.key(Resources.PYO3, List.of(python.executable(), python.version(), cargo.toString(),
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
