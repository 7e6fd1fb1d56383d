package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Installs the friends from Debian's packages: {@code apt-get update}, then
 * {@code apt-get install -y} of {@link #PACKAGES}, plus the {@link #TOOLCHAINS} (a compiler, a
 * Rust toolchain, Maven) only when PATH has none (a rustup toolchain, for one, is left alone).
 * Then it fetches what no Debian package has into the friends' cache (Maven fetches the Graal
 * compiler's jars for {@code jvm-graal}, see {@link GraalJars}). Every list comes from the
 * systems' probes, so a new friend declares what it needs where it is discovered. Needs root.
 */
public final class Installer {
    /**
     * What the friends need from Debian, always asked for (apt-get skips what is there): the
     * packages each system's {@link Probe#packages()} declares, each once.
     */
    public static final List<String> PACKAGES = packages();

    /**
     * Toolchains installed only when their command is not on PATH: command to Debian packages, as
     * the probes declare them ({@link Probe#toolchains()}).
     */
    public static final Map<String, List<String>> TOOLCHAINS = toolchains();

    /** What is fetched into the friends' cache beyond Debian's packages ({@link Probe#fetched()}). */
    private static final List<Probe.Fetched> FETCHED = fetched();

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

    /** What an install fetches into the friends' cache on this machine ("the Graal compiler's jars"), in order. */
    public List<String> toFetch() {
        return FETCHED.stream().filter(part -> part.missing(cacheRoot).isPresent()).map(Probe.Fetched::what).toList();
    }

    /** The friends' cache, where fetched parts go. */
    public Path cacheRoot() {
        return cacheRoot;
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
        fetchParts(progress);
        Set<String> after = installed(packages);
        List<String> added = packages.stream().filter(p -> after.contains(p) && !before.contains(p)).toList();
        List<String> had = packages.stream().filter(before::contains).toList();
        List<String> onPath = TOOLCHAINS.keySet().stream().filter(c -> shell.which(c).isPresent()).toList();
        return new Report(packages, added, had, onPath);
    }

    /**
     * Fetches each part a system needs beyond Debian's packages (the Graal compiler's jars, with
     * Maven), unless it is in the cache already.
     */
    private void fetchParts(Consumer<String> progress) throws InstallException {
        for (Probe.Fetched part : FETCHED) {
            if (part.missing(cacheRoot).isEmpty()) {
                continue; // fetched before: nothing to do
            }
            List<String> argv;
            try {
                argv = part.prepare(cacheRoot);
            } catch (IOException e) {
                throw new InstallException(e.getMessage());
            }
            progress.accept(String.join(" ", argv));
            Outcome fetch = call(argv, Map.of());
            if (fetch.exitCode() != 0) {
                throw new InstallException("fetching " + part.what() + " failed (exit " + fetch.exitCode() + "): "
                        + tail(fetch.output()));
            }
            Optional<String> still = part.missing(cacheRoot);
            if (still.isPresent()) {
                throw new InstallException(part.tool() + " ran, yet " + still.get());
            }
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

    /**
     * Every system's probe, the friends first as {@code ./fwf friends list} shows them, then the
     * JVM systems: the order the packages, toolchains and fetched parts are asked for in.
     */
    private static List<Probe> probes() {
        return Stream.concat(Systems.friends().stream(),
                Systems.all().stream().filter(s -> !Systems.friends().contains(s))).map(SystemSpec::probe).toList();
    }

    private static List<String> packages() {
        return probes().stream().flatMap(p -> p.packages().stream()).distinct().toList();
    }

    private static Map<String, List<String>> toolchains() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Probe probe : probes()) {
            for (Probe.Toolchain t : probe.toolchains()) {
                List<String> debian = new ArrayList<>(map.getOrDefault(t.command(), List.of()));
                t.packages().stream().filter(p -> !debian.contains(p)).forEach(debian::add);
                map.put(t.command(), List.copyOf(debian));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Probe.Fetched> fetched() {
        return probes().stream().flatMap(p -> p.fetched().stream()).distinct().toList();
    }
}
