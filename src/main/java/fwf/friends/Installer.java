package fwf.friends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Installs the friends from Debian's packages: {@code apt-get update}, then
 * {@code apt-get install -y} of {@link #PACKAGES}, plus a compiler, Rust toolchain or Maven only
 * when PATH has none (a rustup toolchain, for one, is left alone). Then Maven fetches the Graal
 * compiler's jars for {@code jvm-graal} from Maven Central into the friends' cache
 * ({@link GraalJars}). Needs root.
 */
public final class Installer {
    /** What the friends need from Debian, always asked for (apt-get skips what is there). */
    public static final List<String> PACKAGES = List.of(
            "pypy3",              // pypy
            "cython3",            // cython (for /usr/bin/python3)
            "python3-dev",        // Python.h, for the Cython and mypyc extensions
            "mypy",               // mypyc
            "python3-setuptools", // mypyc builds through setuptools
            "python3-numpy",      // the mean's numpy variant
            "python3-numba",      // numba (for /usr/bin/python3)
            "librust-pyo3-dev");  // PyO3 0.17 sources in /usr/share/cargo/registry, for offline cargo

    /** Toolchains installed only when their command is not on PATH: command to Debian packages. */
    public static final Map<String, List<String>> TOOLCHAINS = orderedToolchains();

    public static final String NOT_ROOT = "friends install needs root: run it as root or with sudo";

    /** Runs one command to its end: its exit status and output. */
    @FunctionalInterface
    public interface CommandRunner {
        Outcome run(List<String> argv, Map<String, String> extraEnvironment) throws IOException;
    }

    /** A finished command, as a {@link CommandRunner} reports it. */
    public record Outcome(int exitCode, String output) {
    }

    /**
     * What an install did.
     *
     * @param requested        every package asked of apt-get
     * @param installed        those that were not installed before and are now
     * @param alreadyInstalled those that were there already
     * @param toolchainsOnPath the toolchain commands found on PATH, so not installed
     */
    public record Report(List<String> requested, List<String> installed, List<String> alreadyInstalled,
                         List<String> toolchainsOnPath) {
    }

    /** A failed install; the message is for the user. */
    public static final class InstallException extends Exception {
        private static final long serialVersionUID = 1L;

        public InstallException(String message) {
            super(message);
        }
    }

    private final Shell shell;
    private final CommandRunner runner;
    private final Path cacheRoot;

    /** Installs for real, with this environment's PATH. */
    public Installer(Map<String, String> environment) {
        this.shell = new Shell(environment);
        this.runner = (argv, extra) -> {
            Shell.Result r = shell.run(argv, null, extra, Duration.ofMinutes(30));
            return new Outcome(r.exitCode(), r.output());
        };
        this.cacheRoot = BuildCache.defaultRoot(environment);
    }

    /** For tests: PATH from {@code environment}, every command through {@code runner}. */
    public Installer(Map<String, String> environment, CommandRunner runner) {
        this.shell = new Shell(environment);
        this.runner = runner;
        this.cacheRoot = BuildCache.defaultRoot(environment);
    }

    /** The packages an install asks for on this machine, in order. */
    public List<String> plan() {
        List<String> packages = new ArrayList<>(PACKAGES);
        TOOLCHAINS.forEach((command, debian) -> {
            if (shell.which(command).isEmpty()) {
                packages.addAll(debian.stream().filter(p -> !packages.contains(p)).toList());
            }
        });
        return packages;
    }

    /**
     * Installs, reporting each step to {@code progress}.
     *
     * @throws InstallException when not root ({@link #NOT_ROOT}), without apt-get, or when apt fails
     */
    public Report install(Consumer<String> progress) throws InstallException {
        Outcome id = call(List.of("id", "-u"), Map.of());
        if (id.exitCode() != 0 || !id.output().strip().equals("0")) {
            throw new InstallException(NOT_ROOT);
        }
        List<String> packages = plan();
        if (shell.which("apt-get").isEmpty()) {
            throw new InstallException("friends install needs apt-get (Debian or Ubuntu); elsewhere install these"
                    + " yourself: " + String.join(" ", packages));
        }
        Set<String> before = installed(packages);
        progress.accept("apt-get update");
        Outcome update = call(List.of("apt-get", "update"), Map.of());
        if (update.exitCode() != 0) {
            throw new InstallException("apt-get update failed (exit " + update.exitCode() + "): " + tail(update.output()));
        }
        List<String> argv = new ArrayList<>(List.of("apt-get", "install", "-y"));
        argv.addAll(packages);
        progress.accept(String.join(" ", argv));
        Outcome install = call(argv, Map.of("DEBIAN_FRONTEND", "noninteractive"));
        if (install.exitCode() != 0) {
            throw new InstallException("apt-get install failed (exit " + install.exitCode() + "): "
                    + tail(install.output()));
        }
        fetchGraalJars(progress);
        Set<String> after = installed(packages);
        List<String> added = packages.stream().filter(p -> after.contains(p) && !before.contains(p)).toList();
        List<String> had = packages.stream().filter(before::contains).toList();
        List<String> onPath = TOOLCHAINS.keySet().stream().filter(c -> shell.which(c).isPresent()).toList();
        return new Report(packages, added, had, onPath);
    }

    /** Maven copies the Graal compiler and its three jars into the cache, unless they are there. */
    private void fetchGraalJars(Consumer<String> progress) throws InstallException {
        if (GraalJars.missing(cacheRoot).isEmpty()) {
            return; // fetched before: nothing to do
        }
        Path pom = GraalJars.folder(cacheRoot).resolveSibling("graal-jars-" + GraalJars.VERSION + ".pom.xml");
        try {
            Files.createDirectories(pom.getParent());
            Files.writeString(pom, GraalJars.pom());
        } catch (IOException e) {
            throw new InstallException("cannot write " + pom + ": " + e.getMessage());
        }
        List<String> argv = GraalJars.fetch(cacheRoot, pom);
        progress.accept(String.join(" ", argv));
        Outcome fetch = call(argv, Map.of());
        if (fetch.exitCode() != 0) {
            throw new InstallException("fetching the Graal compiler's jars failed (exit " + fetch.exitCode() + "): "
                    + tail(fetch.output()));
        }
        java.util.Optional<String> still = GraalJars.missing(cacheRoot);
        if (still.isPresent()) {
            throw new InstallException("Maven ran, yet " + still.get());
        }
    }

    /** Which of {@code packages} dpkg says are installed. */
    private Set<String> installed(List<String> packages) throws InstallException {
        List<String> argv = new ArrayList<>(List.of("dpkg-query", "-W", "-f=${Package} ${Status}\\n"));
        argv.addAll(packages);
        // dpkg-query exits 1 when it knows some package not at all; the lines it printed still count.
        Outcome r = call(argv, Map.of());
        Set<String> present = new TreeSet<>();
        for (String line : r.output().lines().toList()) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 2 && line.strip().endsWith("install ok installed")) {
                present.add(words[0].replaceFirst(":.*$", "")); // drop an architecture suffix
            }
        }
        return present;
    }

    private Outcome call(List<String> argv, Map<String, String> extra) throws InstallException {
        try {
            return runner.run(argv, extra);
        } catch (IOException e) {
            throw new InstallException("cannot run " + argv.getFirst() + ": " + e.getMessage());
        }
    }

    /** The last lines of apt's output, where it says what went wrong. */
    private static String tail(String output) {
        List<String> lines = output.strip().lines().filter(l -> !l.isBlank()).toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    private static Map<String, List<String>> orderedToolchains() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("gcc", List.of("gcc", "libc6-dev"));
        map.put("rustc", List.of("rustc"));
        map.put("cargo", List.of("cargo"));
        map.put("mvn", List.of("maven")); // fetches the Graal jars
        return java.util.Collections.unmodifiableMap(map);
    }
}
